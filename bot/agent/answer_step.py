"""The second step of a turn: the ToolRunner's typed runs turned into the final Reply, for a knowledge question (the
documents' answer, or what they do not say) and for a calculation (its answer, the supporting quote, what it still
needs, and the answers beside it).
"""

from __future__ import annotations

from typing import Any

from bot.agent import compose, nlu
from bot.agent.conversation import DialogueState
from bot.agent.further_answers import (
    asked_findings, further_findings, merge_searches, part_quote_lines, with_reference_translation,
)
from bot.agent.knowledge_plan import (
    is_own_follow_up_search, unstated_subject, unstated_subject_named, with_rule_text,
)
from bot.agent.runner import ToolRun
from bot.agent.search_tool import SEARCH_TOOL_NAME
from bot.agent.several_answers import more_calculator_answers, other_answers, scenario_answers, site_answers
from bot.agent.slot_reading import missing_question
from bot.agent.steps import Plan, Reply, Turn, final
from bot.agent.update_notes import named_update_rows
from bot.contracts import SearchResult


def answer_from_tools(
    plan: Plan, runs: list[ToolRun], max_passages: int, analyzer: Any = None, updates: Any = None,
    turn: Turn | None = None,
) -> Reply:
    turn = turn or Turn()
    reply = _answer_from_tools(plan, runs, max_passages, analyzer, updates, turn)
    if plan.intent == nlu.KNOWLEDGE:
        # a check run beside a knowledge question on the facts the user states (knowledge_plan.beside_checks): its
        # verdict is added only when a stated fact rules them out
        for check in (m for m in plan.more if m.get("beside")):
            run = next((r for r in runs if r.name == check["tool"] and r.ok), None)
            extra = disqualified(check["intent"], check["tool"], run.result if run is not None else None, turn)
            reply.text = knowledge_with_extra(reply.text, extra, reply.refused)
    reply.text = compose.without_repeated_paragraphs(reply.text)
    if plan.intent == nlu.KNOWLEDGE and not reply.refused:
        _keep_the_answered_program(reply, runs, turn)
    if plan.declined:
        reply.refused = True  # the injected request is declined; the factual answer stays beside the refusal
    return reply



def _keep_the_answered_program(reply: Reply, runs: list[ToolRun], turn: Turn) -> None:
    """A question naming no program ("can i apply both online and in person internship?") answered from one program's
    passages: the conversation is about that program from now on, so its words are put before the kept topic (a
    follow-up, "how they decide which company i go?", is searched in it as one after a question naming it is). The
    program of a quoted passage is the one its section heading names (WAASA's "Technical Intern Training System"
    section), else its document's unless the document's title names several (WAASA's other sections: no one program)."""
    understander = turn.understander
    state = reply.state
    if understander is None or not reply.cited or not state.last_topic or understander.program_of(state.last_topic):
        return
    passages = {p.chunk_id: p for run in runs if run.search is not None for p in run.search.passages}
    programs = {understander.program_of(p.section)
                or (p.program if len(understander.programs_named(p.title)) < 2 else "")
                for c in reply.cited for p in [passages.get(c.get("chunk_id", ""))] if p is not None}
    if len(programs) == 1 and (program := programs.pop()):
        terms = understander.program_terms(program)
        if terms:
            state.last_topic = f"{terms} {state.last_topic}"[:300]



