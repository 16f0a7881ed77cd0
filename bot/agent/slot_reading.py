"""How a message's values change a task's slots: a lone number or a short answer to the question asked, parts named
or taken out of a count, hours added to a figure, approximate values near a band's edge, and a row of bare values
in the order the parts were named; and the question for what is still missing.

Each function takes the Parse, the task and the slots it updates; what it asks back is returned, never sent.
"""

from __future__ import annotations

import re
from fractions import Fraction
from typing import Any

from bot.agent import compose, nlu
from bot.agent.assumptions import fmt
from bot.agent.conversation import DialogueState
from bot.agent.part_words import PartWord, PartWords
from bot.agent.steps import Turn
from bot.text import rx
from bot.text.numbers import whole_or_float


def ordered_parts(parsed: nlu.Parse, state: DialogueState, tasks: Any) -> None:
    """The order a message names a task's parts in is kept for that task; a later row of bare values ("and with 950 /
    400 / 650?") fills the parts of the open (else the last) task in that order, one value each."""
    if len(parsed.part_order) >= 2:
        for name, task in tasks.tasks.items():
            if all(slot in task.all_slots for slot in parsed.part_order):
                state.part_order[name] = list(parsed.part_order)
    if not parsed.ordered_values or parsed.slots:
        return
    for name in dict.fromkeys([state.intent, state.last_task, *state.part_order]):
        order = state.part_order.get(name or "")
        if order and len(order) == len(parsed.ordered_values):
            parsed.slots = {slot: nlu.whole_or_float(v) for slot, v in zip(order, parsed.ordered_values)}
            return



def named_correction(parsed: nlu.Parse, state: DialogueState, tasks: Any, pack: Any) -> None:
    """A correction naming the figure of the open task it corrects, the others restated or said to stay (「必須の数字を
    打ち間違えてました。正しくは800時間です（関連600・周辺400はそのまま）」, "sorry, I mistyped the required figure, it's 800
    (related and peripheral unchanged)"): the one number that is no other figure's held or stated value is the named
    figure's new value, and only its value (a part the hour reading gave the same number to keeps what it held)."""
    task = tasks[state.intent] if state.intent in tasks else None
    corrected = getattr(pack, "corrected", None) or {}
    if task is None or not corrected:
        return
    flags = re.I if parsed.language == "en" else 0
    named = next((slot for slot, pattern in corrected.items() if rx.search(pattern, parsed.text, flags)), None)
    if named is None or named not in task.numeric:
        return
    held = state.slots.get(task.name) or {}
    rest = list(parsed.numbers)
    # the other figures restated as they were, then (when more numbers are left) the other figures stated anew
    restated = [v for s, v in held.items() if s != named and s in task.numeric and _is_number(v)]
    stated = [v for s, v in parsed.slots.items() if s != named and s in task.numeric and _is_number(v)]
    for values in (restated, stated):
        if values is stated and len(rest) <= 1:
            break
        for value in values:
            if float(value) in rest:
                rest.remove(float(value))
    if len(rest) != 1:
        return
    value = whole_or_float(rest[0])
    for slot in [s for s, v in parsed.slots.items() if s != named and s in task.numeric and v == value]:
        if held.get(slot) != value:
            parsed.slots.pop(slot)  # "it's 800 (related ...": the number is the named figure's, never also related's
            parsed.part_order = [s for s in parsed.part_order if s != slot]
    parsed.slots[named] = value
    parsed.correction = True
    parsed.small_talk_only = False



def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)



