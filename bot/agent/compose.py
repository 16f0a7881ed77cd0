"""Answer composition for the built-in policy: extractive answers from passages, tool-result answers,
follow-up questions, refusals and "as of" notes.

Every number in a composed answer is copied from a retrieved passage or a tool result; nothing here
knows a rule value.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from bot.contracts import Passage, SearchResult
from bot.text import split_sentences as text_sentences
from bot.rules import UpdateRule, UpdateRules

def default_responses() -> Any:
    """The response catalog for callers that pass none: the configured knowledge folder's (BOT_KNOWLEDGE_DIR)
    when it has one, else the repository's. The Bot and the CLI pass their own catalog."""
    global _DEFAULT
    if _DEFAULT is None:
        from pathlib import Path

        from bot.agent.responses import Responses
        from bot.rules import RuleBook
        from bot.settings import Settings

        try:
            root = Path(Settings().knowledge_dir)
        except ValueError:  # an invalid setting is reported where settings are loaded; words still come
            root = Path("")
        if not (root / "responses" / "en.yaml").is_file() or not (root / "rules").is_dir():
            root = Path(__file__).resolve().parents[2] / "knowledge"
        _DEFAULT = Responses(root / "responses", RuleBook.load(root / "rules"))
    return _DEFAULT


_DEFAULT: Any = None


def capabilities(responses: Any = None, lang: str = "en") -> str:
    responses = responses or default_responses()
    return responses.say("capabilities", lang)


def examples(responses: Any = None, lang: str = "en") -> str:
    responses = responses or default_responses()
    return responses.say("examples", lang)


_STOP = set(
    "a an the and or of to in on for with by at from is are was were be been being do does did can could "
    "may might will would shall should must i me my we our you your it its they them their this that these "
    "those what which who whom whose when where why how there here as if than then so such not no yes any "
    "all some about into over under also just only very much many more most other please tell know want "
    "need get got have has had am".split()
)
_WORD = re.compile(r"[a-z0-9][a-z0-9\-']*")


def _stem(word: str) -> str:
    for suffix in ("ations", "ation", "ings", "ing", "ies", "ied", "es", "ed", "s", "ly"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)] + ("y" if suffix in ("ies", "ied") else "")
    return word


def terms(text: str) -> list[str]:
    return [_stem(w.strip("'-")) for w in _WORD.findall(text.lower()) if w not in _STOP and len(w) > 1]


def split_sentences(text: str) -> list[str]:
    """Sentences and list items of a passage, without Markdown markup or the heading-context lines."""
    out: list[str] = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        line = re.sub(r"^(?:[-*•・]\s*|\d+\.\s+|\(\S{1,3}\)\s*)+", "", line).strip()
        line = re.sub(r"\*\*|__", "", line)
        for sentence in _sentences(line):
            sentence = sentence.strip(" -")
            if len(sentence) >= 12:
                out.append(sentence)
    return out


def _sentences(line: str) -> list[str]:
    """Sentences of one line: the toolkit's splitter (pysbd knows "No. 1", "e.g." and Japanese 。)."""
    return text_sentences(line)


_LIST_ITEM = re.compile(r"^(?:[-*•・]\s*|\d+\.\s+|\(\S{1,3}\)\s*)+")


def list_groups(text: str) -> dict[str, tuple[str, list[str]]]:
    """For every line of a list (and its lead line ending in ':' or ';'): the lead and all the items.

    A list answers as a whole ("which fields are covered?"): when one item or the lead is chosen, the
    answer quotes the lead and every item instead of one fragment.
    """
    groups: dict[str, tuple[str, list[str]]] = {}
    lead = ""
    items: list[str] = []

    def close() -> None:
        if items:
            for member in [lead, *items]:
                if member:
                    groups[member] = (lead, list(items))

    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        clean = re.sub(r"\*\*|__", "", _LIST_ITEM.sub("", line)).strip(" -")
        if _LIST_ITEM.match(line):
            items.append(clean)
        else:
            close()
            items = []
            lead = clean if clean.endswith((":", ";")) else ""
    close()
    return groups