def _answer_from_tools(
    plan: Plan, runs: list[ToolRun], max_passages: int, analyzer: Any = None, updates: Any = None,
    turn: Turn | None = None,
) -> Reply:
    turn = turn or Turn()
    lang = plan.lang
    turn.lang = lang
    R = turn.r
    state = DialogueState.from_dict(plan.state)
    search: SearchResult | None = None
    calc: tuple[str, dict[str, Any] | None, str | None] | None = None
    calcs: list[tuple[str, dict[str, Any] | None, str | None]] = []
    search_failed = False
    more_tools = {m["tool"] for m in plan.more}
    further_queries = {f["query"] for f in plan.further}
    further: SearchResult | None = None
    own_searches: dict[str, SearchResult] = {}  # each further ask's own search, by its query
    # a follow-up's own words searched in the previous question's program (knowledge_plan._own_follow_up_search)
    own_follow_up: SearchResult | None = None
    own_query = own_program = ""
    more_runs: dict[str, ToolRun] = {}
    for run in runs:
        ok, payload = run.ok, (run.search if run.search is not None else run.result if run.ok else run.error)
        if run.name == SEARCH_TOOL_NAME and further_queries and run.args.get("query") in further_queries:
            search_failed = search_failed or not ok
            if ok and isinstance(payload, SearchResult) and payload.relevant:
                further = payload if further is None else merge_searches(further, payload)
                own_searches[run.args["query"]] = payload
        elif run.name == SEARCH_TOOL_NAME and ok and isinstance(payload, SearchResult) \
                and is_own_follow_up_search(plan, run.args):
            own_follow_up, own_query, own_program = payload, run.args["query"], run.args["program"]
        elif run.name == SEARCH_TOOL_NAME:
            search_failed = search_failed or not ok  # the index could not be searched (StoreUnavailableError)
            if ok and isinstance(payload, SearchResult):
                search = payload if search is None else merge_searches(search, payload)
        elif run.name in more_tools and run.name not in more_runs:
            more_runs[run.name] = run
        else:
            calc = (run.name or plan.intent, run.result if run.ok else None, run.error)
            calcs.append(calc)
    # the other people's checks are the last calls (``Plan.others``); the user's own is the one before them
    other_calcs = calcs[len(calcs) - len(plan.others):] if plan.others and len(calcs) > len(plan.others) else []
    if other_calcs:
        calcs = calcs[:len(calcs) - len(other_calcs)]
        calc = calcs[-1]
    prefix = plan.prefix + "\n\n" if plan.prefix else ""

    if plan.follow_up:
        lead = turn.say("calc.need_more")
        if search is not None and search.relevant and search.passages:
            composed = compose.compose_knowledge_answer(plan.query, search, max_passages, analyzer, updates, R, lang,
                                                        turn.selector, context=plan.context)
            if composed.answer:
                return final(f"{prefix}{lead}\n\n{composed.answer}", state, follow_up=plan.follow_up,
                             cited=composed.citations(), lang=lang)
        return final(f"{prefix}{lead}", state, follow_up=plan.follow_up, lang=lang)

    if plan.intent == nlu.KNOWLEDGE:
        if own_follow_up is not None and (search is None or own_follow_up.relevant):
            # the follow-up's own search leads when it finds anything relevant, and its words choose the units (the
            # program's words before them pick those repeating its name); else the search with them, whose relevance
            # they lift ("who gives me the laptop?" alone names nothing of the program)
            # (the search with the program's words adds only that program's passages: "and which jobs can move up from
            # No.1 to the No.2?" after a Specified Skilled Worker question is never answered by another program's list
            # of fields, which its own words would pick)
            search = own_follow_up if search is None else merge_searches(
                own_follow_up, _of_program(search, own_program))
            plan.query = own_query
        if search is None and search_failed:
            # the documents were not read at all: say so, never "the documents don't say"
            return final(prefix + turn.say("refuse.store_unavailable"), state, refused=True, lang=lang)
        # each ask joined with another in one sentence, or asked after the first (Plan.further): its own unit when the
        # answer does not quote it
        searched = [f for f in plan.further if f["query"] in own_searches]
        # (an ask searched by a calculator's rule query is answered by what that query asks: ``reads``)
        parts = [(f.get("reads", f["part"]), own_searches[f["query"]].passages) for f in searched]
        lists = frozenset(f["part"] for f in plan.further if f.get("list"))
        context = plan.user_text or plan.context
        # the later items of asks listed in order, each its own: answered when the first (the one searched for the
        # answer) is not (the whole message's refusal is of all its asks)
        items = [(f.get("reads", f["part"]), own_searches[f["query"]].passages) for f in searched if f.get("item")]

        def later_items(text: str) -> "compose.Composed | None":
            """The refusal's first paragraph (what the first ask lacks) with each later item answered by its own unit
            (what it says is closest to the first is left out: it may be the unit a later ask is answered by); None
            when no later item is answered."""
            said = text.split("\n\n")[0]
            later = compose.with_part_answers(compose.Composed(answer=said), items, turn.selector, R, lang, context,
                                              lists=lists)
            return later if later.answer != said else None

        def each_ask_answered() -> "compose.Composed | None":
            """The answer of a message of joined asks (``Plan.further``, every one searched on its own) whose whole,
            read as one ask, asks what no unit states (「受付期間の初日と最終日、それから添付書類を郵送で出す場合の期限の考え方を
            確認させてください」 read whole as asking for an address): the first ask's own answer, each later ask's own
            unit under it. None when an ask is not answered by its own search (the refusal of the whole stands)."""
            if len(parts) < 2 or len(searched) != len(plan.further) or items:
                return None
            answers = [compose.compose_knowledge_answer(f["query"], own_searches[f["query"]], max_passages, analyzer,
                                                        updates, R, lang, turn.selector, context=plan.context)
                       for f in searched]
            if not all(answer.answer for answer in answers):
                return None
            return compose.with_part_answers(answers[0], parts[1:], turn.selector, R, lang, context, lists=lists)

        if search is None or not search.relevant or not search.passages:
            if plan.rule_text:  # the rule book answers what the documents do not
                return final(prefix + plan.rule_text, state, lang=lang)
            if search is not None and search.passages and named_update_rows(plan.query, updates, R):
                # what changed after the documents, of a program named ("will that program still exist in 2028?"):
                # the update rows answer however weakly the rest of the message matched
                composed = compose.compose_knowledge_answer(plan.query, search, max_passages, analyzer, updates, R,
                                                            lang, turn.selector, context=plan.context)
                if composed.answer and not composed.cited:
                    return final(prefix + composed.answer, state, lang=lang)
            # (naming the subject no document states that every ask is about: "How do I file my tax return?")
            text = compose.not_found_answer(plan.query, search, R, lang, unstated_subject_named(
                plan.query, lang, search.passages if search is not None else [], turn))
            if (later := later_items(text)) is not None:  # the first ask is not found: the later asks still answered
                return final(prefix + later.answer, state, cited=later.citations(), lang=lang)
            return final(prefix + text, state, refused=True, lang=lang)
        pack = turn.understander.pack(lang) if turn.understander is not None else None
        # every ask about a subject the documents never mention (the first by name, each later one by a word that
        # points back to it: "can I bring my wife and kids? does the visa help cover them?"): declined whole
        # (a later ask its own search found nothing for is declined too when no unit quoted names what it asks of:
        # 「…何か月目以降なんでしょうか？あと、入国時点での日本語能力の要件も…」; unless only the update rows answer it, "Is it
        # being abolished? What replaces it?")
        # every ask of a subject no document states (bringing family along: 「妻と子どもを連れて行けますか」), named by its
        # pack act (knowledge_plan.unstated_subject) though a side word ("dependent visa") matches a document
        subject = unstated_subject(plan.query, lang, [*search.passages, *(p for r in own_searches.values()
                                                                              for p in r.passages)], turn)
        if subject is not None and not search_failed:
            declined = compose.subject_unmentioned(plan.query, search, *subject, turn.selector, R, lang)
            if declined is not None:
                return final(prefix + with_rule_text(declined.unstated, plan.rule_text), state, refused=True,
                             cited=declined.citations(), lang=lang)
        # some asks about a subject no document states beside asks the documents answer ("What is the age limit? And do
        # interns pay income tax on the support funds?"): each answered ask gets its answer, each unstated one is said
        if not search_failed and (split := _answered_beside_unstated_subjects(
                plan, own_searches, max_passages, analyzer, updates, turn, context, lists)) is not None:
            return final(prefix + with_rule_text(split.answer, plan.rule_text), state, cited=split.citations(),
                         lang=lang)
        whole = compose.unmentioned_subject(
            plan.query, search,
            [(f["part"], own_searches[f["query"]].passages if f["query"] in own_searches else []) for f in plan.further],
            turn.selector, R, lang, lambda part: pack is not None and pack.act("refers_back", part))
        if whole is not None and not search_failed and (
                len(searched) == len(plan.further) or not named_update_rows(plan.query, updates, R)):
            if plan.rule_text:  # the rule book answers what no document names ("do staff of our branch abroad count?")
                return final(prefix + _rule_answer(whole.unstated, plan.rule_text), state, cited=whole.citations(),
                             lang=lang)
            return final(prefix + with_rule_text(whole.unstated, plan.rule_text), state, refused=True,
                         cited=whole.citations(), lang=lang)
        composed = compose.compose_knowledge_answer(plan.query, search, max_passages, analyzer, updates, R, lang,
                                                    turn.selector, context=plan.context,
                                                    own_passages=[p for _, ps in parts for p in ps])
        composed = compose.with_part_answers(composed, parts, turn.selector, R, lang, context, lists=lists)
        if not composed.answer:  # the passages are on topic but do not state what was asked
            if plan.rule_text and not composed.unstated:
                return final(prefix + plan.rule_text, state, lang=lang)
            if (by_asks := each_ask_answered()) is not None:
                return final(prefix + with_rule_text(by_asks.answer, plan.rule_text), state, cited=by_asks.citations(),
                             lang=lang)
            text = composed.unstated or compose.refusal(turn.say("refuse.amount_not_stated"), responses=R, lang=lang)
            # asks in order whose first is not stated ("…次の2点を教えてください：制度ができた年、最長の実習期間。"): the
            # first says so, each later one is still answered by its own unit
            if (later := later_items(text)) is not None:
                return final(prefix + with_rule_text(later.answer, plan.rule_text), state, cited=later.citations(),
                             lang=lang)
            # each other ask the documents do not answer either is said to be unstated too (「…締め切りはいつですか？合否の
            # 結果はいつごろ届きますか？」: the refusal names the deadline, the results' date is no less unstated)
            text = unstated_asks(text, plan, search, own_searches, max_passages, analyzer, updates, turn)
            if plan.rule_text:  # the rule book says what the documents do not: it answers, their closest line after it
                return final(prefix + _rule_answer(text, plan.rule_text), state, cited=composed.citations(), lang=lang)
            return final(prefix + text, state, refused=True, cited=composed.citations(), lang=lang)
        return final(prefix + with_rule_text(composed.answer, plan.rule_text), state, cited=composed.citations(),
                     lang=lang)

    if calc is None:
        return final(prefix + turn.say("calc.failed"), state, refused=True, lang=lang)
    name, result, error = calc
    if result is None:
        field_name = _field_in_error(error or "", plan.intent, turn)
        if field_name:
            state.slots.get(plan.intent, {}).pop(field_name, None)
            state.asked = [field_name]
            state.intent = plan.intent
            question = compose.follow_up_question([field_name], R, lang)
            return final(prefix + compose.compose_tool_error(name, error or "", R, lang), state, follow_up=question,
                         lang=lang)
        return final(prefix + compose.compose_tool_error(name, error or "unknown error", R, lang), state, lang=lang)

    lone = next((f for f in plan.further if f.get("only")), None)
    if lone is not None and not other_calcs:
        return _lone_ask_answer(plan, lone, own_searches.get(lone["query"]), name, result, max_passages, analyzer,
                                updates, turn, prefix, state)
    reply = compose.compose_tool_reply(name, result, plan.assumptions, plan.args, R, lang,
                                       percent_plan=plan.percent_plan, plan_unit=plan.plan_unit, claims=plan.claims)
    answer = reply.answer
    details = reply.details
    if plan.scenarios and len(calcs) == len(plan.scenarios) and all(c[1] is not None for c in calcs):
        answer = scenario_answers(plan, calcs, turn)
    elif plan.sites:
        answer = site_answers(plan, calcs, answer, turn)
    answer = "\n\n".join([answer, *asked_findings(plan, result, turn, [answer, *plan.assumptions])])
    # a further ask the calculator's own result answers ("... what is the condition to stay excellent?": the rule the
    # tool applied) gets that finding, beside what the documents quote for it
    answer = "\n\n".join([answer, *further_findings(plan, result, turn, [answer, *plan.assumptions])])
    if other_calcs:
        answer = "\n\n".join([turn.say("calc.person_self") + "\n\n" + answer,
                               *other_answers(plan, other_calcs, turn)])
    more_answers, more_details = more_calculator_answers(plan, more_runs, turn)
    answer = "\n\n".join([answer, *more_answers])
    details = "\n\n".join(d for d in [details, *more_details] if d)
    cited: list[dict[str, str]] = []
    if search is not None and search.relevant and search.passages and _documented(result):
        # one supporting sentence (not a whole list): the tool's result is the answer, this shows where
        # the rule is written; the user's own words pick it first ("I live in Japan" -> the residence rule)
        deciding = _deciding_rule_texts(result)
        # (then the passage of the case computed, tasks.yaml context ``quote``: a general occupation's quota is shown
        # by the footnote on who counts, never by nursing care's limit)
        task = turn.tasks[plan.intent] if plan.intent in turn.tasks else None
        cases = task.context.quote_queries(plan.args) if task is not None and task.context is not None else []
        queries = [*deciding, *cases, " ".join([*plan.about_user, plan.user_text]), plan.query]
        found = (turn.selector.supporting_quote(queries, search.passages) if turn.selector is not None
                 else compose.best_quote(queries, search.passages, analyzer))
        if found:
            top, quote = found
            # the message's one ask a yes/no the documents answer by a limit ("do the 4 trainees count as full-time
            # employees?" beside the headcount): its answer leads, before the computed figures
            lead = _limit_lead_of_lone_yes_no(plan, search, analyzer, turn)
            answer = f"{lead}\n\n{answer}" if lead else answer
            answer += "\n\n" + with_reference_translation(turn.say("calc.quote", quote=quote), quote, turn)
            cited.append({"chunk_id": top.chunk_id, "quote": quote})
            notes = compose.date_notes([top], updates, turn.r, turn.lang)
            answer += part_quote_lines(plan, search, further, quote, analyzer, turn, cited, own_searches)
            if notes:  # what changed since the quoted source: a supporting line under the quote
                answer += "\n\n" + "\n".join(compose.note_line(n, turn.r, turn.lang) for n in notes)
    if not cited and further is not None:
        # no supporting quote (the calculator's search found nothing relevant, or its result needs none: "a basic IT
        # course is excluded"): each further ask is still answered by what its own search found ("1) how big a part
        # must be practical? 2) can our basic Excel course be certified?" -> the 50% rule beside the verdict)
        lines = part_quote_lines(plan, further, further, "", analyzer, turn, cited, own_searches)
        if lines:
            answer += "\n\n" + turn.say("calc.quote_further") + lines
    # a further ask about a subject no document states ("... And do we have to withhold income tax for them?") is said
    # to be unstated, naming it, never left without a word
    unstated = _unstated_further_asks(plan, search, own_searches, analyzer, turn)
    if unstated:
        answer = with_rule_text(answer, "\n\n".join(unstated))
    follow_up = None
    task = turn.tasks[plan.intent] if plan.intent in turn.tasks else None
    decided = task is not None and task.verdict is not None and result.get(task.verdict) not in (None, "unknown")
    if task is not None and task.follow_up and result.get(task.follow_up) and not decided:
        # the tool says what it still needs; a decided verdict ("you cannot apply") asks nothing it could not change
        missing = _still_missing(task, result, state)
        for slot in plan.unread:
            if slot not in missing:
                missing.insert(0, slot)
        if missing:
            state.asked = missing
            state.intent = task.name
            follow_up = missing_question(task, missing, turn)
            problems = " ".join(turn.say(f"number_error.{reason}", text=raw, slot=turn.say(f"slot.{slot}"))
                                for slot, (raw, reason) in plan.unread.items())
            if problems:
                follow_up = f"{problems}\n\n{follow_up}"
    # a computation asked for (the task's required figures given) that the tool declines (a case it does not cover, no
    # limit named instead): the reply is a refusal. Asked without the figures ("can the table be used for 育成就労?"),
    # the reply saying it cannot is the answer
    asked = task is not None and all(plan.args.get(slot) is not None for slot in task.required)
    declined = asked and any(result.get(field) in values for field, values in task.declines.items())
    return final(prefix + answer, state, follow_up=follow_up, cited=cited, details=details, lang=lang,
                 refused=declined)



