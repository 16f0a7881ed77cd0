"""What a calculation assumes and how it is said: the tool's arguments with each default assumed stated, the values
derived from others, and a stated total that its parts do not add up to.

Every statement is worded by the response catalog through the Turn passed in.
"""

from __future__ import annotations

from typing import Any

from bot.agent.steps import Turn
from bot.text.numbers import whole_or_float


def tool_args(task: Any, slots: dict[str, Any], turn: Turn | None = None,
              of_other: bool = False) -> tuple[dict[str, Any], list[str]]:
    """The tool's arguments from the slots (defaults from the tool's input model), with each default we
    assume said out loud (tasks.yaml `assume`). A named case that changes the rule (tasks.yaml `cases`:
    construction for the quota) leaves the defaults of the ordinary rule unsaid: they decide nothing then.
    ``of_other``: the slots are another person's, checked beside the user: a default is said of them (responses
    ``<key>_other``: "they have not taken part ..."), never in the user's second person, where the catalog has it."""
    turn = turn or Turn()
    args: dict[str, Any] = {}
    assumptions: list[str] = []
    case_named = any(slots.get(case) for case in task.cases)
    for slot in task.slots:
        if slot in slots:
            args[slot] = slots[slot]
        elif slot in task.defaults and (task.defaults[slot] is not None or task.pass_unknown):
            args[slot] = task.defaults[slot]
            if slot in task.assume and not case_named:
                key = task.assume[slot]
                if of_other and turn.r.has(f"{key}_other", turn.lang):
                    key = f"{key}_other"
                assumptions.append(turn.say(key))
    return args, assumptions



def derive(task: Any, slots: dict[str, Any], new: dict[str, Any], turn: Turn) -> list[str]:
    """The task's derived values (tasks.yaml ``derive``) filled in ``slots``: a part that is the rest of a stated
    total, a value that is a stated share of another; each rest and share derived is said when the rule names its
    response (``assume``; the statements are returned)."""
    said: list[str] = []
    for target, rule in task.derive.items():
        if rule.rest_of is not None:
            # the total and every other part known, this part not given: it is what the others leave of the total
            parts = [slots.get(m) for m in rule.minus]
            if rule.rest_of in slots and target not in slots and all(isinstance(v, (int, float)) for v in parts):
                rest = slots[rule.rest_of] - sum(parts)
                if rest >= 0:
                    slots[target] = whole_or_float(rest)
                    if rule.assume:  # "1,920 − 960 − 640 = 320 hours of peripheral work"
                        said.append(turn.say(rule.assume, slot=target, total=slots[rule.rest_of], parts=parts,
                                             count=slots[target]))
            continue
        if rule.percent in slots and rule.of in slots and (target not in new or rule.percent in new):
            slots[target] = round(slots[rule.of] * slots[rule.percent] / 100.0, 2)
            if rule.assume:
                said.append(turn.say(rule.assume, share=fmt(slots[rule.percent]), total=fmt(slots[rule.of])))
    return said



def total_mismatch(task: Any, slots: dict[str, Any], turn: Turn) -> list[str]:
    """A stated total that is not the sum of its stated parts (a plan's total hours beside each kind's hours that add
    up to another figure) is said, never passed over silently: the parts are what the tool computes with."""
    for target, rule in task.derive.items():
        if rule.rest_of is None or rule.rest_of not in slots:
            continue
        parts = [slots.get(s) for s in (target, *rule.minus)]
        total = slots[rule.rest_of]
        if all(isinstance(v, (int, float)) for v in (total, *parts)) and abs(sum(parts) - total) > 1e-9:
            return [turn.say("reading.total_mismatch", total=fmt(total), parts=" + ".join(fmt(v) for v in parts),
                             sum=fmt(whole_or_float(sum(parts))))]
        return []
    return []



def fmt(value: Any) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ", ".join(map(str, value)) or "none"
    return str(value)