_WHEN = re.compile(r"^\s*(?:from |since )?(when|until when|by when|what (?:date|day|time|period)|which (?:date|day|period))\b|"
                   r"\b(deadline|due date|application (?:period|window)|until when)\b", re.I)
_DATE = re.compile(r"\b(january|february|march|april|may|june|july|august|september|october|november|december|"
                   r"(?:19|20)\d\d)\b", re.I)
_HOW_LONG = re.compile(r"\bhow long\b|\b(maximum|max) (?:period|stay|duration)\b", re.I)
_DURATION = re.compile(r"\b\d+\s*(years?|months?|days?)\b|\bindefinite", re.I)
_WHO = re.compile(r"^\s*(who|whom)\b|\b(who (?:should|do|can) i (?:call|contact|ask)|contact|phone|call)\b", re.I)
_ORGANISATION = re.compile(r"\b(Division|Office|Bureau|Ministry|Department|Agency|METI|MHLW)\b|\d{2,4}-\d{3,4}-\d{4}")
_HOW_MANY = re.compile(r"\bhow (many|much)\b|\bwhat (?:percentage|share|number)\b", re.I)
# "Could a basic IT class get certified?", "How does someone qualify for ...?": whether something qualifies
# is decided by a sentence that states a condition or an exclusion.
_QUALIFY = re.compile(r"^\s*(?:can|could|may|would|will|is|are|does|do)\b.*\b(?:certified|eligible|accepted|covered|"
                      r"approved|qualify|count)\b|\bhow (?:do|does|can|could) \w+(?: \w+)? (?:qualify|become eligible)\b",
                      re.I)
_CONDITION = re.compile(r"\b(?:exclud\w*|not eligible|ineligible|not covered|cannot|must|by passing|"
                        r"by (?:successfully )?completing)\b", re.I)


def _answer_type_bonus(query: str, sentence: str) -> float:
    """A 'when' question is answered by a sentence with a date, 'how many' by one with a number, 'does it
    qualify' by one with a condition or an exclusion."""
    if _WHEN.search(query) and _DATE.search(sentence):
        return 3.0
    if _HOW_LONG.search(query) and _DURATION.search(sentence):
        return 3.0
    if _HOW_MANY.search(query) and re.search(r"\d", sentence):
        return 1.5
    if _WHO.search(query) and _ORGANISATION.search(sentence):
        return 1.5
    if _QUALIFY.search(query) and _CONDITION.search(sentence):
        return 1.5
    return 0.0


# A question about an amount of money is answered only by a sentence about the same kind of money: the
# JIP's "3,000 yen per day" support fund does not answer "what salary do trainees get?".
_MONEY_KINDS = {
    "salary": (re.compile(r"\b(salar\w*|wages?|get paid|paid (?:monthly|per|an hour)|earn\w*|income|remuneration)\b", re.I),
               re.compile(r"\b(salar\w*|wages?|remuneration|pay(?:ment)?|earn\w*)\b", re.I)),
    "fee": (re.compile(r"\b(fees?|cost|costs|price|charge\w*|tuition|how much does)\b", re.I),
            re.compile(r"\b(fees?|cost|price|charge\w*|tuition)\b", re.I)),
    "fund": (re.compile(r"\b(allowance|stipend|support funds?|funds?|per diem)\b", re.I),
             re.compile(r"\b(funds?|allowance|stipend|yen per day)\b", re.I)),
}


def unanswered_money_question(query: str, sentences: list[str]) -> bool:
    """A question about an amount of money that no chosen sentence states for that kind of money."""
    for asked, stated in _MONEY_KINDS.values():
        if asked.search(query):
            return not any(stated.search(s) and re.search(r"\d", s) for s in sentences)
    return False


@dataclass
class Composed:
    answer: str
    cited: list[Passage] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    quotes: list[str] = field(default_factory=list)  # per cited passage: the text the answer quotes from it

    def citations(self) -> list[dict[str, str]]:
        return [{"chunk_id": p.chunk_id, "quote": q} for p, q in zip(self.cited, self.quotes)]


def _section_label(passage: Passage) -> str:
    return passage.section.split(">")[-1].strip() if passage.section else ""