def unstated_asks(text: str, plan: Plan, search: SearchResult, own_searches: dict[str, SearchResult],
                  max_passages: int, analyzer: Any, updates: Any, turn: Turn) -> str:
    """The refusal ``text`` of a knowledge message (what its whole does not state) with a line for each further ask
    (``Plan.further``) that the documents do not answer either, naming the ask (its own search found nothing relevant,
    or what it found does not state what it asks), after the refusal's first paragraph. An ask whose own refusal is the
    one ``text`` says already (the first ask, read whole) adds nothing; an ask its own search answers is left alone."""
    lines: list[str] = []
    lead = text.split("\n\n")[0]
    if not turn.r.has("knowledge.unstated_ask", turn.lang):
        return text
    for ask in plan.further:
        own = own_searches.get(ask["query"])
        if own is not None and own.passages:
            composed = compose.compose_knowledge_answer(ask["query"], own, max_passages, analyzer, updates, turn.r,
                                                        turn.lang, turn.selector, context=plan.context)
            if composed.answer or not composed.unstated:
                continue  # answered by its own search
            if composed.unstated.split("\n\n")[0] == lead:
                continue  # the refusal says it already
        elif ask is plan.further[0] and len(plan.further) > 1:
            continue  # the first ask is what the whole message's refusal is read as
        pack = turn.understander.pack(turn.lang) if turn.understander is not None else None
        part = compose.asked_words(ask["part"], pack.acts.get("ask_opening") if pack is not None else None)
        line = turn.say("knowledge.unstated_ask", ask=part)
        if part and line not in lines:
            lines.append(line)
    if not lines:
        return text
    head, _, rest = text.partition("\n\n")
    return "\n\n".join(x for x in (head, "\n".join(lines), rest) if x)


