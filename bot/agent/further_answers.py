"""The asks of a calculator message beyond its calculation, answered: the findings of the tool's result the message
also asks about, the finding that answers a further ask, and the quotes under the supporting quote for each other
asking part (with their reference translation into the reply's language).

The analyzer and the sentence selector come with the Turn.
"""

from __future__ import annotations

from typing import Any

from bot.agent import compose
from bot.agent.steps import Plan, Turn
from bot.contracts import SearchResult


def asked_findings(plan: Plan, result: dict[str, Any], turn: Turn, already: list[str]) -> list[str]:
    """The findings of the calculator's result that the message also asks about (tasks.yaml ``asked_findings``: pack
    act -> finding codes), each in its template's words: "…18 care staff, how many trainees? do the office staff and
    nurses count too?" is answered by the quota and by the rule the tool applied on who is counted. What ``already``
    says (the answer, its assumptions) is not said again."""
    task = turn.tasks[plan.intent] if plan.intent in turn.tasks else None
    understander = turn.understander
    pack = understander.pack(plan.lang) if understander is not None else None
    if task is None or pack is None or not task.asked_findings:
        return []
    codes = [code for act, codes in task.asked_findings.items() if pack.act(act, plan.user_text) for code in codes]
    out: list[str] = []
    for finding in result.get("findings") or []:
        key = f"finding.{finding.get('code')}" if isinstance(finding, dict) else ""
        if finding.get("code") in codes and turn.r.has(key, plan.lang):
            text = turn.say(key, p=finding.get("params") or {}, r=result)
            if text and text not in out and not any(text in said for said in already):
                out.append(text)
    return out



def further_findings(plan: Plan, result: dict[str, Any], turn: Turn, already: list[str]) -> list[str]:
    """Each further ask (``Plan.further``) that a finding of the calculator's result answers: the finding (in the
    catalog's English words) that shares most of the ask's own terms and concepts, those the rest of the message does
    not use, two of them, or one when the ask asks for a value ("what is the condition to stay excellent, some % of
    points?" -> both organizations excellent, the share of the self-assessment points; "how many hours of safety and
    health work?" -> the minimum share of each category), in the reply's words, beside what the documents' passages quote for it. One word of any rule is
    not enough ("how do we submit the application?"); a finding ``already`` said answers nothing new."""
    analyzer = getattr(turn.selector, "analyzer", None)
    types = compose.selector_types(turn.selector)
    if not plan.further or analyzer is None or not hasattr(analyzer, "analyze"):
        return []
    findings: list[tuple[str, set[str]]] = []
    for finding in result.get("findings") or []:
        code = finding.get("code") if isinstance(finding, dict) else None
        key = f"finding.{code}"
        if not code or not turn.r.has(key, "en") or not turn.r.has(key, plan.lang):
            continue
        params = finding.get("params") or {}
        text, shown = turn.r.say(key, "en", p=params, r=result), turn.say(key, p=params, r=result)
        if text and shown and not any(shown in said for said in already):
            findings.append((shown, _terms(analyzer, text)))
    lines: list[str] = []
    for ask in plan.further:
        own = _terms(analyzer, ask["part"]) - _terms(analyzer, plan.user_text.replace(ask["part"], " "))
        best = max(findings, key=lambda f: len(own & f[1]), default=None)
        shared = len(own & best[1]) if best is not None else 0
        value_asked = types is not None and bool(types.classify(ask["part"]).hard)
        if best is not None and (shared >= 2 or (shared and value_asked)) and best[0] not in lines:
            lines.append(best[0])
    return lines



def _terms(analyzer: Any, text: str) -> set[str]:
    """The content tokens and the vocabulary concepts of a text, in any language the vocabulary knows."""
    analysis = analyzer.analyze(text)
    return {*analysis.tokens, *(f"concept:{c}" for c in analysis.concepts)}



