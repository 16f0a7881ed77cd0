"""Which task a message is about: the calculator it names, the open one it answers, the one its values imply, or a
knowledge question; and whether a task's program is the one the message asks about.

Tasks come from the registry (knowledge/tasks.yaml) the caller passes in.
"""

from __future__ import annotations

from typing import Any

from bot.agent import nlu
from bot.agent.conversation import DialogueState
from bot.agent.slot_reading import MOVE_PARTS_ASKED, years_named
from bot.agent.steps import default_tasks


def choose_intent(parsed: nlu.Parse, state: DialogueState, tasks: Any = None, program: str | None = None,
                  timing: bool = False, verdict: bool = True, date_asked: bool = False,
                  own_facts: bool = False, result_figure: bool = False, back_to_held: bool = False) -> str:
    """The task this message is about: the one it names, the open one it answers, the one its slots imply
    (tasks.yaml `implied_by`), the one of the conversation's ``program`` whose figures a follow-up states about its
    own case, else a knowledge question. ``timing``: the message asks about a round or a start date (pack act
    ``asks_timing``); ``verdict``: it asks a verdict on what it describes (pack act ``course_verdict_asked``);
    ``date_asked``: it asks for a date (answer type ``date``); ``own_facts``: it tells or asks of the asker's own facts
    (pack act ``own_facts``); ``result_figure``: it asks for a calculator's result figure (pack act ``asks_result``);
    ``back_to_held``: it returns from hypotheticals to the facts told (pack act ``back_to_held_facts``)."""
    tasks = tasks or default_tasks()
    held = held_facts_again(parsed, state, tasks, back_to_held)
    if held is not None:
        return held  # "ok back to our real situation, how many No.2 can we have?" after what-ifs: the facts told
    changed = changed_criterion(parsed, state, tasks, result_figure)
    if changed is not None:
        return changed  # 「当社は優良です。この場合、1号・2号・3号それぞれの上限は何名ですか」 after a quota: that quota again
    if parsed.asks_knowledge:
        return nlu.KNOWLEDGE  # asks for a date, a place, a tax: what no calculator computes
    if outside_request(parsed):
        return nlu.KNOWLEDGE  # "write me a letter for a job in Canada, I'm from Mexico": no calculator's question
    if parsed.explicit_intent in tasks and other_program(tasks[parsed.explicit_intent], parsed):
        return nlu.KNOWLEDGE  # an industry stated, then a question about another program (特定技能, JIP, Re-Skills)
    if timing and parsed.explicit_intent in tasks and no_figures(parsed, tasks[parsed.explicit_intent]):
        return nlu.KNOWLEDGE  # "Our AI course will start in January. Can it be certified in this first round?"
    described = parsed.explicit_intent or next((t.name for t in tasks.tasks.values() if t.implied(parsed.slots)), None)
    if (timing and date_asked and not verdict and not state.intent and described in tasks
            and not (parsed.asks_eligibility or parsed.asks_own_case)):
        # "We are a training school running a 100-hour AI course with 60 hours of hands-on practice. When does the next
        # application window open?": the lead's figures describe the asker; the round's date asked, no verdict, is the ask
        return nlu.KNOWLEDGE
    current = state.intent
    if changes_one_fact(parsed, state, tasks):
        return current  # 「もし同じ時間配分で、中身が基礎的なITスキルの講座だったら？」 after a course check: that check again
    if parsed.explicit_intent:
        return parsed.explicit_intent
    if current in tasks:
        task = tasks[current]
        if any(s in task.all_slots for s in [*parsed.slots, *parsed.parts]):
            return current
        if any(s in task.all_slots or s not in tasks.all_slot_names for s in changed_figures(parsed, state)):
            # "we added N hours of exercises", "move 1 hour from inspection to machine operation": a change to the open
            # task's figures
            return current
        if nlu.bare_number(parsed) is not None and (state.asked or parsed.correction or parsed.what_if):
            return current
        if parsed.result_asked == current:
            return current  # "and No.2?" after a quota: that figure of the last calculation, run again
        if state.asked and state.asked[0] in task.boolean and (parsed.yes or parsed.no):
            return current
        if state.asked and parsed.no and isinstance(task.defaults.get(state.asked[0]), list):
            return current
        if parsed.errors and any(s in task.all_slots for s in parsed.errors):
            return current
    own = own_case(parsed, tasks)
    if own is not None:
        return own
    last = state.last_task
    if last in tasks and any(s in tasks[last].numeric for s in parsed.slots):
        return last  # "how much per day in person?" ... "and for 45 days?": the calculator that question was about
    held = held_task(parsed, state, tasks, program)
    if held is not None:
        return held
    for name in parsed.implied:
        if name in tasks and same_program(tasks[name], parsed) and not other_program(tasks[name], parsed):
            return name
    for task in tasks.tasks.values():
        if task.implied(parsed.slots) and same_program(task, parsed) and not other_program(task, parsed):
            return task.name
    known = told_again(parsed, state, tasks)
    if known is not None:
        return known
    followed = program_follow_up(parsed, program, tasks)
    if followed is not None:
        return followed
    applicant = applicant_follow_up(parsed, state, tasks, program, own_facts)
    if applicant is not None:
        return applicant
    return nlu.KNOWLEDGE