def _unstated_further_asks(plan: Plan, search: SearchResult | None, own_searches: dict[str, SearchResult],
                           analyzer: Any, turn: Turn) -> list[str]:
    """For each ask of a calculator message beside the calculation about a subject no document states (a tax, bringing
    family along: knowledge_plan.unstated_subject), the line saying the documents do not mention it, named by the
    user's words: each further ask (``Plan.further``, read against its own search), and each other asking part of the
    message (read against the calculator's search: "Can I apply for JIP? Also can I bring my wife?"); none for a lone
    ask (it is answered as the message's own: _lone_ask_answer)."""
    if any(ask.get("only") for ask in plan.further):
        return []
    asks = [(ask["part"], own_searches.get(ask["query"]) or SearchResult(query=ask["query"])) for ask in plan.further]
    if analyzer is not None and hasattr(analyzer, "asking_parts"):
        asks += [(part, search or SearchResult(query=part)) for part in analyzer.asking_parts(plan.user_text,
                                                                                              unmarked=True)[1]
                 if not any(part in ask or ask in part for ask, _ in asks)]
    lines = [_unmentioned_line(part, own, subject, turn) for part, own in asks
             for subject in [unstated_subject(part, turn.lang, own.passages, turn)] if subject is not None]
    return list(dict.fromkeys(line for line in lines if line))



