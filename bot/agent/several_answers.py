"""Answers of a turn that ran more than the user's one calculation: one per scenario of a change between two values,
one per establishment (or the company's total), one per other person whose own eligibility was asked, and the
other calculators the message asked for, each under what it is for.

Each takes the Plan and the runs' results; the words come from the response catalog through the Turn.
"""

from __future__ import annotations

from typing import Any

from bot.agent import compose, establishments
from bot.agent.assumptions import fmt
from bot.agent.runner import ToolRun
from bot.agent.steps import Plan, Turn


def scenario_answers(plan: Plan, calcs: list[tuple[str, dict[str, Any] | None, str | None]], turn: Turn) -> str:
    """One answer per scenario of a change between two counts ("from 50 to 51 staff"): each result under the value it
    was computed for (responses ``calc.scenario``); what was assumed is said once, after the last."""
    same = _same_answer(plan, calcs, turn)
    if same:
        return same
    parts = []
    for index, (scenario, (name, result, _)) in enumerate(zip(plan.scenarios, calcs)):
        slot, value = scenario["slot"], scenario["value"]
        assumptions = plan.assumptions if index == len(calcs) - 1 else []
        composed = compose.compose_tool_reply(name, result or {}, assumptions, {**plan.args, slot: value}, turn.r,
                                              turn.lang, percent_plan=plan.percent_plan, plan_unit=plan.plan_unit)
        named = isinstance(value, str) and turn.r.has(f"value.{value}", turn.lang)
        lead = (turn.say("calc.scenario_named", value=turn.say(f"value.{value}")) if named
                else turn.say("calc.scenario", slot=turn.say(f"slot.{slot}"), value=fmt(value)))
        parts.append(f"{lead}\n\n{composed.answer}")
    return "\n\n".join(parts)



def _same_answer(plan: Plan, calcs: list[tuple[str, dict[str, Any] | None, str | None]], turn: Turn) -> str:
    """The answer said once when every scenario of a slot's values gives the same one (the two ends of a range, "55 to
    60 full-time employees": the same limits), under all the values (responses ``calc.scenario_same``); "" when they
    differ, name their values, or are not counts."""
    slots = {scenario["slot"] for scenario in plan.scenarios}
    values = [scenario["value"] for scenario in plan.scenarios]
    if len(slots) != 1 or len(calcs) < 2 or not turn.r.has("calc.scenario_same", turn.lang):
        return ""
    if any(isinstance(v, str) or isinstance(v, bool) for v in values):
        return ""

    def answer(scenario: dict[str, Any], name: str, result: dict[str, Any] | None, assumptions: list[str]) -> str:
        return compose.compose_tool_reply(name, result or {}, assumptions, {**plan.args, scenario["slot"]:
                                          scenario["value"]}, turn.r, turn.lang, percent_plan=plan.percent_plan,
                                          plan_unit=plan.plan_unit).answer

    runs = list(zip(plan.scenarios, calcs))
    # (the headline naming its own value, 「常勤職員55人の場合、…」, is the same answer when only that value differs)
    heads = {answer(scenario, name, result, []).split("\n\n")[0].replace(fmt(scenario["value"]), "\0")
             for scenario, (name, result, _) in runs}
    if len(heads) != 1:
        return ""
    slot = next(iter(slots))
    lead = turn.say("calc.scenario_same", slot=turn.say(f"slot.{slot}"), values=[fmt(v) for v in values])
    scenario, (name, result, _) = runs[0]
    # the first value's reckoning, then what was assumed (once)
    return f"{lead}\n\n{answer(scenario, name, result, plan.assumptions)}"



def site_answers(plan: Plan, calcs: list[tuple[str, dict[str, Any] | None, str | None]], answer: str, turn: Turn
                  ) -> str:
    """The answer on several establishments (``Plan.sites``): the rule that counted them first (per establishment in
    nursing care, the company's total otherwise), then for "each" every site's result under its name; what was
    assumed is said once, after the last."""
    sites = plan.sites.get("sites") or []
    if plan.sites.get("how") == "sum":
        total = sum(site["count"] for site in sites)
        return turn.say("calc.sites_sum", sites=sites, total=total) + "\n\n" + answer
    if len(calcs) != len(sites) or any(result is None for _, result, _ in calcs):
        return answer
    parts = [turn.say("calc.sites_each", sites=sites)]
    for index, (site, (name, result, _)) in enumerate(zip(sites, calcs)):
        assumptions = plan.assumptions if index == len(calcs) - 1 else []
        composed = compose.compose_tool_reply(name, result or {}, assumptions, {**plan.args, **_site_args(plan, site)},
                                              turn.r, turn.lang)
        parts.append(turn.say("calc.site", name=site["name"], count=site["count"]) + "\n\n" + composed.answer)
    return "\n\n".join(parts)



def _site_args(plan: Plan, site: dict[str, Any]) -> dict[str, Any]:
    reader = establishments.default_reader()
    return {reader.count_slot: site["count"]}



def other_answers(plan: Plan, calcs: list[tuple[str, dict[str, Any] | None, str | None]], turn: Turn) -> list[str]:
    """Each other person's check (``Plan.others``) under whom it is for (responses ``calc.person_other``), on their
    own facts and what was assumed for them."""
    answers = []
    for other, (name, result, error) in zip(plan.others, calcs):
        lead = turn.say("calc.person_other", who=other.get("who") or "")
        if result is None:
            body = compose.compose_tool_error(name, error or "unknown error", turn.r, turn.lang)
        else:
            body = compose.compose_tool_reply(name, result, other.get("assumptions") or [], other.get("args") or {},
                                              turn.r, turn.lang, other=True).answer
        answers.append(f"{lead}\n\n{body}")
    return answers



def more_calculator_answers(plan: Plan, runs: dict[str, ToolRun], turn: Turn) -> tuple[list[str], list[str]]:
    """The answers of the other calculators the message asked for (``Plan.more``), in order, after the chosen one's;
    one that failed says so in its own words."""
    answers: list[str] = []
    details: list[str] = []
    for more in plan.more:
        run = runs.get(more["tool"])
        if run is None:
            continue
        if not run.ok or run.result is None:
            answers.append(compose.compose_tool_error(more["tool"], run.error or "unknown error", turn.r, turn.lang))
            continue
        reply = compose.compose_tool_reply(more["tool"], run.result, more.get("assumptions") or [], more["args"],
                                           turn.r, turn.lang)
        answers.append(reply.answer)
        if reply.details:
            details.append(reply.details)
    return answers, details