# How much a plain word of the question counts next to a vocabulary concept (a concept such as "age" or
# "fields" is what a question is about; a plain word such as "run" or "plan" is often incidental).
WORD_WEIGHT = 0.5
# A sentence from a section about another program than the one the question names counts this much.
OFF_TOPIC = 0.5
# A word of a longer term ("two" of "number two") is weak evidence for the concept, not none.
PARTIAL_TERM = 0.3


def pick_sentences(
    query: str, passages: list[Passage], max_passages: int = 3, analyzer: Any = None, expand_lists: bool = True
) -> list[tuple[Passage, list[str]]]:
    """The sentences that answer: per passage the best-matching one or two, best passages first.

    With the retriever's analyzer (vocabulary + stemmer) a query word also matches its synonyms
    ("age limit" finds "18 to 40 years old"); without it, plain stemmed words are compared.
    """
    candidates: list[tuple[int, str, dict[str, float]]] = []
    analysis = analyzer.analyze(query) if analyzer is not None else None
    groups_by_passage = [list_groups(p.text) for p in passages]
    for index, passage in enumerate(passages):
        heading = passage.section.split(">")[-1] if passage.section else ""
        groups = groups_by_passage[index]
        for sentence in split_sentences(passage.text):
            context = heading
            if sentence in groups and groups[sentence][0] and groups[sentence][0] != sentence:
                context = f"{heading} {groups[sentence][0]}"  # a list item is read with its lead line
            candidates.append((index, sentence, _unit_hits(query, sentence, context, analyzer, analysis)))
    if not candidates:
        return [(p, [p.snippet]) for p in passages[:1] if p.snippet]
    df = Counter(t for _, _, ts in candidates for t in ts)
    importance = {u.label: 1.0 if u.concept else WORD_WEIGHT for u in analysis.units} if analysis is not None else {}
    off_topic = _off_topic_passages(passages, analysis, analyzer)
    n = len(candidates)

    def score(index: int, sentence: str, hits: dict[str, float], after_hit: bool) -> float:
        # idf to the power 1.5: the rare word of a question ("welding") decides more than common ones
        value = sum(
            math.log(1 + n / df[t]) ** 1.5 * strength * importance.get(t.lstrip("^"), 1.0)
            * (0.5 if t.startswith("^") else 1.0)  # a part only the heading covers counts half
            for t, strength in hits.items()
        )
        if value > 0 or after_hit:
            # a dated line right after "Applications are accepted as follows." answers "when?"
            value += _answer_type_bonus(query, sentence)
        snippet = passages[index].snippet
        if value > 0 and snippet and sentence[:40] in snippet:
            value += 1.0  # retrieval (synonym-weighted, whole-query) judged it the best of its passage
        if index in off_topic:
            value *= OFF_TOPIC
        # earlier-ranked passages win ties: retrieval saw the whole passage, we only see words
        return value * (0.9 ** index)

    scored = [
        (score(i, s, ts, pos > 0 and candidates[pos - 1][0] == i and bool(candidates[pos - 1][2])), i, s)
        for pos, (i, s, ts) in enumerate(candidates)
    ]
    best_overall = max(scored)[0]
    picked: dict[int, list[tuple[float, str]]] = {}
    for value, index, sentence in sorted(scored, reverse=True):
        if value <= 0 or value < 0.6 * best_overall:
            break
        if index not in picked and len(picked) >= max_passages:
            continue
        chosen = picked.setdefault(index, [])
        # a second sentence of the same passage only when it answers nearly as well as the first
        if not chosen or (len(chosen) < 2 and value >= 0.8 * chosen[0][0] and sentence not in (s for _, s in chosen)):
            chosen.append((value, sentence))
    # The sentence right after a chosen one often finishes its thought ("... you need an ID and password.
    # First contact the IT Utilization Promotion Division ..."): keep it when it also answers in part.
    by_position = {(i, s): (pos, v) for pos, (v, i, s) in enumerate(scored)}
    for index, chosen in picked.items():
        for value, sentence in list(chosen):
            pos, _ = by_position[(index, sentence)]
            if pos + 1 < len(scored) and scored[pos + 1][1] == index:
                next_value, _, next_sentence = scored[pos + 1]
                if next_value >= 0.5 * value and next_sentence not in (s for _, s in chosen) and len(chosen) < 3:
                    chosen.append((next_value, next_sentence))
    if not picked:
        top = passages[0]
        return [(top, [top.snippet or split_sentences(top.text)[0]])]
    ordered = sorted(picked.items(), key=lambda item: -max(v for v, _ in item[1]))
    result = []
    for index, chosen in ordered:
        passage = passages[index]
        sentences = [s for _, s in chosen]
        # keep the passage's own order so the answer reads naturally
        text_order = split_sentences(passage.text)
        sentences.sort(key=lambda s: text_order.index(s) if s in text_order else 0)
        result.append((passage, _expand_lists(sentences, groups_by_passage[index]) if expand_lists else sentences))
    return result