def part_quote_lines(plan: Plan, search: SearchResult, further: SearchResult | None, quote: str, analyzer: Any,
                 turn: Turn, cited: list[dict[str, str]], own: dict[str, SearchResult] | None = None) -> str:
    """The lines quoting, under a calculated answer's supporting quote, the unit that answers each further asking part
    of the message ("how much in total? and do I have to buy the flight ticket?"): the asking parts
    that state none of the calculator's values, whose best unit is not the supporting quote (compose.part_quotes);
    ``cited`` grows by each quote's passage; ``own``: each further ask's own search by its query. One asking part:
    nothing (the calculation answers it)."""
    if analyzer is None or not hasattr(analyzer, "asking_parts") or turn.selector is None:
        return ""
    every, asking = analyzer.asking_parts(plan.user_text, unmarked=True)
    if len(asking) < 2 and not plan.further:
        return ""
    from bot.agent.several_asks import points_back_to_values
    # the part the calculator's values were read in is what it answers ("a basic PC course, can that one get certified?")
    reader = turn.understander if turn.understander is not None else turn.english
    answered = set(plan.args).union(*(m["args"] for m in plan.more))
    # the asks searched on their own (Plan.further) are answered from the calculator's passages and their own, never
    # from the calculator's alone ("... 2) can I apply for both at the same time? 3) who decides the company?")
    searched = {f["part"] for f in plan.further} if further is not None else set()
    # (a part a further ask was cut from, "Am I eligible for JIP, and what do I need to get from my university?", is
    # answered by the calculation and that ask's own quote, not quoted whole once more)
    # an ask whether one may apply, beside a computed verdict ("1) am i eligible for METI JIP?"), is the verdict's: the
    # list of every requirement is not quoted for it once more
    tasks = turn.tasks
    verdict = any(name in tasks and tasks[name].verdict for name in [plan.intent, *(m["intent"] for m in plan.more)])
    parts = [_with_background(part, every, asking, turn) for part in asking
             if not set(reader.parse(part).slots) & answered and part not in searched
             and not any(ask in part for ask in searched)
             and not (verdict and reader.parse(part).asks_eligibility and not _asks_a_kind(part, turn))
             and not points_back_to_values(part, _statement_before(part, every, asking), answered,
                                            compose.selector_types(turn.selector), turn)]
    more = [f["part"] for f in plan.further if f["part"] not in parts]
    from bot.agent.several_asks import unmarked
    # a yes/no part gets its own verdict beside its quote (not automatically: a separate application), read with the
    # user's whole message (their self-description)
    found = compose.part_answers(parts, search.passages, turn.selector, [quote], turn.r, turn.lang, plan.user_text)
    unstated: list[str] = []  # the further asks of a value no passage states: each one's "the documents do not state"
    if more and further is not None:
        merged = merge_searches(search, further).passages
        own = own or {}
        for ask in more:
            # each ask from what its own search found first (the calculator's passages would outrank them: "can I
            # apply for both ... at the same time?" beside an eligibility check), else from all the passages
            query = next((f["query"] for f in plan.further if f["part"] == ask), "")
            shown = [quote, *(citation for _, _, citation, _ in found)]
            before = len(found)
            mine = own.get(query)
            ask = unmarked(ask, turn)
            # an ask about what the message described before it (「…講座があります。どちらも対象になりますか。」) is read with it
            # and asks of the calculator's subject: answered from all the passages, as the other parts
            read = _with_background(ask, every, asking, turn) if ask in asking else ask
            answered = (compose.part_answers([ask], mine.passages, turn.selector, shown, turn.r, turn.lang,
                                             plan.user_text) if mine is not None and mine.passages and read == ask
                        else [])
            # (its own search's unit that states nothing it asks, the acceptance period for "which kinds of courses
            # can get certified?", leaves it to all the passages)
            # (a limit's yes/no lead answers a whether-ask, not an ask for a value: "what percentage of the course must
            # be practical?" is not answered by "basic IT courses are excluded", read with the user's basic course)
            value_asked = _asks_a_value(ask, turn)
            answered = [item for item in answered
                        if (item[3] and not value_asked) or compose.states_asked(ask, item[1], turn.selector)]
            if not answered and mine is not None and read == ask and _quoted_already(ask, mine, shown, turn):
                continue  # its own unit is the quote shown ("what do I need to get from my university?")
            programmed = _with_program_searched(ask, query, turn) if read == ask else ask
            if not answered and programmed != ask and mine is not None and mine.passages:
                # an ask naming no program, searched with the calculator's ("technical intern training" before "what
                # share must be required work under the internship system?"), is read with that program too
                answered = [found for found in compose.part_answers([programmed], mine.passages, turn.selector, shown,
                                                                    turn.r, turn.lang, plan.user_text)
                            if found[3] or compose.states_asked(programmed, found[1], turn.selector)]
            ask = read
            found += answered or [item for item in compose.part_answers([ask], merged, turn.selector, shown, turn.r,
                                                                        turn.lang, plan.user_text)
                                  if not (item[3] and value_asked) or compose.states_asked(ask, item[1], turn.selector)]
            if not answered and len(found) == before and value_asked and mine is not None:
                # a value asked beside the calculation that no passage states ("... and when is the application
                # deadline?"): its own answer says the documents do not state it, never nothing at all
                said = compose.compose_knowledge_answer(query, mine, 1, getattr(turn.selector, "analyzer", None),
                                                        None, turn.r, turn.lang, turn.selector,
                                                        context=plan.user_text)
                if not said.answer and said.unstated:
                    unstated.append(said.unstated.split("\n\n")[0])
    lines = []
    for passage, text, citation, verdict in found:
        cited.append({"chunk_id": passage.chunk_id, "quote": citation})
        shown = turn.say("calc.quote_more", quote=text, marker=f"[{len(cited)}]")
        if verdict:
            lines.append(verdict)
        lines.append(with_reference_translation(shown, text, turn, "knowledge.reference_translation.more"))
    said = "\n" + "\n".join(lines) if lines else ""
    return said + "".join(f"\n\n{line}" for line in dict.fromkeys(unstated))