def changed_figures(parsed: nlu.Parse, state: DialogueState) -> list[str]:
    """The figures a message changes by hours added, taken or moved (``Parse.increments``); hours moved between parts
    named by the user's own words (``Parse.named_moves``) change parts known once those words are resolved, so any of
    the parts a move may name (its "parts": a plan's kinds of work, a course's practical hours), never a headcount. A
    move's parts said without its hours change figures only as the answer to the ask of them."""
    moves = [m for m in parsed.named_moves if m.get("value") is not None or state.asked[:1] == [MOVE_PARTS_ASKED]]
    return [*parsed.increments, *(s for m in moves for s in m.get("parts") or ["hours"])]



def _last_run_calculator(state: DialogueState, tasks: Any) -> tuple[str, Any, dict[str, Any]] | None:
    """The conversation's last calculator with the slots it held, when it ran with every required figure; None when
    none did."""
    name = state.intent if state.intent in tasks else state.last_task
    if name not in tasks:
        return None
    task = tasks[name]
    held = state.slots.get(name)
    if not isinstance(held, dict) or not task.required or not all(held.get(s) is not None for s in task.required):
        return None
    return name, task, held



def held_facts_again(parsed: nlu.Parse, state: DialogueState, tasks: Any, back: bool) -> str | None:
    """The conversation's last calculator when a message returns from hypotheticals to the facts told ("ok back to our
    real situation, how many No.2 can we have?" after "what if we become excellent?" and "and if we had N staff
    instead?", 「実際の人数に戻すと？」): a hypothetical held for its own answer only, so the calculator runs again on the
    facts it holds. None when no calculator ran with its required figures, or the message names another task or
    states a value of none of the calculator's slots."""
    last = _last_run_calculator(state, tasks) if back else None
    if last is None or parsed.explicit_intent not in (None, last[0]):
        return None
    name, task, _ = last
    return name if all(s in task.all_slots for s in parsed.slots) else None



def changed_criterion(parsed: nlu.Parse, state: DialogueState, tasks: Any, result_figure: bool) -> str | None:
    """The conversation's last calculator when a follow-up changes one of its criteria and asks its figure again
    ("We are an excellent implementing organisation. In that case what is the upper limit for No.1, No.2 and No.3?",
    "What if it were nursing care? What is the maximum then?", 「補足です。当社は優良な実習実施者です。この場合の上限は何名に
    なりますか」 after a quota): every value the message states is a criterion of that calculator (none of its required
    figures, which it held from before), one of them differs from the value it ran with, and the message asks for a
    result figure; the words of a limit (上限, maximum) are then the calculation's, not a rule question's. None when no
    calculator ran with its required figures, the message names another program or task, or states no changed
    criterion."""
    last = _last_run_calculator(state, tasks) if result_figure and parsed.slots and not parsed.errors else None
    if last is None:
        return None
    name, task, held = last
    if parsed.explicit_intent not in (None, name) or other_program(task, parsed) or not same_program(task, parsed):
        return None
    if not all(s in task.all_slots and s not in task.required and s not in task.numeric for s in parsed.slots):
        return None
    return name if any(held.get(s) != v for s, v in parsed.slots.items()) else None