def people_added_to_count(parsed: nlu.Parse, state: DialogueState, tasks: Any, pack: Any, rules: Any) -> None:
    """A follow-up asking to add people to the count of the open calculation who work fewer days or hours than a
    full-time employee (「週N日・1日M時間で来てもらってる契約社員さんがK人います。この人たちも足して計算し直してもらえます？」,
    "we also have K contract staff who come N days a week, M hours a day - can you add them and redo it?"; pack acts ``adds_to_count`` and ``added_people``): they are not full-time employees, so the count stays
    as it was and the reply says why (the rule book's full-time days and hours). People at or over them are left to
    the reading of the count asked."""
    task = tasks[state.intent] if state.intent in tasks else None
    held = state.slots.get(task.name) or {} if task is not None else {}
    slot = next((s for s in getattr(task, "headcounts", []) if _is_number(held.get(s))), None)
    acts = getattr(pack, "acts", None) or {}
    if slot is None or slot in parsed.parts or not pack.act("adds_to_count", parsed.text) or not acts.get("added_people"):
        return  # (people said to be inside the count given before come out of it: calculator_plan)
    match = rx.search(acts["added_people"], parsed.text, re.I if parsed.language == "en" else 0)
    if match is None:
        return
    read = {name.rstrip("0123456789"): value for name, value in reversed(match.groupdict().items()) if value}
    definition = getattr(getattr(rules, "quota", None), "full_time_definition", None)
    min_days = int(getattr(definition, "min_days_per_week", 5))
    min_hours = float(getattr(definition, "min_hours_per_week", 30))
    days = int(read["week_days"]) if "week_days" in read else None
    if "week_hours" in read:
        hours: float | None = float(read["week_hours"])
    elif "day_hours" in read:
        hours = float(read["day_hours"]) * (days if days is not None else min_days)
    else:
        hours = None
    if "value" not in read or hours is None or (hours >= min_hours and (days is None or days >= min_days)):
        return
    count = held[slot]
    parsed.slots = {k: v for k, v in parsed.slots.items() if k in task.all_slots and k not in task.headcounts}
    parsed.slots[slot] = count
    parsed.errors.pop(slot, None)
    parsed.small_talk_only = False
    parsed.notes.append(("reading.part_timers_beside",
                         {"total": count, "part": int(read["value"]), "hours": whole_or_float(hours)}))



def number_target(task: Any, parsed: nlu.Parse, state: DialogueState, slots: dict[str, Any]) -> str | None:
    """Which slot a lone number fills: the one we asked for, else the one a correction refers to."""
    numeric_required = [s for s in task.required if s in task.numeric]
    if state.intent == task.name and state.asked:
        for slot in state.asked:
            if slot in task.numeric:
                return slot
    # "it's 800 (related and peripheral unchanged)": the one figure is the one part not said to stay
    open_parts = [s for s in numeric_required if s not in parsed.kept]
    if parsed.kept and len(open_parts) == 1 and len(open_parts) < len(numeric_required):
        return open_parts[0]
    if (parsed.correction or parsed.what_if) and state.last_slot in task.numeric:
        return state.last_slot  # a number never goes to a yes/no slot ("優良だったら？" then "60人なら？")
    missing = [s for s in numeric_required if s not in slots]
    if len(missing) == 1:
        return missing[0]
    if (parsed.correction or parsed.what_if) and len(numeric_required) == 1:
        return numeric_required[0]
    return None



# the four-digit years a short reply may name as the fiscal year asked for
_YEARS = (1990, 2100)
_YEAR = r"(?<![\d.,])\d{4}(?![\d.,])"


def years_named(parsed: nlu.Parse, text: str) -> list[int]:
    """The four-digit years a short reply names (the year alone, "it was FY<year>", 「<year>年度です」) when it names no
    other number: the answer to a question asking a year (the fiscal year of an earlier participation)."""
    years = [int(y) for y in rx.findall(_YEAR, text) if _YEARS[0] <= int(y) <= _YEARS[1]]
    if not years or not all(float(n).is_integer() and int(n) in years for n in parsed.numbers):
        return []
    return list(dict.fromkeys(years))



def answer_to(slot: str, task: Any, parsed: nlu.Parse, text: str, turn: Turn) -> Any:
    """A short reply read as the answer to the question about ``slot``, in that slot's type."""
    if slot in task.boolean and (parsed.yes or parsed.no):
        return bool(parsed.yes)
    if isinstance(task.defaults.get(slot), list) and parsed.no:
        return []
    if isinstance(task.defaults.get(slot), list):
        years = years_named(parsed, text)
        if years:
            return years  # a year alone, "FY<year>", 「<year>年度です」 after the year of an earlier participation was asked
    if slot == "nationality" or (task.defaults.get(slot, "") is None and slot not in task.numeric
                                 and slot not in task.boolean):
        countries = getattr(turn.understander, "countries", None)
        mention = next((m for m in countries.mentions(text) if m.iso3), None) if countries is not None else None
        if mention is not None and slot == "nationality":
            return mention.name
    return None



