"""Answer composition for the built-in policy: extractive answers from passages, and refusals. The tool-result
answers and follow-up questions (tool_reply.py) and the "as of" notes (update_notes.py) live in their own modules;
compose offers their names to its callers as before.

Every number in a composed answer is copied from a retrieved passage or a tool result; nothing here
knows a rule value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any, Callable

from bot.agent.responses import default_responses

# the notes and the tool replies live in their own modules; compose offers them to its callers as before
from bot.agent.tool_reply import (  # noqa: F401
    ASSUMED_SUFFIX,
    GROUPS,
    ToolAnswer,
    assumed_findings,
    compose_tool_answer,
    compose_tool_error,
    compose_tool_reply,
    describe_args,
    follow_up_question,
    tool_title,
)
from bot.agent.update_notes import (  # noqa: F401
    MAX_NOTES,
    Note,
    asked_updates,
    date_notes,
    note_line,
    passage_notes,
    passage_programs,
    row_notes,
)
from bot.answers.focus import FocusCheck
from bot.answers.quoting import in_list
from bot.contracts import Passage, SearchResult
from bot.rules import UpdateRule, UpdateRules
from bot.text import has_cjk, rx
from bot.text.dates import month_number
from bot.text.sentences import split_sentences


def capabilities(responses: Any = None, lang: str = "en") -> str:
    responses = responses or default_responses()
    return responses.say("capabilities", lang)


def examples(responses: Any = None, lang: str = "en") -> str:
    responses = responses or default_responses()
    return responses.say("examples", lang)


@dataclass
class Composed:
    answer: str
    cited: list[Passage] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    quotes: list[str] = field(default_factory=list)  # per cited passage: the text the answer quotes from it
    # The documents do not state what was asked (the answer is then empty): ``unstated`` says so and quotes
    # the closest thing they say (from ``cited``).
    refused: bool = False
    unstated: str = ""

    def citations(self) -> list[dict[str, str]]:
        return [{"chunk_id": p.chunk_id, "quote": q} for p, q in zip(self.cited, self.quotes)]


def pick_sentences(
    query: str, passages: list[Passage], max_passages: int = 3, analyzer: Any = None
) -> list[tuple[Passage, list[str]]]:
    """The whole units that answer, per passage (best first); empty when the documents do not state what is
    asked (bot/answers/select.py ranks them)."""
    from bot.agent.selection import LexicalSentenceSelector

    return LexicalSentenceSelector(analyzer).answer_sentences(query, passages, max_passages)


def best_quote(queries: list[str], passages: list[Passage], analyzer: Any = None) -> tuple[Passage, str] | None:
    """One supporting sentence for a calculated answer (bot/answers/select.py)."""
    from bot.agent.selection import LexicalSentenceSelector

    return LexicalSentenceSelector(analyzer).supporting_quote(queries, passages)


def answer_types(responses: Any) -> Any:
    """The answer types the response catalog carries (its knowledge folder's), the repository's when it has none."""
    types = getattr(responses, "answer_types", None)
    if types is None:
        from bot.answers.types import AnswerTypes

        types = AnswerTypes.load()
    return types


def _with_asked_notes(notes: list[str], asked: list[UpdateRule], updates: UpdateRules | None, as_of: str | None,
                      responses: Any, lang: str) -> list[str]:
    """The notes of the rows the question asks about first (whether or not a cited passage brings them), then
    the others; at most MAX_NOTES."""
    if not asked or updates is None:
        return notes
    first = row_notes(asked, updates, as_of, responses, lang)
    rest = [n for n in notes if not any(f"`{row.id}`" in n for row in asked)]
    return (first + rest)[:MAX_NOTES]


def _update_answer(asked: list[UpdateRule], updates: UpdateRules, passages: list[Passage], responses: Any,
                   lang: str) -> Composed:
    """A question the documents do not answer but an update row does ("is the technical intern program being
    cancelled?"): the row's note, cited as the row and marked as an update from outside the documents."""
    as_of = next((p.as_of for p in passages if p.as_of), None)
    notes = row_notes(asked, updates, as_of, responses, lang)[:MAX_NOTES]
    answer = responses.say("knowledge.update_answer", lang, note=notes[0])
    if len(notes) > 1:
        answer += "\n\n" + "\n".join(note_line(n, responses, lang) for n in notes[1:])
    return Composed(answer=answer, cited=[], notes=notes, quotes=[])


def compose_knowledge_answer(
    query: str, result: SearchResult, max_passages: int = 3, analyzer: Any = None,
    updates: UpdateRules | None = None, responses: Any = None, lang: str = "en", selector: Any = None,
    context: str = "", own_passages: list[Passage] | None = None,
) -> Composed:
    """An extractive answer, answer first: the best whole unit opens the reply as one plain sentence with its
    citation marker, at most MAX_SUPPORT supporting lines follow (further quoted units, then date notes).

    When the question asks for something no retrieved unit states (a date, an amount, a phone number ...),
    ``answer`` is empty and ``refused`` is set; ``unstated`` then says that the documents do not state it and
    quotes the closest thing they do say (its passage is in ``cited``). ``context``: the user's whole message
    when the query leaves part of it out (a self-description before the question), for the yes/no leads.
    ``own_passages``: what the asks' own searches found besides (the way a yes/no of a way is answered with).
    """
    from bot.agent.selection import LexicalSentenceSelector

    selector = selector if selector is not None else LexicalSentenceSelector(analyzer)
    responses = responses or default_responses()
    # the search answered the message without its off-topic questions (the weather beside the age limit): so is
    # the quote chosen, and the reply names what it leaves out
    searched = _without(query, result.left_out)
    if hasattr(selector, "answer_units"):
        selection = selector.answer_units(searched, result.passages, max_passages)
        picked, refused, closest, missing = selection.picked, selection.refused, selection.closest, selection.missing
        kinds, values, asked = selection.ask.kinds, selection.values, selection.ask.types
        hard = selection.ask.hard
        period = getattr(selection, "period", None)
        unmentioned = getattr(selection, "unmentioned", None)
        answers = list(getattr(selection, "answers", ()))
    else:  # a selector that only knows the protocol: nothing picked means nothing stated
        picked = selector.answer_sentences(searched, result.passages, max_passages)
        refused, closest, missing, kinds, values, asked = not picked, [], (), {}, [], frozenset()
        hard = frozenset()
        period = unmentioned = None
        answers = []
    picked = _distinct_units(picked)
    asked_rows = asked_updates(query, result.passages, updates, responses)
    if asked_rows and updates is not None and any(row.answers for row in asked_rows) and _only_updates_asked(
            query, responses):
        # a row that answers asked (the new system's own facts, whether the program still exists after its
        # replacement) and nothing else: the documents describe the system before it, the update answers (the rows
        # that answer first)
        asked_rows = sorted(asked_rows, key=lambda row: not row.answers)
        return _update_answer(asked_rows, updates, result.passages, responses, lang)
    if refused or not picked:
        if asked_rows and updates is not None:  # what changed after the documents: the update answers
            return _update_answer(asked_rows, updates, result.passages, responses, lang)
        return _unstated(closest, missing, kinds, updates, responses, lang, unmentioned)
    if unmentioned is None and result.left_out and hasattr(selector, "left_out"):
        unmentioned = selector.left_out(result.left_out, result.passages, picked)
    # a verdict is drawn from the named program's passages only (a JIP question never gets Technical Intern
    # Training's restriction)
    other = (selector.other_program_passages(searched, result.passages)
             if hasattr(selector, "other_program_passages") else set())
    # a question whether what the documents say is still so ("14 industries: is 14 still the number now?") asks
    # what changed since (the update row's note answers it), not whether a limit the passage states holds
    still = bool(asked_rows) and answer_types(responses).asks_still_current(query)
    lead_kinds: list[str] = []
    yes_no_lead, picked = (("", picked) if still else
                           limit_lead(query, picked, result.passages, responses, lang, context,
                                       off=[result.passages[i] for i in other], found_kinds=lead_kinds))
    unmentioned = _without_answered_words(unmentioned, lead_kinds, _limits(selector, responses))
    from bot.answers.limits import EXCLUDE_OWN

    if EXCLUDE_OWN in lead_kinds:
        # the user's own kind answered by an exclusion ("I am a local government official. Can our city host a JIP
        # intern?" -> they cannot host): the verdict answers what was asked, no word of it is left unmentioned
        unmentioned = None
    if yes_no_lead and not still:
        picked = _with_way_stated(asked, hard, picked, [*result.passages, *(own_passages or [])], responses,
                                  way_asked=_asks_way(query, responses))
        more, picked = _other_yes_no_leads(query, yes_no_lead, picked, result.passages, responses, lang, context,
                                           [result.passages[i] for i in other])
        yes_no_lead = ("" if lang == "ja" else " ").join([yes_no_lead, *more])
    yes_no_lead = yes_no_lead or _alternative_lead(query, picked, responses, lang)
    before = {u for _, units in picked for u in units}
    picked = _with_each_way(query, picked, [*result.passages, *(own_passages or [])], responses)
    # (each way answers the ask: kept however many notes the reply carries)
    answers += [u for _, units in picked for u in units if u not in before]
    cited: list[Passage] = []
    quotes: list[str] = []
    lines: list[str] = []
    for passage, units in picked:
        cited.append(passage)
        quotes.append(_citation_quote(units))
        key = "knowledge.first" if not lines else "knowledge.more"
        label = _program_label(passage, units, analyzer or getattr(selector, "analyzer", None))
        label = responses.glossary.name(label, lang) if label and hasattr(responses, "glossary") else label
        shown = _shown(passage, units, answer_types(responses))
        lines.append(_quoted(responses, key, lang, shown, f"[{len(cited)}]", label))
    as_of = cited[0].as_of if cited else None
    notes = _with_asked_notes(date_notes(cited, updates, responses, lang), asked_rows, updates, as_of, responses, lang)
    # at most MAX_SUPPORT supporting lines in all: the notes on what changed since keep their place, fewer
    # further quotes are shown
    keep = 1 + max(0, MAX_SUPPORT - len(notes))
    if len(lines) > keep:
        kept = _kept_lines([" ".join(units) for _, units in picked], hard, keep,
                           getattr(selector, "carried_types", None))
        # a line that answers an ask of its own (each asking part's unit, each type's value) stays beyond the cap:
        # a message of several asks gets each answered
        kept = sorted({*kept, *(i for i, (_, units) in enumerate(picked)
                                if any(a in u or u in a for u in units for a in answers))})
        # the citation markers count the lines shown
        lines = [lines[i].replace(f"[{i + 1}]", f"[{n + 1}]", 1) for n, i in enumerate(kept)]
        cited, quotes = [cited[i] for i in kept], [quotes[i] for i in kept]
        notes = _with_asked_notes(date_notes(cited, updates, responses, lang), asked_rows, updates, as_of,
                                  responses, lang)
    answer = lines[0] + ("\n\n" + "\n".join(lines[1:]) if len(lines) > 1 else "")
    lead = _period_lead(period, picked[0][1], responses, lang) or _value_lead(values, quotes[0], responses, lang)
    if yes_no_lead:  # the yes/no (or scope) answer leads, then the value asked ("how long, and can we?"); the
        # quote's listed terms would add noise
        lead = lead if asked & _VALUE_TYPES else ""
    elif (not lead or "list" in asked) and not (lead and _counted(values)):
        # a question that asks for a value and what is needed or listed ("how long, and what is needed?")
        # gets both: the value, then the listed terms; a count asked ("何分野？") leads with the count alone
        terms = _terms_lead(asked, picked[0][1][:1] if lead else picked[0][1], responses, lang,
                            key="knowledge.terms_lead_more" if lead else "knowledge.terms_lead", question=query)
        lead = " ".join(x for x in (lead, terms) if x)
    lead = " ".join(x for x in (_unmentioned_lead(unmentioned, responses, lang), yes_no_lead, lead) if x)
    if lead:
        answer = lead + "\n\n" + answer
    if still and updates is not None and responses.has("knowledge.still_current_lead", lang):
        # whether what the question states is still so: the row it names answers, before the documents' line
        first = row_notes(asked_rows[:1], updates, as_of, responses, lang)[0]
        answer = responses.say("knowledge.still_current_lead", lang, note=first) + "\n\n" + answer
        notes = [first, *(n for n in notes if f"`{asked_rows[0].id}`" not in n)]
        shown = notes[1:]
    else:
        shown = notes
    if shown:
        answer += "\n\n" + "\n".join(note_line(note, responses, lang) for note in shown)
    return Composed(answer=answer, cited=cited, notes=notes, quotes=quotes)


def _only_updates_asked(query: str, responses: Any) -> bool:
    """Whether every asking sentence of ``query`` asks about an update row (one sentence: it does): a message that
    also asks what the documents state (Tokyo's support beside "is TITP really ending?") is answered from them, the
    update rows' notes first."""
    types = answer_types(responses)
    parts = types.asking_parts(query) if hasattr(types, "asking_parts") else []
    # (no asking part singled out: every sentence asks)
    sentences = [s for part in (parts or [query]) for s in split_sentences(part) if s.strip()]
    return all(types.asked_update_rows(sentence) for sentence in sentences)


def _distinct_units(picked: list[tuple[Passage, list[str]]]) -> list[tuple[Passage, list[str]]]:
    """The picked units with none quoted twice in one reply: a unit picked again (the requirements list chosen for two
    asks of one message), or one another picked unit quotes whole (a list's item beside the list), is left out; a
    passage left with no unit is dropped."""
    every = [unit for _, units in picked for unit in units]
    out: list[tuple[Passage, list[str]]] = []
    kept: list[str] = []
    for passage, units in picked:
        own = []
        for unit in units:
            if unit in kept or any(unit != other and in_list(unit, other) for other in every):
                continue
            own.append(unit)
            kept.append(unit)
        if own:
            out.append((passage, own))
    return out


# the types of an ask that names no value it wants (yes_no in answer_types.yaml: whether something is allowed)
_YES_NO_TYPES = frozenset({"condition"})


def with_part_answers(composed: Composed, parts: list[tuple[str, list[Passage]]], selector: Any, responses: Any,
                      lang: str, context: str = "", lists: frozenset[str] = frozenset()) -> Composed:
    """A knowledge answer with each ask of ``parts`` (the ask, the passages its own search found) that it does not
    quote yet answered by that ask's own unit (two asks joined in one sentence,
    「受付期間と、対象分野を教えてください」: the answer quoted for the whole may state only one), after its quotes
    and before its closing notes. ``lists``: the asks that request a whole list (「…をすべて挙げてください」),
    answered by the unit found on their subject."""
    if not composed.answer or not parts:
        return composed
    cited, quotes = list(composed.cited), list(composed.quotes)
    lines: list[str] = []
    for part, passages in parts:
        # (a unit the answer states already is shown: the ask's own unit beside it is its answer)
        for passage, text, citation, verdict in part_answers([part], passages, selector, [*quotes, composed.answer],
                                                             responses, lang, context, rest=True):
            if text in composed.answer or citation in composed.answer:
                continue  # said already (a unit of the list the answer quotes whole)
            if not verdict and (not states_asked(part, text, selector, whole_list=part in lists)
                                or _values_stated_already(part, text, composed, selector)):
                continue
            cited.append(passage)
            quotes.append(citation)
            if verdict and verdict not in composed.answer:
                lines.append(verdict)
            lines.append(_quoted(responses, "knowledge.more", lang, text, f"[{len(cited)}]"))
    if not lines:
        return composed
    blocks = composed.answer.split("\n\n")
    at = len(blocks)
    while at > 1 and blocks[at - 1].lstrip().startswith("_"):
        at -= 1
    answer = "\n\n".join([*blocks[:at], "\n".join(lines), *blocks[at:]])
    return Composed(answer=answer, cited=cited, notes=composed.notes, quotes=quotes)


def unmentioned_subject(query: str, result: SearchResult, parts: list[tuple[str, list[Passage]]], selector: Any,
                        responses: Any, lang: str, refers_back: Any) -> Composed | None:
    """The refusal of a message whose asks are all about a subject no document mentions: the first ask's own subject
    is mentioned nowhere ("can I bring my wife and our 2 kids?") and each later ask is too, or asks of that same
    subject by a word that points back to it (``refers_back``: "does the visa help also cover them?"): what a side
    word of a later ask matches (the visa help) answers nothing of it. None when the first ask is not such an ask or
    a later one asks of its own, or when the whole message's answer names nothing it leaves unmentioned (a unit
    answers all of it: the relation asked, 「雇用契約を結ぶ関係になるのでしょうか。それとも…手当を払う形ですか？」)."""
    if len(parts) < 2 or not hasattr(selector, "answer_units"):
        return None
    whole = selector.answer_units(_without(query, result.left_out), result.passages, 3)
    if getattr(whole, "unmentioned", None) is None:
        return None
    first: Any = None
    for index, (part, passages) in enumerate(parts):
        selection = selector.answer_units(part, passages, 1) if passages else None
        unmentioned = getattr(selection, "unmentioned", None)
        own = (selection is not None and selection.refused and selection.missing == ("focus",)
               and unmentioned is not None and not unmentioned.partial)
        if index == 0:
            if not own:
                return None
            first = selection
        elif selection is None:
            # a later ask its own search found nothing for (``passages`` empty: 「あと、入国時点での日本語能力の要件も…」 of a
            # program that states none) is answered only by a unit the whole answer quotes that names what it asks of
            # (「会員の中小企業であれば可能でしょうか。」: the small companies of the unit quoted)
            if _names_asked(part, whole.picked, selector):
                return None
        elif not own and not refers_back(part):
            return None
    composed = _unstated(first.closest, first.missing, first.ask.kinds, None, responses, lang, first.unmentioned)
    return composed


def subject_unmentioned(query: str, result: SearchResult, subject: str, words: list[str], selector: Any,
                        responses: Any, lang: str) -> Composed | None:
    """The refusal of a message whose asks are all about a subject no document states (``subject``: the pack act that
    found it, knowledge_plan.unstated_subject; ``words``: the user's words for it): the documents don't mention it
    (responses ``knowledge.subject.<subject>`` names it with the words), for the programs the message names, and the
    closest thing they say. None when the catalog has no name for the subject."""
    key = f"knowledge.subject.{subject}"
    if not responses.has(key, lang):
        return None
    sep = "、" if lang == "ja" else ", "
    what = responses.say(key, lang, words=sep.join(words))
    analyzer = getattr(selector, "analyzer", None)
    about = ""
    if analyzer is not None and hasattr(analyzer, "analyze"):
        from bot.answers.focus import surface

        named = [u for u in analyzer.analyze(query).units if u.document]
        about = " ".join(dict.fromkeys(w for u in named for w in surface(query, u, analyzer)))
    closest: list[tuple[Passage, list[str]]] = []
    if hasattr(selector, "answer_units") and result.passages:
        selection = selector.answer_units(_without(query, result.left_out), result.passages, 1)
        closest = (selection.picked or selection.closest or [])[:1]
    return _unstated(closest, (), {}, None, responses, lang, FocusCheck(missing=(what,), about=about))


def _names_asked(part: str, picked: list[tuple[Passage, list[str]]], selector: Any) -> bool:
    """Whether a unit of ``picked`` names a vocabulary concept the ask ``part`` names (true when either names none,
    or no analyzer reads them: nothing says the ask is left unanswered)."""
    analyzer = getattr(selector, "analyzer", None)
    if analyzer is None or not hasattr(analyzer, "analyze"):
        return True
    asked = set(analyzer.analyze(part).concepts)
    if not asked:
        return True
    return any(asked & set(analyzer.analyze(unit).concepts) for _, units in picked for unit in units)


def selector_types(selector: Any) -> Any:
    """The answer-type catalog of ``selector``'s unit ranker (None for a selector without one)."""
    return getattr(getattr(selector, "ranker", None), "types", None)


def _values_stated_already(part: str, text: str, composed: Composed, selector: Any) -> bool:
    """Whether the unit ``text`` found for an ask of a value (a length, a date, an amount ...) states only values of the
    asked type that the answer's quotes state already ("How long can a trainee stay?" beside a quoted "The maximum
    period is 5 years": a further unit "up to five years (limited to ...)" adds only a condition no one asked)."""
    types = selector_types(selector)
    if types is None or not hasattr(types, "stated_values"):
        return False
    ask = types.classify(part)
    if not ask.types - _YES_NO_TYPES:
        return False
    own = {repr(v) for v in types.stated_values(ask, text)}
    shown = {repr(v) for quote in composed.quotes for v in types.stated_values(ask, quote)}
    return bool(own) and own <= shown


def states_asked(part: str, text: str, selector: Any, whole_list: bool = False) -> bool:
    """Whether a unit ``text`` found for the ask ``part`` states a type it asks for: a unit that only shares words with
    the ask states nothing of what it asks ("which kinds of courses can get certified?" -> the acceptance period). An
    ask of no type or a whether-allowed one ("may I apply for both?", 「どこで作業するのでしょう？」) is answered by the
    unit found on its subject."""
    types = selector_types(selector)
    carried = getattr(selector, "carried_types", None)
    if types is None or carried is None:
        return True
    asked = types.classify(part).types
    # (an ask for a whole list, ``whole_list``: a unit is a list by its shape, no words show it, so the unit found on the
    # ask's subject is its answer, "List all the places WAASA visited in December 2019.")
    checked = asked - _YES_NO_TYPES - ({"list"} if whole_list else set())
    has = carried(text)
    # (a kind of the type asked, a percentage for "what percentage of the course must be practical?", is stated only
    # by a unit its own patterns find: any number, "2. Courses covered", is no share)
    specs = getattr(types, "types", None)
    ask = types.classify(part)
    for name, named in (getattr(ask, "kinds", None) or {}).items():
        spec = specs.get(name) if isinstance(specs, dict) else None
        kinds = [k for k in getattr(spec, "kinds", ()) if k.name in named and k.unit]
        if name in has and kinds and not any(p.search(text) for k in kinds for p in k.unit):
            has = has - {name}
    # (a list of what exists asked, 「東京の…受け入れを支援している仕組みは？」, is answered in part by a unit that names one
    # of them, "Tokyo has established the “Tokyo WorkNet.”")
    return not checked or bool(has & asked) or (checked == {"list"} and "name" in has)


def part_quotes(parts: list[str], passages: list[Passage], selector: Any, shown: list[str]
                ) -> list[tuple[Passage, str, str]]:
    """Beside a calculated answer, each asking part it does not cover ("... and do I have to buy the flight
    ticket?", "what kinds of courses can be certified?") gets the answer selection run on it: its best unit is
    quoted (passage, text shown, citation quote), the list's lead with an item; a part no unit answers, or whose
    unit is already quoted (``shown``: the supporting quote), adds nothing."""
    return [(passage, text, citation) for passage, text, citation, _ in part_answers(parts, passages, selector, shown)]


def part_answers(parts: list[str], passages: list[Passage], selector: Any, shown: list[str], responses: Any = None,
                 lang: str = "en", context: str = "", rest: bool = False) -> list[tuple[Passage, str, str, str]]:
    """``part_quotes`` with each part's own verdict: a yes/no part answered by a limit the documents state ("あと、
    認定されると受講者は教育訓練給付金を自動的に受けられるんでしょうか" -> not automatically, a separate application)
    gets the sentence that answers it (``knowledge.limit.<kind>``, as a knowledge answer's lead) and its limiting unit
    quoted (passage, text shown, citation quote, verdict); without ``responses`` no verdict is read."""
    out: list[tuple[Passage, str, str, str]] = []
    if not hasattr(selector, "answer_units"):
        return out
    seen = [s for s in shown if s]
    for part in parts:
        selection = selector.answer_units(part, passages, 1)
        if (selection.refused or not selection.picked) and responses is None:
            continue
        # (a yes/no part whose own words no unit states, "will our students automatically get the benefit?", is
        # still answered by a limit on what it names)
        lead, picked = (limit_lead(part, [] if selection.refused else selection.picked[:1], passages, responses,
                                    lang, context)
                        if responses is not None else ("", selection.picked))
        if not lead and (selection.refused or not selection.picked):
            continue
        if lead and any(picked[0][1][0] in s or s in picked[0][1][0] for s in seen):
            # the limiting unit (first) is quoted already (the calculator's supporting quote): the answer says it
            if selection.refused or not selection.picked:
                continue
            lead, picked = "", selection.picked
        passage, units = picked[0]
        # (an ask for the whole list, "what kinds of courses can be certified?", is answered by its other items)
        types = selector_types(selector)
        whole = types is not None and "list" in types.classify(part).types
        units = _items_not_shown(passage, units, seen, part, None if whole else getattr(selector, "analyzer", None))
        if not units:
            continue  # the list's item that answers the part is quoted already
        if lead:
            units = [u for u in units if not any(u in s or s in u for s in seen)]
        elif any(u in s or s in u for u in units for s in seen):
            # a unit quoted already: the part is answered by it (the calculator's supporting quote); beside a knowledge
            # answer (``rest``) the units not quoted yet answer it ("Internship destinations are decided ..." quoted,
            # "Applicants are welcome to apply for both ..." not)
            units = [u for u in units if not any(u in s or s in u for s in seen)] if rest else []
            if not units:
                continue
        text = _shown(passage, units, selector_types(selector) or answer_types(responses))
        seen.extend(units)
        out.append((passage, text, _citation_quote(units), lead))
        if responses is not None and not lead:
            # a method asked between two ways (②申請方法（電子申請のみか、書類の郵送も可能か）): each way's unit too
            for other, more in _with_each_way(part, [(passage, list(units))], passages, responses)[1:]:
                more = [u for u in more if not any(u in s or s in u for s in seen)]
                if more:
                    seen.extend(more)
                    out.append((other, _shown(other, more, selector_types(selector) or answer_types(responses)),
                                _citation_quote(more), ""))
            extra = [u for p, ts in _with_each_way(part, [(passage, list(units))], passages, responses)[:1]
                     for u in ts[len(units):] if not any(u in s or s in u for s in seen)]
            if extra:
                seen.extend(extra)
                out.append((passage, _shown(passage, extra, selector_types(selector) or answer_types(responses)),
                            _citation_quote(extra), ""))
    return out


def _items_not_shown(passage: Passage, units: list[str], seen: list[str], part: str = "",
                     analyzer: Any = None) -> list[str]:
    """A list of which an item is shown already (the supporting quote "Pre-training for interns", beside a part asking
    whether the company must provide the PC): its other items, so the part's own item is quoted and the shown one is
    not repeated; ``units`` unchanged otherwise. When the shown item is the one that shares most of ``part``'s terms
    (the student's documents quoted, "what do I need to get from my university?"), the part is answered: nothing."""
    from bot.answers.quoting import passage_units
    from bot.answers.units import ITEM, LIST

    own = passage_units(passage)
    said = [s.rstrip(" .。") for s in seen]  # (a quote ends its item with a full stop the list's item lacks)
    out: list[str] = []
    for text in units:
        at = next((i for i, u in enumerate(own) if u.kind == LIST and u.text == text), None)
        if at is None or not any(s in text and s != text for s in said):
            out.append(text)
            continue
        items = [u.text for u in own if u.kind == ITEM and u.parent == at]
        others = [t for t in items if not any(t in s or s in t for s in said)]
        # (only the first quote shown, the calculator's supporting one, answers the part so; a quote another part
        # got, the PC beside "who pays the flight ticket?", does not)
        first = [t for t in items if said and (t in said[0] or said[0] in t)]
        if part and analyzer is not None and hasattr(analyzer, "analyze") and first:
            # (the document's own name, "Japan Internship Program" leading an ask searched with it, tells no item)
            asked = _terms_of(analyzer, part) - _terms_of(analyzer, passage.title)
            best = max(len(asked & _terms_of(analyzer, t)) for t in items)
            if best and all(len(asked & _terms_of(analyzer, t)) < best for t in items if t not in first):
                return []
        out += others
    return out or units


def _terms_of(analyzer: Any, text: str) -> set[str]:
    """The content tokens and vocabulary concepts of ``text``."""
    analysis = analyzer.analyze(text)
    return {*analysis.tokens, *(f"concept:{c}" for c in analysis.concepts)}


def _kept_lines(texts: list[str], hard: frozenset[str], keep: int,
                carried_types: Callable[[str], set[str]] | None = None) -> list[int]:
    """The indexes of the ``keep`` quoted lines a reply shows: the first, then those that state an asked (hard)
    type no line kept so far states (each asking part's value: the year a system started beside its maximum
    period), then the others, each group in the order picked. ``carried_types``: the answer types a text
    carries (the selector's); without it the first ``keep`` lines are shown."""
    if not hard or carried_types is None:
        return list(range(keep))
    carried = [carried_types(text) & hard for text in texts]
    kept = [0]
    covered = set(carried[0])
    for i in range(1, len(texts)):
        if len(kept) < keep and carried[i] - covered:
            kept.append(i)
            covered |= carried[i]
    kept += [i for i in range(1, len(texts)) if i not in kept][: keep - len(kept)]
    return sorted(kept)


# Asked types whose value a lead states beside a yes/no answer ("最長何年？普通の会社でもいける？").
_VALUE_TYPES = frozenset({"date", "duration", "amount"})


# Supporting lines after the quote that answers (further quotes and notes together): the reply stays one
# sentence that answers and a few lines that support it.
MAX_SUPPORT = 3


def limit_lead(
    query: str, picked: list[tuple[Passage, list[str]]], passages: list[Passage], responses: Any, lang: str,
    context: str = "", off: list[Passage] | None = None, found_kinds: list[str] | None = None,
) -> tuple[str, list[tuple[Passage, list[str]]]]:
    """A yes/no question ("can X ...", 〜できますか) answered by a limit the documents state on X (an exclusion,
    a restriction, a step needed separately: bot/answers/limits.py): the sentence that answers it in the reply's
    language, naming X, and the picked quotes with the limiting unit first (it is added when it was not quoted).
    ``context`` is the user's whole message (their self-description: "we are an industry association", "not
    excellent"), read with the question for what the user is or lacks. ``off``: the passages about another
    program than the question names; no limit is read from them.
    ("", picked) when the question asks no yes/no, no unit limits what it asks about, or the catalog cannot say it."""
    from bot.answers.limits import UNMET, Limits
    from bot.answers.asks import asked_text
    from bot.answers.quoting import passage_units
    from bot.answers.units import SENTENCE

    question = asked_text(query)
    glossary = getattr(responses, "glossary", None)
    limits = Limits.load(glossary=glossary)
    if not limits.may_answer(question):  # a yes/no, or a which / what naming an excluded item
        return "", picked
    context = asked_text(context) if context else ""
    quoted = {text for _, units in picked for text in units}
    off = off or []
    order: list[tuple[Passage, str]] = [(p, t) for p, units in picked for t in units if all(p is not o for o in off)]
    for passage in [p for p, _ in picked] + [p for p in passages if all(p is not q for q, _ in picked)]:
        if all(passage is not o for o in off):
            order += [(passage, u.text) for u in passage_units(passage) if u.kind == SENTENCE]
    found = limits.find(question, [t for _, t in order], quoted, context)
    key = f"knowledge.limit.{found.kind}" if found else ""
    if found is None or not responses.has(key, lang):
        return "", picked
    if lang == "ja":
        x = "・".join(found.x_ja) or found.x
        with_ = "・".join(found.with_ja) or found.with_
        if glossary is not None:  # named as the user wrote it too (中華人民共和国（中国）)
            x, with_ = glossary.as_asked(x, question), glossary.as_asked(with_, question)
    else:
        x, with_ = found.x, found.with_
    bound = asked = ""
    if found.bound is not None and found.asked is not None:  # a date the question states against a stated bound
        bound, asked = (_render_value(v, responses, lang) for v in (found.bound, found.asked))
        key = f"{key}_met" if found.met else key
        if not (bound and asked) or not responses.has(key, lang):
            return "", picked
    # (the act asked of an excluded user, "host", "apply": said in the reply's language; taking part when none is named)
    verb = responses.say(f"knowledge.limit.verb.{found.verb or 'participate'}", lang) \
        if responses.has(f"knowledge.limit.verb.{found.verb or 'participate'}", lang) else ""
    lead = responses.say(key, lang, x=x, with_=with_, bound=bound, asked=asked, verb=verb)
    instead = limits.unmet_instead(found.x) if found.kind == UNMET else ""
    instead = f"knowledge.limit.unmet_instead.{instead}" if instead else ""
    if instead and responses.has(instead, lang):
        # a requirement the user lacks ("we're a normal company"): what the rule book gives them instead follows the no
        lead = ("" if lang == "ja" else " ").join([lead, responses.say(instead, lang)])
    if found_kinds is not None:
        found_kinds.append(found.kind)
    # the limiting unit answers: its passage is quoted first, with it (added when it was not quoted)
    passage = next(p for p, t in order if t == found.unit)
    rest = [(p, units) for p, units in picked if p is not passage]
    own = next((units for p, units in picked if p is passage), [])
    if not any(found.unit in text for text in own):
        own = [found.unit, *own]
    return lead, [(passage, own), *rest]


# the types of a way of doing something (how an application is made): a yes/no of a way answered by a limit also
# quotes the way the documents state
_WAY_TYPES = ("procedure",)


def _asks_way(query: str, responses: Any) -> bool:
    """Whether the question asks whether a way of doing it is allowed, or between two ways (answer_types.yaml
    ``yes_no.way_ask``: 「紙の書類を郵送する形でも可能でしょうか、それとも電子申請のみでしょうか」), whatever answer type its
    words name."""
    from bot.answers.asks import asked_text
    from bot.answers.limits import Limits

    limits = Limits.load(glossary=getattr(responses, "glossary", None))
    return hasattr(limits, "asks_way") and limits.asks_way(asked_text(query))


def _with_way_stated(asked: frozenset[str], hard: frozenset[str], picked: list[tuple[Passage, list[str]]],
                     passages: list[Passage], responses: Any, way_asked: bool = False
                     ) -> list[tuple[Passage, list[str]]]:
    """A yes/no whether a way of doing it is allowed (「申請書類を紙で郵送して出すのはOK？」, "is it OK to send the
    application on paper by post?": the way is asked, not required), answered by a limit (only the attachments may
    be posted): the way the documents state (the unit the way's type prefers, "file an application ... using the
    e-Gov Electronic Application System") is quoted after the limiting unit when no picked unit states it."""
    from bot.answers.quoting import passage_units
    from bot.answers.units import SENTENCE

    types = answer_types(responses)
    if not picked or not hasattr(types, "preferred"):
        return picked
    for name in _WAY_TYPES:
        # (a way asked by its words, "郵送する形でも可能でしょうか", is the way's type asked whatever the others)
        if (name not in asked and not way_asked) or name in hard or name not in getattr(types, "types", {}):
            continue
        if any(types.preferred(name, text) for _, units in picked for text in units):
            continue
        found = next(((p, u.text) for p in [*(q for q, _ in picked), *passages] for u in passage_units(p)
                      if u.kind == SENTENCE and types.preferred(name, u.text)), None)
        if found is None:
            continue
        passage, text = found
        if any(p is passage for p, _ in picked):
            picked = [(p, [*units, text] if p is passage else units) for p, units in picked]
        else:
            picked = [picked[0], (passage, [text]), *picked[1:]]
    return picked


def _with_each_way(query: str, picked: list[tuple[Passage, list[str]]], passages: list[Passage], responses: Any
                   ) -> list[tuple[Passage, list[str]]]:
    """A method asked between two ways ("how is it submitted - online or on paper?", 電子申請のみか、書類の郵送も可能か:
    answer_types.yaml ``way_alternatives``): the unit of each way the documents state (the e-Gov application, the
    attachments sent by post) is quoted, each after the passage's units or as a passage of its own; only from the
    passages of the program the first quote is of. Unchanged for any other question."""
    from bot.answers.asks import asked_text
    from bot.answers.quoting import passage_units

    types = answer_types(responses)
    if not picked or not hasattr(types, "asks_between_ways") or not types.asks_between_ways(asked_text(query)):
        return picked
    program = picked[0][0].program
    for way in getattr(types, "way_units", ()):
        if any(way.search(text) for _, units in picked for text in units):
            continue
        found = next(((p, u.text) for p in [*(q for q, _ in picked), *passages] if p.program == program
                      for u in passage_units(p) if way.search(u.text)), None)
        if found is None:
            continue
        passage, text = found
        if any(text in u or u in text for _, units in picked for u in units):
            continue
        if any(p is passage or p.chunk_id == passage.chunk_id for p, _ in picked):
            picked = [(p, [*units, text] if (p is passage or p.chunk_id == passage.chunk_id) else units)
                      for p, units in picked]
        else:
            picked = [*picked, (passage, [text])]
    return picked


def _other_yes_no_leads(
    query: str, lead: str, picked: list[tuple[Passage, list[str]]], passages: list[Passage], responses: Any,
    lang: str, context: str, off: list[Passage],
) -> tuple[list[str], list[tuple[Passage, list[str]]]]:
    """Two yes/no asks in one message ("is it automatically eligible for the MHLW benefit? And can our basic
    course be certified?") each get their own lead: the lead of each other asking sentence, read alone (the whole
    message's lead answers one of them), with its limiting unit quoted in its passage (added after the units of a
    passage the answer quotes; a unit of a passage it does not quote gives no lead)."""
    from bot.answers.asks import asked_text

    asking = _asking_sentences(asked_text(query), responses)
    if len(asking) < 2:
        return [], picked
    leads: list[str] = []
    for sentence in asking:
        own, own_picked = limit_lead(sentence, picked, passages, responses, lang, context, off=off)
        if not own or own == lead or own in leads:
            continue
        quoted = {t for _, units in picked for t in units}
        added = [(p, t) for p, units in own_picked for t in units if t not in quoted]
        if any(all(p is not q for q, _ in picked) for p, _ in added):
            continue  # its limiting unit is in a passage the answer does not quote
        picked = [(p, [*units, *(t for q, t in added if q is p)]) for p, units in picked]
        leads.append(own)
    return leads, picked


def _period_lead(period: Any, units: list[str], responses: Any, lang: str) -> str:
    """When the question asks for the entries of the same month (year, day) as one it names, one sentence in
    the reply's language naming that date and how many entries the quote lists for it; nothing otherwise."""
    if period is None or len(units) < 2 or not responses.has("knowledge.same_period", lang):
        return ""
    when = _render_value(period, responses, lang)
    return responses.say("knowledge.same_period", lang, when=when, n=len(units)) if when else ""


def _value_lead(values: list[Any], quote: str, responses: Any, lang: str) -> str:
    """When the quote is in another language than the reply, one sentence in the reply's language that states
    what the quote says of the asked type (a year, a date or range of dates, a period, an amount, a count, a
    share, a phone number, an office, an address), read from the quote itself; nothing when the catalog has no
    such sentence for ``lang`` or a value cannot be read. Values of several asked types (an age range and the date
    it is counted at) are each stated with what they are, or none is (never one ask's value alone)."""
    from bot.text import detect_language

    source = detect_language(quote)
    if not values or source == lang or not responses.has("knowledge.value_lead", lang):
        return ""
    shown = [_lead_value(value, responses, lang) for value in values]
    if not all(shown):
        return ""
    groups: list[tuple[Any, list[str]]] = []
    for value, text in zip(values, shown):
        if groups and groups[-1][0].type == value.type:
            groups[-1][1].append(text)
        else:
            groups.append((value, [text]))
    name_key = f"knowledge.language.{source}"
    language = responses.say(name_key, lang) if responses.has(name_key, lang) else source
    if len(groups) == 1:
        return responses.say("knowledge.value_lead", lang, what=_value_what(values[0], responses, lang),
                             values=shown, language=language)
    if not responses.has("knowledge.value_lead_each", lang) or not responses.has("knowledge.value_part", lang):
        return ""
    parts = [responses.say("knowledge.value_part", lang, what=_value_what(first, responses, lang), values=texts)
             for first, texts in groups]
    return responses.say("knowledge.value_lead_each", lang, parts=parts, language=language)


def _value_what(value: Any, responses: Any, lang: str) -> str:
    """What a stated value is, in the reply's language (日付, 年齢, 連絡先), by its render, else its type."""
    key = next((k for k in (f"knowledge.value_what.{value.render}", f"knowledge.value_what.{value.type}")
                if responses.has(k, lang)), "")
    return responses.say(key, lang) if key else ""


def _lead_value(value: Any, responses: Any, lang: str) -> str:
    """One stated value for a lead: a range of two numbers (an age range: ``n`` to ``n2``) through its own
    catalog sentence, every other value as the reply renders it."""
    if "n2" in value.groups:
        key = f"knowledge.value.{value.render}"
        return responses.say(key, lang, n=value.groups["n"], n2=value.groups["n2"]) if responses.has(key, lang) else ""
    return _render_value(value, responses, lang)


def _asking_sentences(question: str, responses: Any) -> list[str]:
    """The sentences of ``question`` that ask (each yes/no or wh-ask of a message, in order)."""
    types = answer_types(responses)
    sentences = [s.strip() for s in rx.split(r"(?<=[?？。])\s*", question) if s.strip()]
    return [s for s in sentences if types.is_question(s)]


def _alternative_lead(query: str, picked: list[tuple[Passage, list[str]]], responses: Any, lang: str) -> str:
    """A yes/no question whether something is needed, answered by one requirement that accepts alternatives
    (a language level, or proficiency in English): "Not necessarily" (``alternative`` in answer_types.yaml,
    ``knowledge.limit.alternative`` in the responses); "" otherwise. Of several asks, the first is read, with
    the first unit quoted (its answer)."""
    from bot.answers.asks import asked_text
    from bot.answers.types import read_answer_types_file

    key = "knowledge.limit.alternative"
    if not picked or not responses.has(key, lang):
        return ""
    spec = (read_answer_types_file(str(_answer_types_path())) or {}).get("alternative") or {}
    question = asked_text(query)
    asking = _asking_sentences(question, responses)
    if len(asking) > 1:
        # several asks ("試験って受けなきゃダメ？あと、2号に進める分野は？"): the first one, answered by the first unit
        question = asking[0]
    elif len(picked[0][1]) != 1:
        return ""
    asks = [p for values in (spec.get("question") or {}).values() for p in values or []]
    if " or " in question.lower() or not any(rx.search(p, question, re.IGNORECASE) for p in asks):
        return ""
    if any(rx.search(p, question, re.IGNORECASE) for p in spec.get("not_yes_no") or []):
        return ""  # "what documents do students need to submit?" asks what, not whether
    unit = picked[0][1][0]
    if not any(rx.search(p, unit, re.IGNORECASE) for p in spec.get("unit") or []):
        return ""
    return responses.say(key, lang)


def _answer_types_path() -> Any:
    from bot.answers.types import DEFAULT_PATH

    return DEFAULT_PATH


def _with_list_lead(passage: Passage, units: list[str]) -> list[str]:
    """Items of one list quoted without it carry the list's lead ("Support for interns: Arrangement of
    round-trip airline tickets"): an item alone does not say what it is an item of."""
    from bot.answers.quoting import passage_units
    from bot.answers.units import ITEM, LIST

    own = passage_units(passage)
    items = [next((u for u in own if u.kind == ITEM and u.text == text), None) for text in units]
    if not units or any(u is None for u in items) or len({u.parent for u in items}) != 1:
        return units
    parent = items[0].parent
    if parent < 0 or own[parent].kind != LIST:
        return units
    lead, colon, _ = own[parent].text.partition(": ")
    lead = lead.strip().rstrip(":：")
    # a short lead names the list ("Support for interns"); a long heading over it adds only words
    if not colon or not lead or len(lead.split()) > 6 or any(u.startswith(lead) for u in units):
        return units
    return [f"{lead}: {units[0]}", *units[1:]]


def _shown(passage: Passage, units: list[str], types: Any) -> str:
    """The quoted units of ``passage`` as shown: items with their list's lead, a short-form term with the sentence that
    names it in full."""
    return _joined(_with_defining_sentence(passage, _with_list_lead(passage, units), types))


def _with_defining_sentence(passage: Passage, units: list[str], types: Any = None) -> list[str]:
    """Quoted units that use a term by its short form ("Obtain forms ... through the System") carry the sentence of the
    passage before them that names it in full ("Please file an application through the following procedures, using
    the e-Gov Electronic Application System."): the short form alone does not say what it is (the patterns are the
    answer types' ``short_form``). ``units`` unchanged when no quoted unit uses such a term, or the quote names it in
    full, or no earlier sentence does (``types``: the repository's catalog when None)."""
    from bot.answers.quoting import passage_units
    from bot.answers.units import SENTENCE

    types = types if types is not None else answer_types(None)
    terms = types.short_form_terms(" ".join(units)) if hasattr(types, "short_form_terms") else []
    if not terms:
        return units
    own = passage_units(passage)
    first = next((i for i, u in enumerate(own) if u.text in units or any(u.text in x for x in units)), None)
    if first is None:
        return units
    for unit in own[:first]:
        if unit.kind == SENTENCE and any(types.full_name(t, unit.text) for t in terms):
            return [unit.text, *units]
    return units


def _joined(units: list[str]) -> str:
    """The quoted units as one text: list items (no closing stop of their own) are separated by "; "."""
    out = ""
    for unit in units:
        if out:
            out += "; " if not rx.search(r"[.!?。！？:;：；”\")）)]\s*$", out) else " "
        out += unit
    return out


def _counted(values: list[Any]) -> bool:
    """Whether the stated values are counts of listed things (14 fields, 85 occupations)."""
    return bool(values) and all(getattr(v, "render", "") == "count" for v in values)


def _terms_lead(asked: frozenset[str], units: list[str], responses: Any, lang: str,
                key: str = "knowledge.terms_lead", question: str = "") -> str:
    """When a list is asked for (or the quote is a list) and the quote is in another language than the reply,
    one sentence in the reply's language that names what the quote lists by the official names of the glossary
    (knowledge/glossary.yaml): 建設、造船・舶用工業 for "construction" and "shipbuilding / ship industry". A list
    is named by its items (not its lead); nothing when no term is known or the catalog has no such sentence."""
    from bot.text import detect_language

    glossary = getattr(responses, "glossary", None)
    text = " ".join(units)
    source = detect_language(text)
    if glossary is None or source == lang or not responses.has(key, lang):
        return ""
    # a list quoted with the exclusion stated after it is named by its own items (the exclusion is quoted)
    types = getattr(responses, "answer_types", None)
    listing = [unit for unit in units if not _excluded_part(unit, types)] or units
    parts = [part for unit in listing for part in _list_items(unit)]
    items = [_item_head(part) for part in parts]
    if items:  # a list is named item by item, each by the terms of its head: every item, or none
        per_item = [glossary.find(item) for item in items]
        if all(per_item) and responses.has("knowledge.terms_example", lang):
            # an item's examples ("IT utilization, e.g., model-based development in the field of automobiles")
            # follow its last term, by their glossary names (IT利活用（例：自動車分野のモデルベース開発）)
            for found, part, head in zip(per_item, parts, items):
                examples = [n for n in glossary.find(_example_tail(part)) if n not in found]
                if examples:
                    found[-1] = responses.say("knowledge.terms_example", lang, term=found[-1], examples=examples)
        names = [] if not all(per_item) else list(dict.fromkeys(n for found in per_item for n in found))
    elif "exclusion" in asked and _excluded_part(text, types) and responses.has("knowledge.excluded_lead", lang):
        # what is left out ("excluding industry associations, non-profit organizations, ..."): the terms of the
        # exclusion alone, said as what is excluded
        names = glossary.find(_excluded_part(text, types))
        key = "knowledge.excluded_lead"
    elif "list" in asked:  # what a sentence lists: its terms, not the organisations, programs or question's terms
        skip = glossary.organisations(text)
        if hasattr(glossary, "programs"):  # a program is no field: named only when the question asks other things
            skip |= glossary.named_in(question) | (glossary.programs() if glossary.asks_kind(question) else set())
        # what the sentence leaves out ("excluding industry associations, ...") is not what it lists
        excluded = _excluded_part(text, types)
        listed = text.replace(excluded, " ") if excluded else text
        names = [name for name in glossary.find(listed) if name not in skip]
    else:
        return ""
    if not names:
        return ""
    name_key = f"knowledge.language.{source}"
    language = responses.say(name_key, lang) if responses.has(name_key, lang) else source
    return responses.say(key, lang, terms=names, language=language)


def _excluded_part(text: str, types: Any = None) -> str:
    """The stretch of a unit that states what is excluded: from the first exclusion word (the ``exclusion``
    type's unit patterns in the knowledge folder's answer_types.yaml, the repository's by default) to the end
    of its parenthesis or sentence."""
    from bot.answers.types import AnswerTypes

    spec = (types or AnswerTypes.load()).types.get("exclusion")
    found = [m for p in (spec.unit if spec else ()) for m in [p.search(text)] if m]
    if not found:
        return ""
    start = min(m.start() for m in found)
    opened = text.rfind("(", 0, start) > text.rfind(")", 0, start)
    end = text.find(")", start) if opened else -1
    if end < 0:
        end = len(text)
    return text[start:end]


def _list_items(unit: str) -> list[str]:
    """The items of a whole list as the unit builder writes it ("Lead: a; b; c."), [] for any other unit."""
    lead, colon, body = unit.partition(": ")
    if not colon or "; " not in body:
        return []
    items, depth, start = [], 0, 0
    for at, ch in enumerate(body):  # "; " inside an item's parentheses does not end the item
        depth += (ch == "(") - (ch == ")")
        if ch == ";" and depth <= 0 and body[at + 1:at + 2] == " ":
            items.append(body[start:at])
            start, depth = at + 2, 0
    items.append(body[start:])
    return [item.strip().rstrip(".") for item in items]


_ITEM_TAIL = re.compile(r"\([^)]{4,}\)?|,?\s+(?:e\.g\.|i\.e\.|(?:including|such as)\b).*$", re.IGNORECASE)


def _example_tail(item: str) -> str:
    """The examples an item gives after "e.g." / "such as" / "including" ("" when it gives none)."""
    match = rx.search(r"\b(?:e\.g\.|such as|including)\s*,?\s*(.*)$", item, re.IGNORECASE)
    return match.group(1) if match else ""


def _item_head(item: str) -> str:
    """What a list item names, without its explanation: "IT utilization, e.g., model-based ..." ->
    "IT utilization"; "Pre-training for interns(Training will cover ...)" -> "Pre-training for interns"."""
    return _ITEM_TAIL.sub("", item).strip(" ,;.")


def _render_value(value: Any, responses: Any, lang: str) -> str:
    """One stated value in the reply's language, by its kind (``value.render``, see knowledge/answer_types.yaml):
    dates through babel's CLDR formats, the rest through the catalog (``knowledge.value.<render>``, unit names
    under ``knowledge.unit``, qualifiers under ``knowledge.qualifier``, counted nouns and office names through
    the glossary). "" when a value cannot be read or the catalog cannot say it."""
    groups = value.groups
    render = value.render or value.type
    if render in ("date", "date_range", "month", "year", "fiscal_year"):
        return _render_date(render, groups, responses, lang)
    key = f"knowledge.value.{render}"
    if not responses.has(key, lang):
        return ""
    context: dict[str, Any] = {"n": groups.get("n", ""), "text": groups.get("text", ""), "unit": "", "noun": ""}
    unit = groups.get("unit", "").lower()
    if unit:
        unit_key = f"knowledge.unit.{unit.rstrip('s')}"
        if not responses.has(unit_key, lang):
            return ""
        context["unit"] = responses.say(unit_key, lang)
    glossary = getattr(responses, "glossary", None)
    noun = groups.get("noun", "")
    if noun:
        context["noun"] = noun if lang == "en" else (glossary.counter(noun) if glossary is not None else "")
    context["case"] = groups.get("case", "")
    if render in ("verbatim", "provider") and glossary is not None:  # names of offices, companies, cases
        context["text"] = glossary.name(context["text"], lang)
        context["case"] = glossary.name(context["case"], lang)
    shown = responses.say(key, lang, **context)
    qualifier = groups.get("qualifier") or groups.get("qualifier_after") or ""
    if qualifier:
        q_key = "knowledge.qualifier." + rx.sub(r"\W+", "_", qualifier.lower()).strip("_")
        if not responses.has(q_key, lang):
            return ""  # "at least 50%" is never stated as a bare 50%
        shown = responses.say(q_key, lang, v=shown)
    return shown


def _day_of(groups: dict[str, str], suffix: str = "") -> Any:
    from datetime import date

    name = groups.get(f"month{suffix}", "")
    number = month_number(name)  # a numbered month (YYYY年M月) or a month name
    month = 1 if number is None else number
    return date(int(groups[f"year{suffix}"]), month, int(groups.get(f"day{suffix}", "1")))


def _render_date(render: str, groups: dict[str, str], responses: Any, lang: str) -> str:
    """A date, a range of dates, a month, a year or a fiscal year in the reply's language (babel's CLDR
    formats; a fiscal year through ``knowledge.value.fiscal_year``)."""
    from babel.dates import format_date, format_skeleton

    try:
        if render == "fiscal_year":
            key = "knowledge.value.fiscal_year"
            return responses.say(key, lang, year=int(groups["year"])) if responses.has(key, lang) else ""
        if render == "year":
            return format_skeleton("y", _day_of(groups), locale=lang)
        if render == "month":
            return format_skeleton("yMMMM", _day_of(groups), locale=lang)
        start = format_date(_day_of(groups), "long", locale=lang)
        if render == "date":
            return start
        end = format_date(_day_of(groups, "2"), "long", locale=lang)
        return responses.say("knowledge.value.date_range", lang, start=start, end=end)
    except (KeyError, ValueError):
        return ""


def _citation_quote(units: list[str]) -> str:
    """The citation shows the longest quoted piece: one contiguous stretch of the document (a list's items
    and a block's label are separate stretches)."""
    pieces = [piece for unit in units for piece in rx.split(r"(?<=[:;])\s+|;\s+", unit)]
    return max(pieces, key=len).rstrip(";.")


def _quoted(responses: Any, key: str, lang: str, quote: str, marker: str, label: str = "") -> str:
    """A quote in the reply's template; a quote in another language than the reply is marked as such, and a
    quote that does not name the program its section is about is labelled with that section's heading.

    A quote in another language is followed by its reference translation into the reply's language when every
    piece of it has one (knowledge/translations/<lang>/, bot/answers/translation.py) and the catalog says how
    (``knowledge.reference_translation.<first|more|closest>``); the quote itself stays as written and cited."""
    from bot.answers.translation import Translations
    from bot.text import detect_language

    source = detect_language(quote)
    position = key.rsplit(".", 1)[-1]
    translations = None
    if label and responses.has(f"{key}_labelled", lang):
        key = f"{key}_labelled"
        translations = getattr(responses, "translations", None) or Translations.configured()
        label = translations.piece(label, lang) or label  # a heading the glossary does not name: its translation
    if source != lang and responses.has(f"{key}_foreign", lang):
        name_key = f"knowledge.language.{source}"
        language = responses.say(name_key, lang) if responses.has(name_key, lang) else source
        quoted = responses.say(f"{key}_foreign", lang, quote=quote, marker=marker, language=language, label=label)
        with_translation = f"knowledge.reference_translation.{position}"
        if not responses.has(with_translation, lang):
            return quoted
        translations = translations or getattr(responses, "translations", None) or Translations.configured()
        text = translations.translate(quote, lang)
        return responses.say(with_translation, lang, quoted=quoted, text=text) if text else quoted
    return responses.say(key, lang, quote=quote, marker=marker, label=label)


def _program_label(passage: Passage, units: list[str], analyzer: Any) -> str:
    """The section heading when it names another program than its document's ("Technical Intern Training
    System" in a page about Specific Skills): the reader learns which program the quote speaks of. Not a
    heading that is a question, nor one the quote already opens with."""
    heading = passage.section.split(">")[-1].strip() if passage.section else ""
    if not heading or heading.endswith(("?", "？")) or analyzer is None or not hasattr(analyzer, "document_concepts"):
        return ""
    if " ".join(units).lower().startswith(heading.lower()):
        return ""
    named = analyzer.document_concepts(heading)
    return heading if named and passage.program not in named else ""


def _without(query: str, parts: list[str]) -> str:
    """The query without the given parts of it (each removed where it occurs; a part not found changes nothing)."""
    for part in parts:
        rest = query.replace(part, " ").strip()
        query = rest if rest else query
    return query


def _limits(selector: Any, responses: Any) -> Any:
    """The yes/no limits the selector holds (read once for its glossary), else the catalog's for the responses'."""
    held = getattr(selector, "limits", None)
    if held is not None:
        return held
    from bot.answers.limits import Limits

    return Limits.load(glossary=getattr(responses, "glossary", None))


def _without_answered_words(unmentioned: Any, kinds: list[str], limits: Any) -> Any:
    """``unmentioned`` without the words the yes/no lead answers (``limits``: "automatic" in "is it automatic or not",
    answered "Not automatically: ... needed separately"): a word the answer says yes or no to is no subject the
    documents leave unmentioned. None when no word is left."""
    if unmentioned is None or not kinds or not unmentioned.missing:
        return unmentioned
    left = tuple(w for w in unmentioned.missing if not any(limits.answered_word(kind, w) for kind in kinds))
    if left == tuple(unmentioned.missing):
        return unmentioned
    return replace(unmentioned, missing=left) if left else None


def _unmentioned_what(unmentioned: Any, responses: Any, lang: str) -> dict[str, str]:
    """The focus terms the documents do not mention, and what they were asked about, in the reply's words."""
    sep = "・" if lang == "ja" else " "
    glossary = getattr(responses, "glossary", None)
    about = unmentioned.about
    if lang == "ja" and about and not has_cjk(about) and glossary is not None:
        about = "・".join(glossary.find(about)) or about
    return {"what": sep.join(unmentioned.missing), "about": about}


def _unmentioned_lead(unmentioned: Any, responses: Any, lang: str) -> str:
    """The quote states part of what was asked: one sentence naming the part the documents do not mention."""
    if unmentioned is None or not unmentioned.missing or not responses.has("knowledge.unmentioned_part", lang):
        return ""
    return responses.say("knowledge.unmentioned_part", lang, **_unmentioned_what(unmentioned, responses, lang))


def _unstated(
    closest: list[tuple[Passage, list[str]]], missing: tuple[str, ...], kinds: dict[str, tuple[str, ...]],
    updates: UpdateRules | None, responses: Any, lang: str, unmentioned: Any = None,
) -> Composed:
    """The documents do not state what was asked: say so, with the closest thing they do say."""
    what = ""
    value = bool(unmentioned is not None and unmentioned.missing and unmentioned.value
                 and responses.has("knowledge.unstated_about", lang))
    if unmentioned is not None and unmentioned.missing and not value and responses.has("knowledge.unmentioned", lang):
        missing = ()
    for type_name in missing:
        for key in [*(f"knowledge.asked.{k}" for k in kinds.get(type_name, ())),
                    f"knowledge.asked.{type_name}"]:
            if responses.has(key, lang):
                what = responses.say(key, lang)
                break
        if what:
            break
    if value:  # the value asked, of a subject the closest quote is not about
        sep = "・" if lang == "ja" else " "
        text = responses.say("knowledge.unstated_about", lang, about=sep.join(unmentioned.missing),
                             what=what or responses.say("knowledge.asked.other", lang))
    elif unmentioned is not None and unmentioned.missing and responses.has("knowledge.unmentioned", lang):
        text = responses.say("knowledge.unmentioned", lang, **_unmentioned_what(unmentioned, responses, lang))
    else:
        text = responses.say("knowledge.unstated", lang, what=what or responses.say("knowledge.asked.other", lang))
    cited: list[Passage] = []
    quotes: list[str] = []
    if closest:
        passage, units = closest[0]
        short = _short_unit(units[0])
        # the citation is document text only: the ellipsis that marks a cut is not part of it
        cited, quotes = [passage], [_citation_quote([short.replace("; …", "")]).rstrip(" …")]
        text += "\n\n" + _quoted(responses, "knowledge.closest", lang, short, "[1]")
    return Composed(answer="", cited=cited, quotes=quotes, refused=True, unstated=text)


# What a refusal quotes of what the documents do say is one short unit: a list's lead with at most this many
# items, or one sentence of at most about this many characters.
CLOSEST_ITEMS = 3
CLOSEST_CHARS = 240


def _short_unit(unit: str) -> str:
    """One short unit of ``unit`` for "the closest they say": a whole list becomes its lead and its first items
    (at most CLOSEST_ITEMS, each its first sentence, all within CLOSEST_CHARS; an ellipsis marks the rest), a
    paragraph its first sentence, and a sentence longer than the limit is cut at a clause boundary (an
    ellipsis marks the cut)."""
    items = _list_items(unit)
    if items:
        lead = unit.partition(": ")[0]
        shown: list[str] = []
        for item in items[:CLOSEST_ITEMS]:
            short = _first_sentence(item, CLOSEST_CHARS // 2)
            if shown and len(lead) + sum(len(x) + 2 for x in shown) + len(short) > CLOSEST_CHARS:
                break
            shown.append(short.rstrip("."))
        return f"{lead}: " + "; ".join(shown) + ("; …" if len(shown) < len(items) else ".")
    return _first_sentence(unit, CLOSEST_CHARS)


def _first_sentence(text: str, limit: int) -> str:
    """The first sentence of ``text``, cut at a clause boundary (marked by an ellipsis) when over ``limit``."""
    first = (split_sentences(text) or [text])[0].strip()
    if len(first) <= limit:
        return first
    cut = max(first.rfind(mark, 0, limit) for mark in (", ", "; ", " ("))
    if cut < limit // 3:
        cut = first.rfind(" ", 0, limit)
    return first[:cut].rstrip(" ,;(") + " …"


def asked_words(part: str, opening: str | None = None) -> str:
    """An ask as the reply quotes it back: its own words without the question mark, the stop or the list mark
    around it, and without the word that joins it to the ask before (``opening``, the pack act ``ask_opening``: "And",
    「あと、」): "2) And when will the results arrive?" -> "when will the results arrive"."""
    bare = rx.sub(r"^\s*(?:[(（]?\d{1,2}[).）]|[\u2460-\u2473]|[-・*])\s*", "", part.strip())
    if opening:
        bare = rx.sub(opening, "", bare, count=1)
    return bare.strip().rstrip("?？.。!！ 、,").strip()


def refusal(reason: str, extra: str = "", responses: Any = None, lang: str = "en") -> str:
    text = reason.strip()
    if extra:
        text += " " + extra.strip()
    return without_repeated_paragraphs(f"{text}\n\n{capabilities(responses, lang)}\n\n{examples(responses, lang)}")


def without_repeated_paragraphs(text: str) -> str:
    """``text`` with each paragraph said once (the first time): a reply never repeats a paragraph, whichever of its
    parts (a refusal, the capabilities, a quote) brought it twice."""
    seen: set[str] = set()
    out: list[str] = []
    for paragraph in text.split("\n\n"):
        key = " ".join(paragraph.split())
        if key and key in seen:
            continue
        seen.add(key)
        out.append(paragraph)
    return "\n\n".join(out)


def not_found_answer(query: str, result: SearchResult | None, responses: Any = None, lang: str = "en",
                     what: str = "") -> str:
    """The refusal of a question the documents say nothing of; ``what`` names the subject no document states that the
    question is about (a tax: knowledge_plan.unstated_subject_named), else it says "that"."""
    responses = responses or default_responses()
    if what and responses.has("refuse.not_found_named", lang) and not (result is not None and result.message):
        return refusal(responses.say("refuse.not_found_named", lang, what=what), responses=responses, lang=lang)
    if result is not None and result.message:
        # the retriever's message is English; its code is said in the reply's language when the catalog has it
        key = f"refuse.search_reason.{result.reason}"
        message = responses.say(key, lang) if result.reason and responses.has(key, lang) else result.message
        reason = responses.say("refuse.search_failed", lang, message=message)
    else:
        reason = responses.say("refuse.not_found", lang)
    return refusal(reason, responses=responses, lang=lang)
