"""Planning a calculation: the message's values read into the task's slots, what is still missing asked back, and
otherwise the calculator calls (one per scenario, establishment or other person) with the supporting search.

The reading of values lives in slot_reading, what is assumed in assumptions; this module puts them in order.
"""

from __future__ import annotations

import copy
import re
from typing import Any

from bot.agent import compose, establishments, nlu
from bot.agent.assumptions import derive, tool_args, total_mismatch
from bot.agent.conversation import DialogueState
from bot.agent.knowledge_plan import search_query
from bot.agent.search_tool import SEARCH_TOOL_NAME
from bot.agent.slot_reading import (
    answer_to, approximate, days_moved, increments, missing_question, move_answered, moves_by_names, named_parts,
    number_target, part_of_the_difference,
)
from bot.agent.steps import CallTools, Plan, Step, Turn, final, tool_call
from bot.text import rx
from bot.text.numbers import whole_or_float


# The understanding's note that the message asks the same calculation for another value of a slot ("in person ... and
# if it were online?"): {"slot", "value" (the other), "used" (the one read)}
_OTHER_VALUE_ASKED = "reading.bound_other"



# reasons of a number that no wording could make usable ("We have -20 full-time employees"): the reply names the value
# and asks again, and it is a refusal to compute (a fraction or a range is only asked about, no refusal)
_IMPOSSIBLE_VALUES = frozenset({"negative"})

# The understanding's notes of a value it assumed from another fact (a nationality from the place lived in or a city of
# origin): slot -> the notes that assume it
_ASSUMED_FROM = {"nationality": ("assume.nationality_from_residence", "assume.nationality_from_city")}

# how far shares in percent written with one decimal may add up from 100 by their rounding alone (three shares)
_SHARE_ROUNDING = 0.15


def _keep_held_over_assumed(parsed: nlu.Parse, new: dict[str, Any], slots: dict[str, Any]) -> None:
    """A value assumed from another fact in a later turn ("I'm still living in Indonesia" after "I'm Kenyan") never
    replaces the value held before: the held one stays, and the assumption (and its note) is dropped."""
    for slot, notes in _ASSUMED_FROM.items():
        held = slots.get(slot)
        assumed = [n for n in parsed.notes if n[0] in notes]
        if not assumed or held is None or slot not in new or new[slot] == held:
            continue
        new.pop(slot)
        for note in assumed:
            parsed.notes.remove(note)


_PRONOUNS = {"en": r"(?i)\b(?:she|her|hers|he|him|his)\b", "ja": r"彼女|彼(?!ら)"}


def _remember_person(state: DialogueState, other: dict[str, Any]) -> None:
    """Keep another person's facts checked this turn (``DialogueState.people``), replacing what was kept of them."""
    kept = [p for p in state.people if p.get("who") != other.get("who") or p.get("name") != other.get("name")]
    state.people = [*kept, {k: v for k, v in other.items() if k in ("who", "name", "slots")}]


# The user's own statements about themselves kept at most (the latest ones).
_ABOUT_USER_KEPT = 3


def remember_about_user(text: str, parsed: nlu.Parse, state: DialogueState, turn: Turn) -> None:
    """Keep the message's sentences that state a fact about the user a document sets a criterion on (a graduate, a
    student, a language level: the answer types' ``self_attributes``) in ``DialogueState.about_user``: a statement, not
    a question, about the user, never about another person ("my sister is a student", "she is a student"). A new
    sentence on the same fact replaces the one kept ("I graduated in May" after "I'm a student")."""
    types = compose.answer_types(turn.r)
    if not getattr(types, "self_attributes", ()):
        return
    pack = turn.pack(parsed.language)
    pronoun = _PRONOUNS.get(parsed.language, _PRONOUNS["en"])
    from bot.text.sentences import split_sentences

    for sentence in split_sentences(text, parsed.language):
        if "?" in sentence or "\uff1f" in sentence or not types.attribute_criteria(sentence):
            continue
        if rx.search(pronoun, sentence) or (pack is not None and pack.act("other_person", sentence)):
            continue
        facts = _facts_stated(sentence, types)
        kept = [k for k in state.about_user if k != sentence and not facts & _facts_stated(k, types)]
        state.about_user = [*kept, sentence][-_ABOUT_USER_KEPT:]


def _facts_stated(sentence: str, types: Any) -> set[int]:
    """Which of the answer types' ``self_attributes`` ``sentence`` states of its writer (by their place in the list)."""
    return {i for i, (user, _criterion) in enumerate(types.self_attributes) if any(u.search(sentence) for u in user)}