def applicant_follow_up(parsed: nlu.Parse, state: DialogueState, tasks: Any, program: str | None,
                        own_facts: bool) -> str | None:
    """The check of the conversation's program that the asker's own facts, told as a follow-up, start ("im from kenya",
    "what about me? kenyan 27", 「私はケニア人です」 after "who can apply for the JIP?"): fewer facts than the check's
    `implied_by` needs, but the conversation is about that program and the asker tells their own, so the check runs on
    them and asks for the rest. Only a check with no required figure (it asks for what is missing); None when a task is
    open, the message names another program, asks for what no calculator computes, states a fact of no such check or
    of several, or is not about the asker (a question about others: "how many Kenyans took part?"). The open check also
    when it asked a year (of an earlier participation told without one) and the reply names only a year."""
    open_task = tasks[state.intent] if state.intent in tasks else None
    if open_task is not None and state.asked and isinstance(open_task.defaults.get(state.asked[0]), list) \
            and not parsed.slots and years_named(parsed, parsed.text):
        return state.intent  # "it was FY<year>" after the check asked the year of an earlier participation
    if not own_facts or state.intent or not program or not parsed.slots or parsed.asks_knowledge:
        return None
    if parsed.programs and program not in parsed.programs or outside_request(parsed):
        return None
    checks = [name for name, task in tasks.tasks.items()
              if task.context is not None and task.context.program == program and not task.required
              and all(s in task.all_slots for s in parsed.slots) and same_program(task, parsed)
              and not other_program(task, parsed)]
    return checks[0] if len(checks) == 1 else None



def program_follow_up(parsed: nlu.Parse, program: str | None, tasks: Any) -> str | None:
    """The calculator of the conversation's program whose figures a follow-up states, asking about its own case ("ok.
    ours is 'PC basics & Excel for office workers', N hours, M of them hands-on. would it qualify?" after "what are
    the main requirements for a course to get re-skills certification?"): the follow-up names no program because the
    conversation's is meant, so that program's one task with a figure stated runs. None when the message names a
    program, asks nothing of its own case, or states figures of no task of the program (or of several)."""
    if not program or parsed.programs or not (parsed.asks_eligibility or parsed.asks_own_case or parsed.asks_change):
        return None
    stated = [name for name, task in tasks.tasks.items()
              if task.context is not None and task.context.program == program
              and any(slot in task.numeric for slot in parsed.slots)]
    return stated[0] if len(stated) == 1 else None



def held_task(parsed: nlu.Parse, state: DialogueState, tasks: Any, program: str | None) -> str | None:
    """The calculator of the conversation's program whose values a knowledge question before stated and whose figures
    a follow-up gives (「来日してやるほうのインターンシップだと、お金の支援は出ますか？」 ... 「全部で４２日間です。合計いくらになりますか？」):
    the question stated values of several calculators (来日: in person, and in Japan), so none was its topic, but the
    follow-up's figures are one's only; it runs with the values held. None when a calculator is open, the follow-up
    states a value of no held calculator's figures, or of several."""
    if state.intent or not program or not parsed.slots or parsed.programs and program not in parsed.programs:
        return None
    held = [name for name, task in tasks.tasks.items()
            if task.context is not None and task.context.program == program
            and isinstance(state.slots.get(name), dict) and state.slots[name]
            and any(s in task.numeric for s in parsed.slots) and all(s in task.all_slots for s in parsed.slots)]
    return held[0] if len(held) == 1 else None



def no_figures(parsed: nlu.Parse, task: Any) -> bool:
    """Whether a message naming a calculator states none of the figures it needs; with a round or a start date asked
    ("Our AI course will start in January. Can it be certified in this first round? And what happens if we move the
    start to May?", 「初回の募集で認定されますか？開講を翌月にずらしたら？」,
    pack act ``asks_timing``): a question on the program's dates, which the documents answer; no calculation waits for
    figures (a task with no required figure, which computes with what it is told, is not one)."""
    if not task.required:
        return False
    return not any(slot in parsed.slots or slot in parsed.errors for slot in [*task.required, *task.numeric])



def changes_one_fact(parsed: nlu.Parse, state: DialogueState, tasks: Any) -> bool:
    """Whether a hypothetical follow-up changes a fact of the open task's last check ("what if it were a basic Excel course
    with the same hours?", 「もし同じ時間配分で、中身が基礎的なITスキルの講座だったら？」): every value it states is one of that
    task's and none of the task its words name (the words "same hours" / 「時間配分」 point back at the check's figures, no
    new calculation), so the open task runs again with the changed fact."""
    current = state.intent
    named = parsed.explicit_intent
    if not (parsed.what_if or parsed.hypothetical) or current not in tasks or not named or named == current:
        return False
    if named not in tasks or not parsed.slots:
        return False
    stated = list(parsed.slots)
    return (all(s in tasks[current].all_slots for s in stated)
            and not any(s in tasks[named].all_slots for s in stated))