def _off_topic_passages(passages: list[Passage], analysis: Any, analyzer: Any) -> set[int]:
    """Passages whose section is about another program than the one the question names: "How long can a
    technical intern stay?" is not answered by the "Specific Skill System" section's "5 years"."""
    if analysis is None or not hasattr(analyzer, "document_concepts"):
        return set()
    asked = {u.concept for u in analysis.units if u.document}
    if not asked:
        return set()
    off: set[int] = set()
    for index, passage in enumerate(passages):
        heading = passage.section.split(">")[-1] if passage.section else ""
        named = analyzer.document_concepts(heading) if heading else set()
        if named and named.isdisjoint(asked):
            off.add(index)
    return off


def best_quote(queries: list[str], passages: list[Passage], analyzer: Any = None) -> tuple[Passage, str] | None:
    """One supporting sentence for a calculated answer: the best match of the first query that matches
    anything (the user's own words first, then the rule's topic)."""
    for query in queries:
        if not query.strip():
            continue
        analysis = analyzer.analyze(query) if analyzer is not None else None
        best: tuple[float, int, str] | None = None
        for rank, passage in enumerate(passages):
            heading = passage.section.split(">")[-1] if passage.section else ""
            for sentence in split_sentences(passage.text):
                hits = _unit_hits(query, sentence, heading, analyzer, analysis)
                value = len([h for h in hits if not h.startswith("^")]) * (0.9 ** rank)
                if value > 0 and (best is None or value > best[0]):
                    best = (value, rank, sentence)
        if best is not None:
            return passages[best[1]], best[2]
    return None


def _expand_lists(sentences: list[str], groups: dict[str, tuple[str, list[str]]]) -> list[str]:
    out: list[str] = []
    done: set[str] = set()
    for sentence in sentences:
        if sentence in groups:
            lead, items = groups[sentence]
            key = lead or items[0]
            if key in done:
                continue
            done.add(key)
            shown = items[:8]
            out.append((lead + " " if lead else "") + "; ".join(i.rstrip(";.") for i in shown) + ".")
        else:
            out.append(sentence)
    return out


def _unit_hits(query: str, sentence: str, heading: str, analyzer: Any, analysis: Any) -> dict[str, float]:
    """Which parts of the query a sentence covers, and how well ("^" marks a part only its heading covers).

    With the analyzer, a concept counts only when one of its whole terms is there, at the strength the
    retriever gives it (the user's own term 1, a synonym less): "trainee" alone is not the quota term
    "number of trainees", and "employee-employer" is not "hire".
    """
    if analyzer is None:
        query_terms = set(terms(query))
        hits = query_terms & set(terms(sentence))
        return {**{t: 1.0 for t in hits}, **{"^" + t: 1.0 for t in (query_terms & set(terms(heading))) - hits}}
    sentence_tokens = frozenset(analyzer.document_tokens(sentence))
    heading_tokens = frozenset(analyzer.document_tokens(heading)) if heading else frozenset()
    found: dict[str, float] = {}
    for unit in analysis.units:
        strength = _strength(unit, sentence_tokens)
        if strength > 0:
            found[unit.label] = strength
            continue
        strength = _strength(unit, heading_tokens) if heading_tokens else 0.0
        if strength > 0:
            found["^" + unit.label] = strength
    return found


