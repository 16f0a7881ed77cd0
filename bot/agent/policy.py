"""The dialogue policy of the built-in brain: (state, message) -> a typed step, with no language model.

``plan_turn`` understands the message (Understander), updates the typed DialogueState and returns a step:
``Reply`` (answer, ask back or refuse) or ``CallTools`` (calculator and/or search calls with the Plan for the
second step). ``answer_from_tools`` turns the ToolRunner's typed runs into the final Reply. Tasks come from the
registry (knowledge/tasks.yaml), words from the response catalog: no regexes, no English, no tool names here.

This module only puts the roles in order; each lives in its own module:
steps (Turn, Plan, Reply, CallTools), refusals (injected and falsifying requests), routing (which task),
knowledge_plan (what a question searches), calculator_plan (a calculation's calls or the question back), with
slot_reading (values into slots) and assumptions (defaults and derived values said), several_asks (the message's
other calculators and asks), and on the answer side answer_step, several_answers and further_answers.
"""

from __future__ import annotations

from bot.agent import compose, nlu
from bot.agent.answer_step import answer_from_tools
from bot.agent.assumptions import tool_args
from bot.agent.calculator_plan import _OTHER_VALUE_ASKED as OTHER_VALUE_ASKED, plan_calculator, remember_about_user
from bot.agent.conversation import DialogueState
from bot.agent.knowledge_plan import KNOWLEDGE_K, plan_search, search_query
from bot.agent.refusals import Rest, injected_request, unstated_topic_only
from bot.agent.routing import answers_open_task, choose_intent
from bot.agent.several_asks import add_further_searches, add_more_calculators
from bot.agent.slot_reading import named_correction, ordered_parts, people_added_to_count
from bot.agent.steps import CallTools, Plan, Reply, Step, Turn, default_tasks, final
from bot.text import has_letters_or_digits

# what the rest of the bot (bot.py, tests, benchmarks) takes from the policy
__all__ = [
    "KNOWLEDGE_K", "MAX_PASSAGES", "CallTools", "Plan", "Reply", "Step", "Turn", "answer_from_tools", "choose_intent",
    "default_tasks", "final", "plan_calculator", "plan_search", "plan_turn", "search_query", "tool_args",
]

# Passages an extractive answer quotes from at most.
MAX_PASSAGES = 3


def plan_turn(text: str, state: DialogueState, tool_names: set[str], turn: Turn | None = None) -> Step:
    """First step of a turn: understand the message, update the state, call tools or ask back."""
    turn = turn or Turn()
    parsed = turn.parse(text)
    lang = turn.lang
    prefix = ""
    # the message as understood (normalised, typos read as the domain's words) is what is searched and quoted
    text = parsed.text if parsed.text.strip() else text

    if not has_letters_or_digits(text):
        return final(compose.refusal(turn.say("refuse.no_words"), responses=turn.r, lang=lang), state, refused=True,
                     lang=lang)
    language_pack = turn.pack(parsed.language)
    if language_pack is not None and language_pack.act("other_language", text):
        # 「我们公司有50名员工…」: a language the bot does not speak is answered by saying, in English and Japanese, that it
        # answers in those two (a reply in Japanese alone would be read as an answer about the documents)
        return final(turn.say("refuse.other_language"), state, refused=True, lang=lang)
    if parsed.reset and not parsed.intents and not parsed.slots:
        return final(turn.say("message.reset"), DialogueState(), lang=lang)

    declined = False
    if parsed.injection:
        handled = injected_request(text, parsed, state, tool_names, turn, plan_calculator)
        if not isinstance(handled, Rest):
            return handled
        text, parsed, prefix, declined = handled.text, handled.parsed, handled.prefix, handled.declined

    _forget_the_previous_applicant(parsed, state)
    _keep_nationality_over_residence(parsed, state)
    remember_about_user(text, parsed, state, turn)
    if answers_open_task(parsed, state, turn.tasks):
        # "I am N years old. Is that a problem?": the value the open task asked for, with a question about the check
        # itself; the whole message is its answer
        parsed.slots = {**parsed.context_slots, **parsed.slots}
        parsed.introduction = ""
    pack = turn.pack(parsed.language)
    if pack is not None:
        named_correction(parsed, state, turn.tasks, pack)
        people_added_to_count(parsed, state, turn.tasks, pack, getattr(turn.r, "rules", None))
    ordered_parts(parsed, state, turn.tasks)
    small_talk = (parsed.greeting or parsed.thanks or parsed.help) and not parsed.intents and not parsed.slots
    if small_talk and parsed.small_talk_only:
        if parsed.thanks:
            answer = turn.say("message.thanks")
        else:
            answer = turn.say("message.hello") + " " + turn.say("capabilities") + "\n\n" + turn.say("examples")
        return final(answer, state, lang=lang)

    intent = choose_intent(parsed, state, turn.tasks, program=_conversation_program(state, turn),
                           timing=pack is not None and pack.act("asks_timing", text),
                           verdict=pack is None or pack.act("course_verdict_asked", text)
                           or pack.act("asks_check", text),
                           date_asked="date" in compose.answer_types(turn.r).classify(text).types,
                           own_facts=pack is not None and pack.act("own_facts", text),
                           result_figure=pack is not None and pack.act("asks_result", text),
                           back_to_held=pack is not None and pack.act("back_to_held_facts", text))
    if intent != nlu.KNOWLEDGE and unstated_topic_only(text, parsed, turn):
        # "… (the support fund's daily amount) – is it taxable?": a question on what the documents do not state, not a computation
        intent = nlu.KNOWLEDGE
    if intent == nlu.KNOWLEDGE or intent not in tool_names:
        step = plan_search(text, parsed, state, tool_names, prefix, turn)
        if isinstance(step, CallTools) and parsed.candidate_countries and turn.r.has("knowledge.country_status", "en"):
            # the candidates' countries a question on who may apply names: each one's status by nationality, beside
            # what the documents quote (and answering alone when they match nothing)
            status = turn.say("knowledge.country_status", countries=parsed.candidate_countries)
            step.plan.rule_text = "\n\n".join(x for x in (step.plan.rule_text, status) if x)
    else:
        before = state.model_copy(deep=True)
        step = plan_calculator(intent, text, parsed, state, tool_names, prefix, turn)
        if isinstance(step, CallTools) and step.plan.scenarios and _other_value_not_asked(text, parsed, turn):
            # "... 2) online for 20 days, how much? 3) can I apply to online and in-person both at same time?": the
            # other mode is named by a knowledge ask of its own (searched beside), not asked to be computed
            parsed.notes = [note for note in parsed.notes if note[0] != OTHER_VALUE_ASKED]
            state = before
            step = plan_calculator(intent, text, parsed, state, tool_names, prefix, turn)
        if isinstance(step, CallTools) and not step.plan.scenarios:
            add_more_calculators(step, intent, parsed, state, tool_names, turn)
            add_further_searches(step, text, parsed, state, tool_names, turn)
    if declined:
        if isinstance(step, CallTools):
            step.plan.declined = True
        else:
            step.refused = True
    return step