def _earlier_facts(text: str, state: DialogueState, task: Any) -> list[str]:
    """The user's statements about themselves from earlier turns, for a check on the user (a task with an applicant's
    slots): the supporting quote is the criterion on what they said ("I just graduated" before a turn giving only
    nationality, age and JLPT level: the graduates' documents)."""
    if not any(slot in nlu.APPLICANT_SLOTS for slot in task.all_slots):
        return []
    return [sentence for sentence in state.about_user if sentence not in text]


def _person_told_again(text: str, parsed: nlu.Parse, state: DialogueState) -> None:
    """A message about another person checked before ("sorry I mixed up — Amina is 38, not 43. so what about her?"):
    by their name, who they are to the user ("my friend") or, with one person kept, a pronoun. Their facts as kept, with
    the message's values for them (a value replacing the one they held, a lone age), become the message's other person
    to check again; the message's values are theirs, never the user's."""
    if not state.people:
        return
    written = text.replace("\u3000", " ")
    named = [p for p in state.people if p.get("name") and rx.search(rf"\b{re.escape(p['name'])}\b", written)]
    if not named:
        named = [p for p in state.people if p.get("who") and rx.search(
            rf"(?i)\b(?:my|our|the)\s+{re.escape(p['who'])}\b" if parsed.language == "en" else re.escape(p["who"]),
            written)]
    if not named and len(state.people) == 1 and rx.search(_PRONOUNS.get(parsed.language, _PRONOUNS["en"]), written):
        named = list(state.people)
    if len(named) != 1:
        return
    person = named[0]
    facts = dict(person.get("slots") or {})
    told = {k: v for k, v in parsed.slots.items() if k in nlu.APPLICANT_SLOTS}
    numbers = [n for n in parsed.numbers if isinstance(n, (int, float))]
    if "age" not in told and len(numbers) == 1:
        held = [s for s, v in facts.items() if parsed.replaced_value is not None and v == parsed.replaced_value]
        slot = held[0] if len(held) == 1 else ("age" if 15 <= numbers[0] < 80 else None)
        if slot is not None:
            told[slot] = whole_or_float(numbers[0])
    facts.update(told)
    person["slots"] = facts
    parsed.others = [{"who": person.get("who", ""), "slots": facts}]
    # the values are the other person's: none of them is a value of the user's own check
    parsed.slots = {k: v for k, v in parsed.slots.items() if k not in nlu.APPLICANT_SLOTS}
    parsed.numbers, parsed.replaced_value, parsed.correction = [], None, False