def _unmentioned_line(part: str, own: SearchResult, subject: tuple[str, list[str]], turn: Turn) -> str:
    """The line saying the documents do not mention the ask ``part``'s ``subject`` (knowledge_plan.unstated_subject),
    named by the user's words: the first paragraph of its refusal; "" when the catalog has no name for it."""
    declined = compose.subject_unmentioned(part, own, *subject, turn.selector, turn.r, turn.lang)
    return declined.unstated.split("\n\n")[0] if declined is not None and declined.unstated else ""



def _answered_beside_unstated_subjects(plan: Plan, own_searches: dict[str, SearchResult], max_passages: int,
                                      analyzer: Any, updates: Any, turn: Turn, context: str,
                                      lists: frozenset[str]) -> "compose.Composed | None":
    """The answer of a message of several asks (``Plan.further``, each searched on its own) of which some are about a
    subject no document states (knowledge_plan.unstated_subject: a tax, bringing family along) and the others are each
    answered by their own search: the first answered ask's answer, each later answered ask's unit under it, then for
    each unstated ask the line saying the documents do not mention its subject (named by the user's words), before the
    closing notes. None when no ask, or every ask, is about such a subject, or an other ask is not answered (the
    message is answered or refused whole, as before)."""
    searched = plan.further
    if len(searched) < 2:
        return None
    R, lang = turn.r, turn.lang
    # (an ask whose own search found nothing relevant is read against no passage: nothing names its subject)
    owns = [own_searches.get(f["query"]) or SearchResult(query=f["query"]) for f in searched]
    subjects = [unstated_subject(f["part"], lang, own.passages, turn) for f, own in zip(searched, owns)]
    if all(subjects) or not any(subjects):
        return None
    answered: list[tuple[dict[str, Any], compose.Composed]] = []
    unstated: list[str] = []
    for ask, subject, own in zip(searched, subjects, owns):
        if subject is not None:
            line = _unmentioned_line(ask["part"], own, subject, turn)
            if not line:
                return None
            unstated.append(line)
            continue
        if not own.relevant or not own.passages:
            return None
        composed = compose.compose_knowledge_answer(ask["query"], own, max_passages, analyzer, updates, R, lang,
                                                    turn.selector, context=plan.context)
        if not composed.answer:
            return None
        answered.append((ask, composed))
    first = answered[0][1]
    rest = [(ask.get("reads", ask["part"]), own_searches[ask["query"]].passages) for ask, _ in answered[1:]]
    composed = compose.with_part_answers(first, rest, turn.selector, R, lang, context, lists=lists)
    # (each unstated line after the quotes and before the closing notes, where a rule-book statement goes)
    composed.answer = with_rule_text(composed.answer, "\n\n".join(dict.fromkeys(unstated)))
    return composed