def _strength(unit: Any, tokens: frozenset[str]) -> float:
    """A whole term at the retriever's strength (QueryUnit.strength); a word of a longer term only as weak
    evidence (PARTIAL_TERM)."""
    strength = unit.strength(tokens)
    if strength == 0 and not unit.tokens.isdisjoint(tokens):
        return PARTIAL_TERM
    return strength


# At most this many notes per answer: enough for "how old" and "what changed", short enough to read.
MAX_NOTES = 2


def _says(text: str, phrase: str) -> bool:
    """``phrase`` occurs in lower-case ``text`` as whole words (CJK phrases as plain substrings)."""
    left = r"(?<![a-z0-9])" if phrase[:1].isascii() and phrase[:1].isalnum() else ""
    right = r"(?![a-z0-9])" if phrase[-1:].isascii() and phrase[-1:].isalnum() else ""
    return re.search(left + re.escape(phrase) + right, text) is not None


def passage_programs(passage: Passage, updates: UpdateRules) -> set[str]:
    """The programs a passage is about: those its section heading names, else its text, else its document's.

    A document can cover several programs (the WAASA page has a Technical Intern Training section), so the
    heading speaks before the document's front-matter program.
    """
    for text in (passage.section.lower(), passage.text.lower()):
        named = {p for p, phrases in updates.programs.items() if any(_says(text, ph) for ph in phrases)}
        if named:
            return named
    return {passage.program} if passage.program else set()


def _applies(row: UpdateRule, programs: set[str], text: str) -> bool:
    return (
        bool(programs.intersection(row.programs))
        and all(_says(text, ph) for ph in row.requires)
        and (not row.topics or any(_says(text, ph) for ph in row.topics))
    )


def _cite(rows: list[UpdateRule]) -> str:
    return ", ".join(f"`{row.id}` ({row.confidence})" for row in rows)


def passage_notes(passage: Passage, updates: UpdateRules) -> list[str]:
    """The notes of the update rows that apply to one passage, most specific first, each citing its rows."""
    programs = passage_programs(passage, updates)
    text = f"{passage.section}\n{passage.text}".lower()
    applying = [row for row in updates.updates if row.note and _applies(row, programs, text)]
    specific = [row for row in applying if not row.fallback and (row.topics or row.requires)]
    general = [row for row in applying if not row.fallback and not (row.topics or row.requires)]
    covered = {p for row in specific + general for p in row.programs}
    fallback = [row for row in applying if row.fallback and not covered.intersection(row.programs)]
    by_id = {row.id: row for row in updates.updates}
    as_of = passage.as_of or "no date given"
    notes = []
    for row in [*specific, *general, *fallback]:
        cited = [row, *(by_id[c] for c in row.also_cites)]
        notes.append(f"{(row.note or '').format(as_of=as_of)} [{_cite(cited)}]")
    return notes


def date_notes(passages: list[Passage], updates: UpdateRules | None = None) -> list[str]:
    """Say how old the cited sources are and what is known to have changed since (rows of updates.yaml).

    The first cited passage carries the answer, so its notes come first; at most MAX_NOTES in all. A
    passage no row covers gets its own date.
    """
    chosen: list[str] = []
    seen_docs: set[str] = set()
    for passage in passages:
        notes = passage_notes(passage, updates) if updates is not None else []
        if not notes and passage.as_of and passage.doc_id not in seen_docs:
            notes = [f"Source dated {passage.as_of}."]
        seen_docs.add(passage.doc_id)
        chosen.extend(n for n in notes if n not in chosen)
    return chosen[:MAX_NOTES]