def _asks_a_value(part: str, turn: Turn) -> bool:
    """Whether ``part`` asks for a value (a hard answer type of answer_types.yaml: a number, a share, a date)."""
    types = compose.selector_types(turn.selector)
    return types is not None and bool(types.classify(part).hard)



def _statement_before(part: str, every: list[str], asking: list[str]) -> str:
    """The part of the message just before ``part`` when it asks nothing (what "can this one ...?" points back to)."""
    at = every.index(part) if part in every else 0
    return every[at - 1] if at and every[at - 1] not in asking else ""



def _asks_a_kind(part: str, turn: Turn) -> bool:
    """Whether ``part`` asks for a kind of answer (answer_types.yaml: "what kinds of courses can be certified?" asks
    for a list), not only whether."""
    types = compose.selector_types(turn.selector)
    return types is not None and bool(types.classify(part).types - compose._YES_NO_TYPES)



def _quoted_already(ask: str, own: SearchResult, shown: list[str], turn: Turn) -> bool:
    """Whether the unit ``ask``'s own search finds first is one of the quotes ``shown`` already (or the list holding
    it): the ask is answered, and no other unit is quoted for it."""
    if not own.passages or not hasattr(turn.selector, "answer_units"):
        return False
    selection = turn.selector.answer_units(ask, own.passages, 1)
    if selection.refused or not selection.picked:
        return False
    said = [s.rstrip(" .。") for s in shown if s]
    return any(s and (s in unit or unit.rstrip(" .。") in s) for unit in selection.picked[0][1] for s in said)



def _with_program_searched(ask: str, query: str, turn: Turn) -> str:
    """``ask`` led by the program terms its own search ``query`` was led by (the calculator's program, when the ask
    names none: knowledge_plan.search_query); ``ask`` itself otherwise."""
    understander = turn.understander
    if understander is None or not query or understander.program_of(ask):
        return ask
    program = understander.program_of(query)
    terms = understander.program_terms(program) if program else ""
    if not terms or not query.startswith(f"{terms} "):
        return ask
    return f"{terms} {ask}"



def _with_background(part: str, every: list[str], asking: list[str], turn: Turn) -> str:
    """A part that asks about what the message described before it (「…IT基礎講座と、クラウドセキュリティの講座があります。
    どちらも対象になりますか。」: ``points_back``) read with those statements, so its answer is about them."""
    types = compose.selector_types(turn.selector)
    if types is None or not types.asks_of_background(part) or part not in every:
        return part
    told = [s for s in every[:every.index(part)] if s not in asking]
    return " ".join([*told, part])



def with_reference_translation(shown: str, quote: str, turn: Turn,
                                key: str = "knowledge.reference_translation.first") -> str:
    """A calculator's supporting quote in another language than the reply, followed by its reference translation into
    the reply's language (knowledge/translations/<lang>/, bot/answers/translation.py) as a knowledge answer's quotes
    are, when every piece of it has one and the catalog says how; the quote itself stays as written and cited."""
    from bot.answers.translation import Translations
    from bot.text import detect_language

    responses = turn.r
    if detect_language(quote) == turn.lang or not responses.has(key, turn.lang):
        return shown
    translations = getattr(responses, "translations", None) or Translations.configured()
    text = translations.translate(quote, turn.lang)
    return responses.say(key, turn.lang, quoted=shown, text=text) if text else shown



def merge_searches(first: SearchResult, more: SearchResult) -> SearchResult:
    """The first search's passages, then the new ones of a follow-up search (each chunk once)."""
    seen = {p.chunk_id for p in first.passages}
    extra = [p for p in more.passages if p.chunk_id not in seen]
    return first.model_copy(update={"passages": [*first.passages, *extra]})