def plan_calculator(
    intent: str, text: str, parsed: nlu.Parse, state: DialogueState, tool_names: set[str], prefix: str,
    turn: Turn | None = None,
) -> Step:
    turn = turn or Turn()
    lang = turn.lang
    task = turn.tasks[intent]
    slots = state.slots.setdefault(intent, {})
    if parsed.new_course and nlu.RESKILLS in (intent, state.intent):
        # another course ("and what about our cloud security course? 40 hours total, 22 of that is labs"): the field, a
        # basic IT exclusion and the hours held are the course checked before; what this one lacks is asked
        slots.clear()
        state.part_names.pop(intent, None)
    if intent == nlu.JIP_ELIGIBILITY and not parsed.others:
        _person_told_again(text, parsed, state)
    wanted = task.all_slots
    new = {k: v for k, v in parsed.slots.items() if k in wanted}
    if "participated_fiscal_years" in new and "participated_before" in wanted and "participated_before" not in new:
        # the years told (or none: "never took part") settle an earlier participation told before without its year
        new["participated_before"] = bool(new["participated_fiscal_years"])
    if new.get("participated_before") and "participated_fiscal_years" not in new \
            and not slots.get("participated_fiscal_years"):
        # "I took part in JIP before": an earlier participation, its year not told, is no participation assumed away
        new["participated_fiscal_years"] = []
    # a number wanted asked while the facts are still asked ("we want 2 at once, possible?", then the staff): kept
    wanted_now = [c for c in parsed.claims if c.get("wanted")]
    if wanted_now:
        state.claims[intent] = copy.deepcopy(wanted_now)
    kept_claims = [c for c in state.claims.get(intent, [])
                   if not any(p.get("field") == c.get("field") for p in parsed.claims)]
    _keep_held_over_assumed(parsed, new, slots)
    named_parts(parsed, new, state.part_names.setdefault(intent, {}), text, turn)
    move_answered(task, parsed, state)
    asked_move = moves_by_names(task, parsed, state.part_names.get(intent, {}), new, slots, turn)
    if asked_move:
        # "move 3 hours from inspection" when inspection has 2, or from a part the plan does not have: asked, the plan
        # kept as it was (a lone number next is the hours of the move asked)
        state.intent, state.asked = intent, asked_move[1]
        return final(asked_move[0], state, follow_up=asked_move[0], lang=lang)
    _week_kept(intent, parsed, new, slots, state)

    number = nlu.bare_number(parsed)
    if parsed.replaced_value is not None and len(parsed.numbers) == 1 and not any(k in task.numeric for k in new):
        # "its 53 not 35. and we are excellent now, ...", 「関連作業は500時間じゃなくて900時間でした」: the new value goes to
        # the slot that held the replaced one (only one slot held it), never to another part
        held = [s for s in task.numeric if slots.get(s) == parsed.replaced_value]
        if len(held) == 1:
            new[held[0]] = whole_or_float(parsed.numbers[0])
            number = None
    if number is not None and not any(k in task.numeric for k in new) and not parsed.parts:  # a part's number is no value
        target = number_target(task, parsed, state, slots)
        pack = turn.pack(parsed.language)
        if target in task.headcounts and pack is not None and (
                pack.act("time_number", text) or pack.act("trainee_number", text)):
            # "週20時間のパートさんも数に入れていい？": hours are never a headcount; "we will get 3 trainees next month":
            # trainees are never the full-time employees a quota is computed from
            target = None
        if target:
            new[target] = number if target not in task.numeric else whole_or_float(number)
    if state.asked and state.intent == intent:
        asked = state.asked[0]
        if asked not in new:
            # a short answer to the question asked ("yes", "no", "Kenya") read as that slot's type
            value = answer_to(asked, task, parsed, text, turn)
            if value is not None:
                new[asked] = value

    for slot, (part, note) in parsed.parts.items():
        # "sorry, the 52 included 4 trainees": the part that does not count comes out of the value given before; a
        # part that does not count only under some values ("office staff" in nursing care) only when they hold
        when = parsed.part_when.get(slot)
        total = slots.get(slot)
        if when is not None:
            known = {**slots, **new}
            if any(known.get(k) != v for k, v in when.items()):
                continue
            total = new.get(slot, total)
            if isinstance(total, (int, float)) and 0 < part < total:
                new.pop(slot, None)  # the count the message restates ("of those 25") is what the part comes out of
        if slot in wanted and slot not in new and isinstance(total, (int, float)) and 0 < part < total:
            new[slot] = total - part
            if note:
                parsed.notes.append((note, {"total": total, "part": part, "count": total - part}))
    part_of_the_difference(parsed, new, slots)
    asked_increment = increments(task, parsed, new, slots, turn)
    if asked_increment:
        state.intent = intent
        return final(asked_increment, state, follow_up=asked_increment, lang=lang)
    if intent != state.intent:
        state.asked = []
    state.last_task = None
    # a hypothetical ("what if we become an excellent organization?") holds for this answer only
    kept = {k: slots[k] for k in new if k in slots} if parsed.hypothetical else None
    slots.update(new)
    numeric_new = [k for k in new if k in task.numeric]
    if numeric_new:
        state.last_slot = numeric_new[-1]
    elif new:
        state.last_slot = list(new)[-1]
    state.intent = intent

    errors = {k: v for k, v in parsed.errors.items() if k in wanted}
    for slot in errors:
        slots.pop(slot, None)
    derived_assumptions = derive(task, slots, new, turn)
    derived_assumptions += total_mismatch(task, slots, turn)
    # "about 30 employees": used as stated, the band's edge said; the exact figure sent next answers it
    at_edge = approximate(task, parsed, new, slots, state, turn)
    # a stated criterion that decides the verdict ("a basic IT course"): the tool runs without what it would not change
    missing = [] if task.decided(slots, getattr(turn.r, "rules", None)) else [
        s for s in task.required if s not in slots]
    # a calculator that reports a verdict with unknown values runs without the unreadable ones: a criterion that
    # already fails decides it ("are Chilean nationals eligible at all? (students around 24-25)"), and only an open
    # verdict asks for them (answer_from_tools)
    unread = ({slot: list(pair) for slot, pair in errors.items()}
              if task.verdict is not None and task.pass_unknown and not missing else {})
    for slot in errors:
        if slot not in missing and slot not in unread:
            missing.insert(0, slot)
    if missing:
        state.asked = missing
        question = missing_question(task, missing, turn)
        # a share of a count with no whole result is said as such ("two thirds of 40 is not a whole number")
        shares = {params.get("slot"): (key, params) for key, params in parsed.notes if params.get("factor")
                  and "slot" in params}
        problems = " ".join(
            turn.say(shares[slot][0], **shares[slot][1]) if reason == "not_whole" and slot in shares
            else turn.say(f"number_error.{reason}", text=raw, slot=turn.say(f"slot.{slot}"))
            for slot, (raw, reason) in errors.items()
        )
        lead = "\n\n".join(p for p in (prefix, problems) if p)
        lead = lead + "\n\n" if lead else ""
        known = _known_summary(intent, slots, turn)
        named_case = any(k in task.cases for k in new)  # "is the quota different for construction?"
        if (not any(k in task.numeric for k in slots) and not errors and SEARCH_TOOL_NAME in tool_names
                and not named_case):
            # Nothing to calculate with yet: answer what the documents say about it, then ask.
            query = search_query(text, parsed, state, turn)
            plan = Plan(intent=intent, state=state.to_dict(), query=query, prefix=prefix, follow_up=question,
                        lang=lang, context=parsed.introduction)
            return CallTools(calls=[tool_call(SEARCH_TOOL_NAME, {"query": query})], plan=plan)
        impossible = any(reason in _IMPOSSIBLE_VALUES for _raw, reason in errors.values())
        return final(f"{lead}{known}{question}".strip(), state, follow_up=question, refused=impossible, lang=lang)

    state.asked = at_edge
    args, assumptions = tool_args(task, slots, turn)
    if parsed.percent_shares:
        # shares that do not make a whole plan ("50%, 30% and 25%"; or "Correction: peripheral is actually 30%" after
        # a 55/20/25 plan) are asked for again rather than checked as hours: checked as hours they would be shown
        # changed (50% as 47.6%)
        shares = {s: args.get(s) for s in task.required}
        numbers = all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in shares.values())
        # (a sum off only by the rounding of shares written with one decimal, 33.3% three times, is a whole plan)
        if numbers and abs(sum(shares.values()) - 100) > _SHARE_ROUNDING:
            state.asked = list(task.required)
            question = turn.say("calc.percent_sum_ask" if parsed.correction else "calc.percent_sum_ask_given",
                                total=sum(shares.values()), parts=[{"slot": s, "share": v} for s, v in shares.items()])
            return final(question, state, follow_up=question, lang=lang)
    # what the reading changed in a stated value ("120 - 8 trainees = 112") is said before any default assumed
    # (a note whose sentence the response catalog does not hold yet is left out, never an error for the user)
    # the same calculation asked for another value of a slot beside the one read (「対面60日で18万円で合っていますか？オンライン
    # だった場合はいくら？」): computed for both, the value read first, instead of only saying the other's rate
    other_values = [] if parsed.correction or parsed.scenarios else [
        values for key, values in parsed.notes
        if key == _OTHER_VALUE_ASKED and values.get("slot") in args and values.get("value") != args[values["slot"]]]
    notes = [turn.say(key, **values) for key, values in parsed.notes
             if (turn.r.has(key, turn.lang) or turn.r.has(key, "en")) and not (key == _OTHER_VALUE_ASKED and other_values)]
    assumptions = notes + derived_assumptions + assumptions
    if kept is not None and new:
        for key in new:
            slots.pop(key, None)
        slots.update(kept)
        assumptions.append(turn.say("hypothetical.once", values=compose.describe_args(new, turn.r, turn.lang)))
    if parsed.percent_shares:
        assumptions.append(turn.say("calc.percent_read_as_hours"))
    # a correction written as a change ("oops, 150 -> 95 staff", 「150→95人に訂正」) asserts the new value only: the slot
    # holds it, and the old one is no scenario
    scenarios = [] if parsed.correction else [{"slot": slot, "value": value} for slot, pair in parsed.scenarios.items()
                                              if slot in args for value in pair][:2]
    if not scenarios and other_values:
        slot = other_values[0]["slot"]
        scenarios = [{"slot": slot, "value": args[slot]}, {"slot": slot, "value": other_values[0]["value"]}]
    # a change between two counts: the calculator runs for each (the earlier count first)
    calls = ([tool_call(task.tool_name, {**args, sc["slot"]: sc["value"]}) for sc in scenarios] if scenarios
             else [tool_call(task.tool_name, args)])
    # another person's own eligibility asked beside the user's ("also my friend from China ... can she apply?"): the
    # same check on that person's facts alone, after the user's
    others = []
    for other in parsed.others if not scenarios and intent == nlu.JIP_ELIGIBILITY else []:
        other_args, other_assumed = tool_args(task, dict(other["slots"]), turn, of_other=True)
        others.append({"who": other["who"], "args": other_args, "assumptions": other_assumed})
        calls.append(tool_call(task.tool_name, other_args))
        _remember_person(state, other)
    sites: dict[str, Any] = {}
    if not scenarios and not others:
        sites, site_args = _site_plan(intent, args, text, parsed, turn)
        if sites.get("how") == "sum":
            args = site_args[0]
            slots.update({k: v for k, v in args.items() if k in slots or k in task.required})
        if site_args:
            calls = [tool_call(task.tool_name, a) for a in site_args]
    # the rule's topic plus what the user said, so the passage found is the one about their case
    query = f"{task.context.query} {text[:200]}" if task.context else text[:200]
    if SEARCH_TOOL_NAME in tool_names and task.context is not None:
        search_args = {"query": query}
        if task.context.program:
            search_args["program"] = task.context.program
        calls.append(tool_call(SEARCH_TOOL_NAME, search_args))
    plan = Plan(intent=intent, state=state.to_dict(), query=query, assumptions=assumptions, prefix=prefix, args=args,
                user_text=text, about_user=_earlier_facts(text, state, task), lang=lang, scenarios=scenarios,
                percent_plan=parsed.percent_shares, plan_unit=_plan_unit(parsed, args), unread=unread,
                others=others, sites=sites, claims=[*parsed.claims, *kept_claims])
    state.claims.pop(intent, None)
    plan.state = state.to_dict()
    return CallTools(calls=calls, plan=plan)