def compose_knowledge_answer(
    query: str, result: SearchResult, max_passages: int = 3, analyzer: Any = None,
    updates: UpdateRules | None = None, responses: Any = None, lang: str = "en", selector: Any = None,
) -> Composed:
    """An extractive answer: the sentences that answer, each with its citation marker, plus date notes."""
    if selector is not None:
        picked = selector.answer_sentences(query, result.passages, max_passages)
    else:
        picked = pick_sentences(query, result.passages, max_passages=max_passages, analyzer=analyzer)
    if unanswered_money_question(query, [s for _, sentences in picked for s in sentences]):
        return Composed(answer="", cited=[])
    lines: list[str] = []
    cited: list[Passage] = []
    quotes: list[str] = []
    for passage, sentences in picked:
        cited.append(passage)
        # the citation shows the longest quoted piece: one contiguous stretch of the document
        pieces = [piece for sentence in sentences for piece in re.split(r"(?<=[:;])\s+|;\s+", sentence)]
        quotes.append(max(pieces, key=len).rstrip(";."))
        marker = f"[{len(cited)}]"
        lines.append(f"- {' '.join(sentences)} {marker}")
    notes = date_notes(cited, updates)
    responses = responses or default_responses()
    # Answer first: the best passage's sentences open the reply as plain text; the others support it. A
    # reply in another language than the sources opens with its own lead sentence (the quotes stay as written).
    lead = responses.say("knowledge.lead", lang)
    first, rest = lines[0][2:], lines[1:]
    answer = (f"{lead}\n\n" if lead else "") + first + ("\n\n" + "\n".join(rest) if rest else "")
    if notes:
        answer += "\n\n" + "\n".join(responses.say("knowledge.note", lang, note=note) for note in notes)
    return Composed(answer=answer, cited=cited, notes=notes, quotes=quotes)


def refusal(reason: str, extra: str = "", responses: Any = None, lang: str = "en") -> str:
    text = reason.strip()
    if extra:
        text += " " + extra.strip()
    return f"{text}\n\n{capabilities(responses, lang)}\n\n{examples(responses, lang)}"


def not_found_answer(query: str, result: SearchResult | None, responses: Any = None, lang: str = "en") -> str:
    responses = responses or default_responses()
    if result is not None and result.message:
        reason = responses.say("refuse.search_failed", lang, message=result.message)
    else:
        reason = responses.say("refuse.not_found", lang)
    return refusal(reason, responses=responses, lang=lang)


# --- tool answers ----------------------------------------------------------------------------------------


def _rule_ref(rule: dict[str, Any]) -> str:
    # The rule texts and source titles stay in the tool call record; the details name each row and how
    # sure it is, so a reader can look it up without the answer repeating every rule.
    rule_id = rule.get("id") or rule.get("rule_id") or "?"
    confidence = rule.get("confidence")
    return f"`{rule_id}`" + (f" ({confidence})" if confidence else "")


def describe_args(args: dict[str, Any], responses: Any = None, lang: str = "en") -> str:
    """What the calculator was run with, in words ("full-time employees: 45; occupation: general")."""
    responses = responses or default_responses()
    sep = "、" if lang == "ja" else "; "
    colon = "：" if lang == "ja" else ": "
    parts = []
    for key, value in args.items():
        label = responses.say(f"slot.{key}", lang) if responses.has(f"slot.{key}", lang) else key
        parts.append(f"{label}{colon}{responses.value(value, lang)}")
    return sep.join(parts)


def tool_title(name: str, responses: Any = None, lang: str = "en") -> str:
    responses = responses or default_responses()
    key = f"tool.{name}.title"
    return responses.say(key, lang) if responses.has(key, lang) or responses.has(key, "en") else name


@dataclass
class ToolAnswer:
    answer: str
    details: str


def compose_tool_reply(
    name: str, result: dict[str, Any], assumptions: list[str], args: dict[str, Any] | None = None,
    responses: Any = None, lang: str = "en",
) -> ToolAnswer:
    """The answer (verdict first, then the explanation and what was assumed) and the folded details
    (values used, notes, rule rows)."""
    responses = responses or default_responses()
    title = tool_title(name, responses, lang)
    lead = _render_or_empty(responses, f"tool.{name}.lead", lang, result)
    if lang == "en":
        explanation = str(result.get("explanation") or "").strip()
    else:
        explanation = _render_or_empty(responses, f"tool.{name}.explanation", lang, result)
        if not lead and not explanation:  # a result shape the catalog does not know: show the tool's words
            explanation = str(result.get("explanation") or "").strip()
    # answer first: the verdict sentence, then the explanation; the tool's title heads the folded working
    lines: list[str] = []
    if lead:
        lines += [lead, ""]
    if explanation:
        lines += [explanation]
    after = _render_or_empty(responses, f"tool.{name}.after", lang, result)
    if after:
        lines += ["", after]
    if assumptions:
        lines += ["", responses.say("calc.assumed", lang, assumptions=("、" if lang == "ja" else "; ").join(assumptions))]
    details: list[str] = [f"**{title}**"]
    if args:
        details.append(responses.say("calc.checked_with", lang, values=describe_args(args, responses, lang)))
    details += _notes(result, responses, lang)
    rules = [r for r in result.get("rules_used") or [] if isinstance(r, dict)]
    if rules:
        details.append(responses.say("calc.rules_used", lang, rules_list=", ".join(_rule_ref(r) for r in rules)))
    return ToolAnswer(answer="\n".join(lines).strip(), details="\n\n".join(details))