def named_parts(parsed: nlu.Parse, new: dict[str, Any], names: dict[str, str], text: str, turn: Turn) -> None:
    """A correction naming plan parts by the words given earlier ("N hours welding (required work)", then "welding
    is only M hours and cleaning/carrying is K hours. related stays L"): each named part's slot takes its new
    value, and a number that went to another part by position is taken back from it (no value lands in two).
    ``names`` is the task's entry of ``DialogueState.part_names``, updated with the names this message gives."""
    names.update(parsed.part_names)
    earlier = {w: s for w, s in names.items() if w not in parsed.part_names}
    if not earlier or turn.understander is None or parsed.named_moves:
        return  # (hours moved between named parts are no new hours of theirs: moves_by_names)
    read = turn.understander.hours_with_names(text, parsed.language, earlier)
    if not read:
        return
    for slot, value in list(new.items()):
        if slot not in read and not isinstance(value, bool) and value in read.values():
            new.pop(slot)
    new.update(read)



# the ask of a move's hours after a move of more hours than its source had ("How many hours should move from inspection
# to machine operation?"): ``DialogueState.asked`` is [MOVE_ASKED, the source's slot, the target's slot]
MOVE_ASKED = "hours_moved"
# the ask of a move's parts after a move whose words named no part ("Move 1 hour from which part to which?"):
# ``DialogueState.asked`` is [MOVE_PARTS_ASKED, the hours moved]
MOVE_PARTS_ASKED = "parts_moved"


def move_answered(task: Any, parsed: nlu.Parse, state: DialogueState) -> None:
    """The answer to the ask of a move: a lone number after the ask of its hours ("ok 2 then", 「じゃあ4時間で」) is the
    move asked with those hours (``Parse.named_moves``, its parts by slot; the number is no part's value); the two
    parts said alone after the ask of them ("from cleaning to machine operation", 「検査から溶接へ」) are moved the hours
    asked. A move said alone without an ask of it moves nothing."""
    asked = state.asked if state.intent == task.name else []
    if asked[:1] == [MOVE_PARTS_ASKED] and len(asked) == 2:
        for move in parsed.named_moves:
            if move.get("value") is None:
                move["value"] = whole_or_float(float(asked[1]))
    parsed.named_moves = [m for m in parsed.named_moves if m.get("value") is not None]
    number = nlu.bare_number(parsed)
    if (asked[:1] != [MOVE_ASKED] or len(asked) != 3 or number is None or parsed.named_moves
            or any(s in task.numeric for s in parsed.slots)):
        return
    parsed.named_moves = [{"value": whole_or_float(number), "source": "", "target": "", "slots": asked[1:]}]
    parsed.numbers = []



def moves_by_names(task: Any, parsed: nlu.Parse, names: dict[str, str], new: dict[str, Any], slots: dict[str, Any],
                   turn: Turn) -> tuple[str, list[str]] | None:
    """Hours moved between parts of the open task (``Parse.named_moves``: "move an hour from inspection to machine
    operation", 「検査の1時間を組立に回して」, "from required to peripheral"), each end resolved by the one part-word
    resolver over the language's kind words and the words the conversation gave the parts (``names``: "3 h quality
    inspection (related)"): each a change of both parts (``Parse.increments``: taken from one, added to the other).
    The question back is returned, nothing changed, when an end names no part of the task (or both name one: the
    parts held are listed), or when the source holds fewer hours than are moved (both figures, in the user's words);
    the hours never become a part's value. Returned with the question: what it asks (``DialogueState.asked``: the
    hours of the move, MOVE_ASKED, after too many hours; nothing else)."""
    if not parsed.named_moves:
        return None
    words = PartWords.of(turn.pack(parsed.language), names, parsed.language)
    left: dict[str, Fraction] = {}
    for move in parsed.named_moves:
        source, target = (PartWord(slot, "", False) for slot in move["slots"]) if move.get("slots") else (
            words.slot_of(str(move[end])) for end in ("source", "target"))
        moved = Fraction(str(move["value"]))
        if source is None or target is None or source.slot == target.slot:
            return _move_asked(task, move["value"], words, {**slots, **new}, turn), [MOVE_PARTS_ASKED,
                                                                                    str(move["value"])]
        if source.slot not in task.all_slots or target.slot not in task.all_slots:
            continue  # a move of another task's parts (a course's practical hours): not this task's change
        held = slots.get(source.slot) if source.slot not in new else None  # a value the message states wins
        if _is_number(held):
            left.setdefault(source.slot, Fraction(str(held)))
            if left[source.slot] < moved:
                return turn.say("reading.move_more_than_held", part=source.said if source.own else "",
                                slot=source.slot, target=target.said if target.own else "", target_slot=target.slot,
                                held=whole_or_float(float(left[source.slot])), moved=move["value"]), [
                    MOVE_ASKED, source.slot, target.slot]
            left[source.slot] -= moved
        parsed.increments.setdefault(source.slot, -move["value"])
        parsed.increments.setdefault(target.slot, move["value"])
    return None