def _week_kept(intent: str, parsed: nlu.Parse, new: dict[str, Any], slots: dict[str, Any], state: DialogueState
               ) -> None:
    """A plan told by its weekdays is kept day by day (``DialogueState.plan_weeks``), so that
    a follow-up moving a day to another kind of work ("wednesday is also cleaning and packing") moves that day's hours
    (slot_reading `days_moved`); a plan stated anew in hours forgets the week. A day moved in a plan not kept by its
    days (or not movable) leaves the plan's hours to be asked again, never checked unchanged as if moved."""
    hour_slots = ("required_hours", "related_hours", "peripheral_hours")
    weeks = state.plan_weeks
    if parsed.week:
        weeks[intent] = parsed.week
    elif parsed.moved_days:
        week = weeks.get(intent)
        if not isinstance(week, dict) or not days_moved(parsed, new, slots, state.part_names.get(intent, {}), week):
            for slot in hour_slots:
                slots.pop(slot, None)
    elif any(slot in new for slot in hour_slots):
        weeks.pop(intent, None)



def _plan_unit(parsed: nlu.Parse, args: dict[str, Any]) -> str:
    """The unit the plan's figures were given in when it is no hours (note ``reading.plan_unit``: "required N
    months, related M months, ..."), for the reply to say; empty when the figures passed are not those read in it."""
    for key, values in parsed.notes:
        if key == "reading.plan_unit" and isinstance(values, dict) and all(
                args.get(item.get("slot")) == item.get("value") for item in values.get("items") or []):
            return str(values.get("unit") or "")
    return ""