def _rule_answer(unstated: str, rule_text: str) -> str:
    """The rule book's statement answering what the documents do not state, in place of the refusal's first paragraph
    (that the documents do not say it, and whom to ask); the refusal's closest quote and notes after it."""
    return "\n\n".join([rule_text, *unstated.split("\n\n")[1:]])



def _limit_lead_of_lone_yes_no(plan: Plan, search: SearchResult, analyzer: Any, turn: Turn) -> str:
    """The yes/no answer of a calculator message whose only ask is a yes/no that no claim of the plan states (it asks
    no figure: "We have 30 full-time staff and 4 technical intern trainees. Do the 4 trainees count as full-time
    employees?") when a limit the retrieved passages state answers it (compose's limit lead: "No: the documents
    exclude technical intern trainees ..."), read with the whole message as what the user says of themselves; ""
    otherwise (the calculation answers the message)."""
    if plan.claims or plan.further or plan.more or plan.scenarios or analyzer is None \
            or not hasattr(analyzer, "asking_parts"):
        return ""
    asking = analyzer.asking_parts(plan.user_text, unmarked=True)[1]
    if len(asking) != 1:
        return ""
    read = turn.read(asking[0])
    if read.intents or read.asks_eligibility or set(read.slots) & set(plan.args):
        return ""  # the ask names the calculation or states its values: the computed figures answer it
    lead, _ = compose.limit_lead(asking[0], [], search.passages, turn.r, turn.lang, context=plan.user_text)
    return lead