def _move_asked(task: Any, moved: Any, words: PartWords, held: dict[str, Any], turn: Turn) -> str:
    """The question for hours moved between parts not both known: from which part to which, with the task's parts held
    (each by the conversation's name for it, its kind and its hours)."""
    parts = [turn.say("reading.move_part", name=words.label(s), slot=s, hours=held[s])
             for s in task.required if s in task.numeric and _is_number(held.get(s))]
    return turn.say("reading.move_ask", moved=moved, parts=parts)



def days_moved(parsed: nlu.Parse, new: dict[str, Any], slots: dict[str, Any], names: dict[str, str],
               week: dict[str, Any]) -> bool:
    """Weekdays a follow-up says are of another kind of work than the week told before ("wait sorry, wednesday is also
    cleaning and packing, not required work", ``Parse.moved_days``): each day's hours, as kept with the week
    (``week``: {"kinds", "hours"} by weekday), leave the kind it was and go to the kind named, or named by the words
    given before (``names``: "cleaning" -> peripheral). A day not in the week, a kind said not to be that is not the
    day's, or no kind to go to leaves the plan as it was. ``week`` is updated with the days moved; returns whether the
    days were moved (a day already of the kind named moves nothing and is no failure)."""
    kinds, hours = dict(week.get("kinds") or {}), week.get("hours") or {}
    values = {**slots, **new}
    changed: dict[str, Any] = {}
    for move in parsed.moved_days:
        said = set(PartWords(language=parsed.language, names=names).said_in(move.get("words", "")).values())
        to = move.get("to") or (next(iter(said)) if len(said) == 1 else "")
        if not to:
            return False
        for day in move.get("days") or []:
            was = kinds.get(day)
            if was is None or day not in hours or (move.get("from") and move["from"] != was):
                return False
            if was == to:
                continue
            moved = Fraction(str(hours[day]))
            if not all(_is_number(values.get(slot)) for slot in (was, to)) or Fraction(str(values[was])) < moved:
                return False
            values[was] = whole_or_float(float(Fraction(str(values[was])) - moved))
            values[to] = whole_or_float(float(Fraction(str(values[to])) + moved))
            changed.update({was: values[was], to: values[to]})
            kinds[day] = to
    new.update(changed)
    week["kinds"] = kinds
    parsed.correction = True
    parsed.small_talk_only = False
    return True



def part_of_the_difference(parsed: nlu.Parse, new: dict[str, Any], slots: dict[str, Any]) -> None:
    """A count corrected with the part that explains the correction ("45 full-time" ... "sorry, it is 35 full-time. 10
    of them are actually part-timers"): the part is the difference between the count given before and the count now
    stated (45 − 10 = 35), so it is already out of the new count, which is used as typed (not 35 − 10)."""
    for key, params in list(parsed.notes):
        if not {"total", "part", "count"} <= set(params):
            continue
        total, part, count = params["total"], params["part"], params["count"]
        if not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (total, part, count)):
            continue
        for slot, value in list(new.items()):
            before = slots.get(slot)
            if (value == count and isinstance(before, (int, float)) and not isinstance(before, bool)
                    and before != total and before - part == total):
                new[slot] = total
                parsed.notes.remove((key, params))
                break