def _other_value_not_asked(text: str, parsed: nlu.Parse, turn: Turn) -> bool:
    """Whether the other value of a slot the message names beside the one computed (understand's note) is named by no
    asking part as its value: each part naming it names both ("can I apply to online and in-person both at the same
    time?"), so it asks of the program, not for the calculation with that value (「オンラインだった場合はいくら？」 does)."""
    if parsed.scenarios:
        return False
    others = [values for key, values in parsed.notes if key == OTHER_VALUE_ASKED]
    analyzer = getattr(turn.selector, "analyzer", None)
    if not others or analyzer is None or not hasattr(analyzer, "asking_parts"):
        return False
    asking = analyzer.asking_parts(text, unmarked=True)[1]
    read = [turn.read(part).slots for part in asking]
    return len(asking) > 1 and not any(slots.get(other.get("slot")) == other.get("value")
                                       for other in others for slots in read)



def _conversation_program(state: DialogueState, turn: Turn) -> str | None:
    """The program the conversation is about: the one the last knowledge question named (its search), else the open
    calculator's."""
    understander = turn.understander
    if understander is not None and state.last_topic:
        named = understander.program_of(state.last_topic)
        if named:
            return named
    task = turn.tasks[state.intent] if state.intent in turn.tasks else None
    return task.context.program if task is not None and task.context is not None else None



def _forget_the_previous_applicant(parsed: nlu.Parse, state: DialogueState) -> None:
    """A follow-up that turns to a new applicant ("what about another candidate?", 「じゃあネパールの子はどう？28歳で
    ネパール在住…」) is that person's check: the facts of the person checked before (nationality, age, language, residence,
    participation) are not theirs, so none of them carries over; what the message says of the new person is used, and
    what it does not say is asked. A fact the message says they share ("年齢と日本語は同じです", "same age and JLPT
    level": ``Parse.same_facts``) is kept."""
    if not parsed.new_applicant:
        return
    for slots in state.slots.values():
        if isinstance(slots, dict):
            for slot in nlu.APPLICANT_SLOTS:
                if slot not in parsed.same_facts:
                    slots.pop(slot, None)
    state.residence_country = ""
    state.about_user = []


def _keep_nationality_over_residence(parsed: nlu.Parse, state: DialogueState) -> None:
    """The country the user lives in is its own fact (``DialogueState.residence_country``): a message only naming that
    country ("I'm Bangladeshi." ... "I live in Germany." ... "does Germany count against me?") never replaces the
    nationality held from before, and says they live outside Japan; a nationality stated as one ("actually I'm German")
    still replaces it."""
    if parsed.residence_country:
        state.residence_country = parsed.residence_country
    named = parsed.slots.get("nationality")
    if not named or parsed.nationality_stated or named != state.residence_country:
        return
    held = {slots.get("nationality") for slots in state.slots.values() if isinstance(slots, dict)} - {None, named}
    if held:
        # the country named is where they live (never Japan here): the check is asked again with that fact
        parsed.slots.pop("nationality")
        parsed.slots.setdefault("residing_in_japan", False)