def _lone_ask_answer(plan: Plan, ask: dict[str, Any], own: SearchResult | None, name: str, result: dict[str, Any],
                     max_passages: int, analyzer: Any, updates: Any, turn: Turn, prefix: str,
                     state: DialogueState) -> Reply:
    """The answer of a message whose one ask is a knowledge question beside facts the user states about themselves
    (several_asks.lone_knowledge_ask: "I am from Egypt, 30, N3 ... What is the exact application deadline?"): the
    documents' answer to the ask (or that they do not state it: a refusal), then the check's verdict only when a
    stated fact rules the user out (a student living in Osaka hears the residence rule beside the documents list)."""
    R, lang = turn.r, turn.lang
    told = " ".join(plan.user_text.replace(ask["part"], " ").split())
    composed = (compose.compose_knowledge_answer(ask["query"], own, max_passages, analyzer, updates, R, lang,
                                                 turn.selector, context=told)
                if own is not None and own.relevant and own.passages else None)
    refused = composed is None or not composed.answer
    if composed is not None and composed.answer:
        text = composed.answer
    elif composed is not None and composed.unstated:
        text = composed.unstated
    else:
        text = compose.not_found_answer(ask["query"], own, R, lang)
    text = knowledge_with_extra(text, disqualified(plan.intent, name, result, turn), refused)
    return final(prefix + text, state, refused=refused, cited=composed.citations() if composed is not None else [],
                 lang=lang)