def _site_plan(intent: str, args: dict[str, Any], text: str, parsed: nlu.Parse, turn: Turn
               ) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The establishments the message names with a count each ("本社工場の常勤が210名、第二工場が常勤120名", "A施設：常勤の
    介護職員18名 … B施設：常勤の介護職員34名") and the calculator's argument sets on them: one per site for a case counted
    per establishment (nursing care), one on the company's total for any other. Nothing when fewer than two."""
    reader = establishments.default_reader()
    found = reader.read(text, parsed.language)
    if parsed.slots.get(reader.case_slot) not in reader.per_site and reader.part_of(
            parsed.slots.get(reader.count_slot), found):
        return {}, []  # the sites read are a part of the count the message gives (its groups' sum)
    planned = reader.plan(intent, args, found)
    if planned is None:
        return {}, []
    how, site_args = planned
    return {"how": how, "sites": [{"name": site.name, "count": site.count}
                                  for site in reader.counted(args, found)]}, site_args



def _known_summary(intent: str, slots: dict[str, Any], turn: Turn) -> str:
    task = turn.tasks[intent]
    totals = {rule.rest_of for rule in task.derive.values() if rule.rest_of}  # a plan's total is known too
    shown = {k: v for k, v in slots.items() if k in task.slots or k in totals}
    if not shown:
        return ""
    return turn.say("calc.so_far", values=compose.describe_args(shown, turn.r, turn.lang)) + " "