def _notes(result: dict[str, Any], responses: Any, lang: str) -> list[str]:
    """The tool's notes in the reply's language: each finding through its template (`finding.<code>`); the
    tool's English notes, marked as such, when a finding has no template in that language yet."""
    notes = [str(n) for n in result.get("notes") or [] if str(n).strip()]
    if lang == "en":
        return [responses.say("knowledge.note", lang, note=n) for n in notes]
    findings = [f for f in result.get("findings") or [] if isinstance(f, dict)]
    rendered: list[str] = []
    complete = bool(findings)
    for finding in findings:
        key = f"finding.{finding.get('code')}"
        if responses.has(key, lang):
            try:
                text = responses.say(key, lang, p=finding.get("params") or {})
            except Exception:  # a parameter the template does not know: keep the tool's own words
                complete = False
                continue
            if text:
                rendered.append(f"_{text}_")
        else:
            complete = False
    if complete or not notes:
        return rendered
    return [*rendered, responses.say("notes.in_source_language", lang), *[f"- {n}" for n in notes]]


def _render_or_empty(responses: Any, key: str, lang: str, result: dict[str, Any]) -> str:
    if not responses.has(key, lang):
        return ""
    try:
        return responses.say(key, lang, r=result)
    except Exception:  # a result without a field the template names: the tool's own words are shown instead
        import logging

        logging.getLogger(__name__).warning("could not render %s for %s", key, lang, exc_info=True)
        return ""


def compose_tool_answer(
    name: str, result: dict[str, Any], assumptions: list[str], args: dict[str, Any] | None = None,
    responses: Any = None, lang: str = "en",
) -> str:
    """Answer and details in one text (for callers that show one block)."""
    reply = compose_tool_reply(name, result, assumptions, args, responses, lang)
    return f"{reply.answer}\n\n{reply.details}".strip()


def compose_tool_error(name: str, error: str, responses: Any = None, lang: str = "en") -> str:
    responses = responses or default_responses()
    return responses.say("calc.tool_error", lang, title=tool_title(name, responses, lang), error=error.strip())


# --- follow-up questions -----------------------------------------------------------------------------------
GROUPS = {
    ("required_hours", "related_hours", "peripheral_hours"): "training_hours",
    ("practical_hours", "total_hours"): "course_hours",
    ("mode", "days"): "internship",
}


def follow_up_question(missing: list[str], responses: Any = None, lang: str = "en") -> str:
    """One question asking for everything still missing (people answer several at once)."""
    responses = responses or default_responses()
    key = tuple(missing)
    for group, name in GROUPS.items():
        if set(key) == set(group) or (len(key) > 1 and set(key) <= set(group)):
            return responses.say(f"ask.group.{name}", lang)
    if len(missing) == 1:
        slot = missing[0]
        if responses.has(f"ask.{slot}", lang):
            return responses.say(f"ask.{slot}", lang)
        return responses.say("ask.other", lang, slot=slot.replace("_", " "))
    parts = [responses.say(f"ask.name.{m}", lang) if responses.has(f"ask.name.{m}", lang) else m.replace("_", " ")
             for m in missing]
    joiner = responses.say("ask.and", lang) if lang == "ja" else " and "
    if lang == "ja":
        listed = joiner.join(parts)
    else:
        listed = ", ".join(parts[:-1]) + f" and {parts[-1]}" if len(parts) > 1 else parts[0]
    return responses.say("ask.several", lang, listed=listed)