def increments(task: Any, parsed: nlu.Parse, new: dict[str, Any], slots: dict[str, Any], turn: Turn) -> str | None:
    """Hours added to (or taken from) a value given before ("we added N hours of exercises"): the new value is the
    previous one plus the hours, and the reply says so; the whole a part belongs to (tasks.yaml `part_of`) changes by
    the same hours unless the message states it or says it stays. A value the message states wins ("we added N hours
    of exercises, now practical is M hours": M, the reading keeps the increment apart), and when it is the value
    before changed by the hours the whole changes by them too (the total then grows by N). Hours added to no named
    figure, where more than one figure could take them, are asked about (the question is returned), unless the message
    states the figures they lead to ("what if we add N more hours, so T hours total with M hours practical?",
    「N時間増やして合計T時間、実習M時間に」): the stated figures are used, and a stated part that grew by the hours makes its
    whole (when not stated) grow by them too."""
    for slot, added in [*parsed.increments.items(), *parsed.stated_increments.items()]:
        if slot in parsed.stated_increments and slot not in new:
            continue  # a stated value of no figure of this task
        if slot in task.all_slots:
            targets = [slot]
        else:  # no figure named: the task's one figure given before (with more than one, which is unclear)
            candidates = [s for s in task.required if s in task.numeric and isinstance(slots.get(s), (int, float))]
            stated = [s for s in candidates if s in new]
            if stated:
                targets = [s for s in stated if _grew_by(new[s], slots[s], added)]
            elif len(candidates) != 1:
                names = [turn.say(f"slot.{s}") for s in task.required if s in task.numeric]
                return turn.say("reading.increment_ask", added=abs(added), slots=", ".join(names))
            else:
                targets = candidates
        wholes = [task.part_of[t] for t in targets if t in task.part_of and task.part_of[t] not in parsed.increments
                  and (t not in new or _grew_by(new[t], slots.get(t), added))]
        for target in [*targets, *wholes]:  # a whole with its own increment takes that one
            before = slots.get(target)
            if target in new or target in parsed.kept or not isinstance(before, (int, float)):
                continue
            after = whole_or_float(float(Fraction(str(before)) + Fraction(str(added))))
            new[target] = after
            parsed.notes.append(("reading.increment", {"added": added, "before": before, "after": after,
                                                       "slot": turn.say(f"slot.{target}"), "slot_id": target}))
    _new_total_agrees(task, parsed, new, slots)
    return None


def _new_total_agrees(task: Any, parsed: nlu.Parse, new: dict[str, Any], slots: dict[str, Any]) -> None:
    """A whole stated beside hours added to one of its parts ("300 more hours of cleaning, that's peripheral too. so
    total is 2300"): when it is the sum of the parts with the added hours, the reply says they agree (note
    ``reading.hours_total_agrees``); a total that is not is said by the reading of a mismatch."""
    grown = {v.get("slot_id") for k, v in parsed.notes if k == "reading.increment"}
    for target, rule in task.derive.items():
        if rule.rest_of is None or rule.rest_of not in new or target not in grown:
            continue
        total = new[rule.rest_of]
        parts = [new.get(s, slots.get(s)) for s in sorted((target, *rule.minus), key=task.slots.index)]
        if all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (total, *parts)) and (
                sum(Fraction(str(v)) for v in parts) == Fraction(str(total))):
            parsed.notes.append(("reading.hours_total_agrees", {"total": total, "parts": parts}))
        return



def _grew_by(value: Any, before: Any, added: Any) -> bool:
    """Whether a stated ``value`` is the figure given ``before`` changed by ``added`` (exactly)."""
    numbers = [v for v in (value, before, added) if isinstance(v, (int, float)) and not isinstance(v, bool)]
    return len(numbers) == 3 and Fraction(str(value)) == Fraction(str(before)) + Fraction(str(added))


def approximate(task: Any, parsed: nlu.Parse, new: dict[str, Any], slots: dict[str, Any], state: DialogueState,
                 turn: Turn) -> list[str]:
    """An approximate value ("about 40 employees", 「だいたい30人」) is used as typed, and the reply says it was taken as
    stated and where the rule's band changes: the edge within the task's `within` of the value (tasks.yaml
    `approximate`, the edges from the rule book: "about 30" -> the band changes at 31), else the next edge above it. The
    user gets the answer and the caveat at once; nothing is asked back. Returned: the slots whose value sits at an
    edge, which a bare figure the user sends next ("41") answers."""
    rules = getattr(turn.r, "rules", None)
    at_edge: list[str] = []
    for slot, value in parsed.approximate.items():
        if slot not in new or slot not in task.approximate or not isinstance(value, (int, float)):
            continue
        edges = task.band_edges(slot, rules)
        within = task.approximate[slot].within
        near = next((e for e in edges if min(abs(value - (e - 1)), abs(value - e)) <= within), None)
        above = [e for e in edges if e > value]
        edge = near if near is not None else (above[0] if above else None)
        if near is not None:
            at_edge.append(slot)
        parsed.notes.append(("reading.approximate", {"value": fmt(value),
                                                     "edge": fmt(whole_or_float(edge)) if edge is not None else ""}))
    return at_edge


def missing_question(task: Any, missing: list[str], turn: Turn) -> str:
    """One question for what is still missing (the task's grouped question when one fits)."""
    group = task.group_question(missing)
    if group:
        return turn.say(group)
    return compose.follow_up_question(missing, turn.r, turn.lang)