def own_case(parsed: nlu.Parse, tasks: Any) -> str | None:
    """The one calculator whose required figures the message states when it asks what a rule means for the user's own
    case ("<a pasted rule> What does it mean for us in practice? We're a day service center with 25 full-time care
    workers."): it runs on those figures. None when the message asks no such thing or states the figures of no task or
    of several."""
    if not parsed.asks_own_case:
        return None
    stated = [name for name, task in tasks.tasks.items()
              if task.required and all(s in parsed.slots for s in task.required) and same_program(task, parsed)
              and not other_program(task, parsed)]
    return stated[0] if len(stated) == 1 else None



def told_again(parsed: nlu.Parse, state: DialogueState, tasks: Any) -> str | None:
    """The task whose facts the dialogue holds and which a new or changed fact of the message completes, asked whether
    it changes the answer ("ah i forgot, i already did an online internship before, that is a problem?" after the
    applicant's nationality and age were told): the check runs with the facts told before and the new one. None when
    the message asks no such thing, or gives no fact of one task, or the facts together imply no task."""
    if not parsed.asks_change or not parsed.slots:
        return None
    for name, known in state.slots.items():
        task = tasks[name] if name in tasks else None
        if task is None or not isinstance(known, dict) or not known:
            continue
        new = {k: v for k, v in parsed.slots.items() if k in task.all_slots and known.get(k) != v}
        if new and task.implied({**known, **parsed.slots}) and same_program(task, parsed) \
                and not other_program(task, parsed):
            return name
    return None



def answers_open_task(parsed: nlu.Parse, state: DialogueState, tasks: Any = None) -> bool:
    """Whether a message gives the value the open task asked for in its self-introduction and asks only about it
    ("I am N years old. Is that a problem?", 「N歳ですが大丈夫ですか？」): the question after the value names no
    subject, program or calculator of its own, so it asks about the pending check, which the value completes (the
    caller reads the introduction's values as the message's)."""
    tasks = tasks or default_tasks()
    task = tasks[state.intent] if state.intent in tasks else None
    if task is None or not state.asked or not parsed.context_slots:
        return False
    if not any(slot in parsed.context_slots for slot in state.asked if slot in task.all_slots):
        return False
    return not (parsed.domain or parsed.asks_knowledge or parsed.intents or parsed.implied or parsed.programs
                or parsed.slots or outside_request(parsed))



def outside_request(parsed: nlu.Parse) -> bool:
    """A request for something else than these programs (a letter to write, a job in another country) with no
    program or calculator named, or a message that asks only for what no program covers (a restaurant or a hotel
    recommended, ``Parse.off_topic``) whatever it names: no calculator runs and the reply says the documents do not
    cover it."""
    return parsed.off_topic or (parsed.other_request and not parsed.programs and not parsed.explicit_intent)



def other_program(task: Any, parsed: nlu.Parse) -> bool:
    """Whether the message names programs, none of them this task's (tasks.yaml `own_program_only`); a message that
    asks whether one may apply, naming no program applied for, is not ("I'm a technical intern trainee from Vietnam,
    25, N3. Can I apply?")."""
    program = task.context.program if task.context is not None else None
    return bool(getattr(task, "own_program_only", False) and program and parsed.programs
                and program not in parsed.programs and not (parsed.asks_eligibility and parsed.program is None))



def same_program(task: Any, parsed: nlu.Parse) -> bool:
    """Whether a task its slots imply may run for this message: not when the message asks to apply for another
    program than the task's ("I'm Vietnamese, can I apply for the specified skilled worker program?" is no JIP
    question; "I'm a technical intern trainee from Vietnam, ... can I apply?" still is)."""
    program = task.context.program if task.context is not None else None
    return not (parsed.program and program and parsed.program != program)



def stated_task(parsed: nlu.Parse, tasks: Any) -> str | None:
    """The one calculator whose values a knowledge question states ("For JIP in-person internship, do interns get any
    money for daily costs?": the funds' mode): a follow-up giving its figures ("my placement would be N days. how much
    in total?") runs it with what the dialogue said. None when no task's, or several tasks', values are stated."""
    stated = [name for name, task in tasks.tasks.items()
              if any(k in task.all_slots for k in parsed.slots) and same_program(task, parsed)
              and not other_program(task, parsed)]
    return stated[0] if len(stated) == 1 else None