def disqualified(intent: str, name: str, result: dict[str, Any] | None, turn: Turn) -> str:
    """The short statement of what rules the user out (responses ``tool.<name>.disqualified``) when the check's verdict
    (tasks.yaml ``verdict``) is no; "" otherwise."""
    task = turn.tasks[intent] if intent in turn.tasks else None
    key = f"tool.{name}.disqualified"
    if result is None or task is None or not task.verdict or result.get(task.verdict) != "no" \
            or not turn.r.has(key, turn.lang):
        return ""
    return " ".join(turn.say(key, r=result).split())



def knowledge_with_extra(answer: str, extra: str, refused: bool = False) -> str:
    """A knowledge answer with ``extra`` after its quotes and before their closing notes; a refusal gets it after its
    reason (before what the bot can answer)."""
    if not extra:
        return answer
    if refused:
        reason, _, rest = answer.partition("\n\n")
        return "\n\n".join(x for x in (reason, extra, rest) if x)
    return with_rule_text(answer, extra)



def _documented(result: dict[str, Any]) -> bool:
    """Whether the documents can support the result with a quote: not when the calculator did not compute (a case
    outside its table) and the rules its findings name cite no document (construction's cap comes from secondary
    sources; any passage quoted beside it would be about something else)."""
    if result.get("computed") is not False:
        return True
    named = {rule_id for f in result.get("findings") or [] if isinstance(f, dict) for rule_id in f.get("rule_ids") or []}
    return any(r.get("doc_ids") for r in result.get("rules_used") or [] if isinstance(r, dict) and r.get("id") in named)



def _deciding_rule_texts(result: dict[str, Any]) -> list[str]:
    """Texts of the rules behind a failed criterion (the quote should show the rule that decided)."""
    failed = {c.get("rule_id") for c in result.get("criteria") or [] if isinstance(c, dict) and c.get("verdict") == "no"}
    return [str(r.get("text") or "") for r in result.get("rules_used") or []
            if isinstance(r, dict) and r.get("id") in failed]



def _field_in_error(error: str, intent: str, turn: Turn) -> str | None:
    if intent not in turn.tasks:
        return None
    for slot in turn.tasks[intent].all_slots:
        if slot in error:
            return slot
    return None



def _still_missing(task: Any, result: dict[str, Any], state: DialogueState) -> list[str]:
    """The task's slots its tool lists as still needed ("slot: explanation" items), plus the slots asked
    together with them (tasks.yaml `ask_with`) that are not known yet."""
    known = state.slots.get(task.name, {})
    missing: list[str] = []
    for item in result.get(task.follow_up) or []:
        slot = str(item).split(":", 1)[0].strip()
        if slot in task.all_slots and slot not in missing:
            missing.append(slot)
    for slot in list(missing):
        for other in task.ask_with.get(slot, []):
            if known.get(other) is None and other not in missing:
                missing.append(other)
    return missing


def _of_program(search: SearchResult, program: str) -> SearchResult:
    """``search`` with only the passages of ``program`` (all of them when none is)."""
    kept = [p for p in search.passages if p.program == program]
    return search.model_copy(update={"passages": kept}) if kept else search
