"""The question's focus: what it asks about beyond the program it names, and whether the documents state it.

The focus is the content terms of the asking part that are neither program names (``document`` concepts), nor
framing words, nor the words that ask for the answer type (``focus`` in knowledge/answer_types.yaml). Each focus
term must be covered by the quoted unit or its passage (stemmed, with the vocabulary's synonyms). A term that no
retrieved passage uses at all, or that no passage of the program the question names covers, is not stated by the
documents: the reply says so (naming it) instead of quoting a unit about something else. When the quoted unit
covers some of the focus and a term next to it is missing ("health insurance" against "Internship insurance"),
the answer quotes what they say and adds that the missing term is not mentioned. In Japanese, a content word the
vocabulary does not know (家族, 残業; the vocabulary maps Japanese to the English documents' terms) is such a term.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Any

from bot.contracts import Passage
from bot.text import has_cjk, rx
from bot.text.spelling import Speller

_WORD = re.compile(r"[A-Za-z][A-Za-z0-9'\-]*")


@dataclass(frozen=True)
class FocusRules:
    """``focus`` in the answer-types catalog: words that frame a question (never its focus) and the spans that
    ask for the answer's type or shape ("how many ... days", "limit", 何%), per language."""

    framing: frozenset[str] = frozenset()
    asking: tuple[re.Pattern[str], ...] = ()
    # a yes/no question whether a subject is included in (counts as) a term ("パートタイマーは常勤職員に含まれます
    # か"): named group `s` is the subject; a subject no document uses is the focus the documents do not state
    inclusion: tuple[re.Pattern[str], ...] = ()
    # the user's self-description ("I'm a student at Cairo University", 東京の会社に勤めています): named group `n`
    # is the name of their institution, city or employer, a word of their background, never the focus
    background: tuple[re.Pattern[str], ...] = ()
    # the programs' own activity in Japanese (実習, 研修, 受入れ): a focus unit written only by these is never
    # a subject the documents leave out (their "training" is in every passage)
    domain: frozenset[str] = frozenset()
    # everyday words for what the documents name formally (money, pay, お金 for the support funds): such a word is
    # mentioned wherever one of its formal terms is (word, lower case -> the documents' terms)
    everyday: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # the concepts (vocabulary ids) of the programs' own participants ("trainee", 実習生): a value asked of them
    # ("the longest a trainee can stay") is the program's value, stated in any of its passages, in every language
    participants: frozenset[str] = frozenset()
    # the sentence in which the user says who they are ("We are an IT training company and ...", 当方は…です): the
    # asker, never the subject whose contact or office a question asks
    self_description: tuple[re.Pattern[str], ...] = ()
    # general words of a language (stopwords-iso's lists, ``general_words`` names the languages: "even", "move",
    # "happens"): a word no vocabulary concept covers that is one of them frames the question, never its subject,
    # so no reply says the documents do not mention it
    general: frozenset[str] = frozenset()
    # a body named by its own name with the kind of body after it ("the Tokyo Shigoto Center", 東京しごとセンター,
    # TOKYOはたらくネット): named group `b`; a value asked of a body whose name no passage states (its phone, its
    # address) is not stated, whatever another body's line says
    bodies: tuple[re.Pattern[str], ...] = ()

    @classmethod
    def from_data(cls, data: dict | None) -> "FocusRules":
        data = data or {}
        patterns: list[str] = []
        asking = data.get("asking") or {}
        for values in (asking.values() if isinstance(asking, dict) else [asking]):
            patterns.extend(values or [])
        inclusion = data.get("inclusion") or {}
        included = [p for values in (inclusion.values() if isinstance(inclusion, dict) else [inclusion])
                    for p in values or []]
        background = data.get("background") or {}
        own = [p for values in (background.values() if isinstance(background, dict) else [background])
               for p in values or []]
        return cls(frozenset(str(w).lower() for w in data.get("framing") or ()),
                   tuple(rx.compile(p, re.IGNORECASE) for p in patterns),
                   tuple(rx.compile(p, re.IGNORECASE) for p in included),
                   tuple(rx.compile(p, re.IGNORECASE) for p in own),
                   frozenset(str(w) for w in data.get("domain") or ()),
                   {str(word).lower(): tuple(str(t) for t in terms or ())
                    for group in (data.get("everyday") or []) for terms in [group.get("terms")]
                    for word in group.get("words") or ()},
                   frozenset(str(c) for c in data.get("participants") or ()),
                   tuple(rx.compile(p, re.IGNORECASE) for values in _per_language(data.get("self_description"))
                         for p in values or []),
                   general_words(data.get("general_words") or (), data.get("general_words_except") or ()),
                   tuple(rx.compile(p) for values in _per_language(data.get("bodies")) for p in values or []))


def general_words(languages: Any, keep: Any = ()) -> frozenset[str]:
    """The general words (stopwords-iso) of ``languages``, lower case, without the words ``keep`` names (things a
    question may ask about that the list holds: "computer", "website")."""
    if not languages:
        return frozenset()
    import stopwordsiso

    kept = {str(w).lower() for w in keep}
    return frozenset(w.lower() for lang in languages for w in stopwordsiso.stopwords(str(lang)) if w.lower() not in kept)


def _per_language(data: Any) -> list:
    """The pattern lists of a catalog entry given per language (or as one list)."""
    if not data:
        return []
    return list(data.values()) if isinstance(data, dict) else [data]


@dataclass(frozen=True)
class FocusCheck:
    """The focus terms the documents do not mention (their words in the question), and about what ("technical
    intern trainees"); ``partial`` when the quoted unit covers the rest of the focus."""

    missing: tuple[str, ...] = ()
    about: str = ""
    partial: bool = False
    # the missing terms are a subject the question asks a value of (教育訓練給付 in "what % does the benefit
    # refund?"): the documents do not state that value for it
    value: bool = False


def focus_units(question: str, analysis_of: Any, rules: FocusRules, tokens_of: Any = None
                ) -> tuple[list[Any], list[Any]]:
    focus, named, _ = focus_terms(question, analysis_of, rules, tokens_of)
    return focus, named


def focus_terms(question: str, analysis_of: Any, rules: FocusRules, tokens_of: Any = None
                ) -> tuple[list[Any], list[Any], list[str]]:
    """(focus units, named units, unknown words) of ``question``: the focus as the module docstring describes it;
    the named units are the programs and anchors it names; the unknown words are the Japanese content words of the
    focus no vocabulary term covers (家族, 残業): the vocabulary maps Japanese to the English documents' terms, so a
    word it does not know no document uses."""
    text = without_background(question, rules)
    for pattern in rules.asking:
        text = pattern.sub(" ", text)
    analysis = analysis_of(text)
    framing = set(rules.framing)
    if tokens_of is not None:
        framing |= {t for word in rules.framing for t in tokens_of(word)}
    focus, named = [], []
    for unit in analysis.units:
        if unit.document or unit.anchor:
            named.append(unit)
        elif (unit.label.lower() in framing or (not unit.concept and (len(unit.label) < 3 or unit.label.isdigit()))
              or (not unit.concept and _general(text, unit, rules.general, getattr(analysis_of, "__self__", None)))
              or (not unit.concept and _framing_typo(unit.label, rules.framing))
              or _framing_word(text, unit, rules.framing, getattr(analysis_of, "__self__", None))):
            continue
        else:
            focus.append(unit)
    unknown = [w for w in getattr(analysis, "unknown_written", []) if w.lower() not in framing]
    return focus, named, unknown


def _general(text: str, unit: Any, general: frozenset[str], analyzer: Any) -> bool:
    """A word no concept covers, written in the question only as general words ("even", "move"): it frames the
    question. Read on the words as written (a unit's label may be a stem)."""
    if not general:
        return False
    if unit.label.lower() in general:
        return True
    words = surface(text, unit, analyzer) if analyzer is not None and hasattr(analyzer, "document_tokens") else []
    return bool(words) and all(word.lower() in general for word in words)


def _framing_word(text: str, unit: Any, framing: frozenset[str], analyzer: Any) -> bool:
    """A concept the question names only by framing words as written ("allowed", read by the stemmer as the
    "allowance" of support funds: "how much of each is allowed?" asks for a limit, not for a support fund; 認め of
    認められますか). A word of the concept the user wrote that is no framing word ("allowance") keeps it."""
    if analyzer is None or not unit.concept or not hasattr(analyzer, "document_tokens"):
        return False
    words = surface(text, unit, analyzer)
    return bool(words) and all(word.lower() in framing for word in words)


@functools.lru_cache(maxsize=8)
def _framing_speller(framing: frozenset[str]) -> Speller:
    return Speller(framing, min_length=5)


def _framing_typo(label: str, framing: frozenset[str]) -> bool:
    """A word one typing slip away from a framing word ("hodler" for "holder") frames the question as that word
    would: a typo never becomes a subject the documents leave out (the same edit rule as bot.text.spelling)."""
    word = label.lower()
    return word.isalpha() and _framing_speller(framing).correct_word(word) in framing


def without_background(question: str, rules: FocusRules) -> str:
    """``question`` with the names its self-description gives (group `n` of a ``background`` pattern) blanked."""
    text = question
    for pattern in rules.background:
        text = pattern.sub(lambda m: _blank(m, "n"), text)
    return text


def _blank(match: re.Match[str], group: str) -> str:
    whole = match.group(0)
    if match.group(group) is None:
        return whole
    start, end = match.start(group) - match.start(), match.end(group) - match.start()
    return whole[:start] + " " * (end - start) + whole[end:]


def _covers(unit: Any, tokens: frozenset[str]) -> float:
    strength = unit.strength(tokens)
    return strength if strength > 0 else 0.0


def asking_clause(question: str) -> str:
    """The clause that asks: a lead-in before a colon ("For our students' information sheet: which ...") is the
    purpose of the question, not what it asks about."""
    head, colon, rest = question.partition(": ")
    return rest if colon and rest.strip() and not has_cjk(head) else question


def check_focus(
    question: str, analyzer: Any, rules: FocusRules, quoted: list[tuple[Passage, list[str]]],
    passages: list[Passage], program_passages: set[int] | None, value_asked: bool = False,
    known_ja: Any = None,
) -> FocusCheck:
    """Whether the quoted units (with their passages) cover the question's focus; see the module docstring.
    ``program_passages``: the indexes of the passages about the program the question names (None: it names none).
    ``known_ja``: whether the glossary knows a Japanese word (then it is no word the documents leave out).
    ``value_asked``: the question asks for a value (a date, an amount, a share ...): a value of another subject
    does not answer, so every subject it names beside its program (an anchor: 教育訓練給付) must be covered by
    the quote's passage."""
    if analyzer is None or not hasattr(analyzer, "analyze"):
        return FocusCheck()
    question = asking_clause(question)
    focus, named, unknown = focus_terms(question, analyzer.analyze, rules, analyzer.document_tokens)
    # a Japanese word the glossary names in English (東京都: Tokyo) is one the documents may use
    unknown = [w for w in unknown if (known_ja is None or not known_ja(w)) and w not in rules.domain]
    # a focus term written only in the programs' own words (実習 of 技能実習) is the program's activity itself
    focus = [u for u in focus if not _domain_only(question, u, analyzer, rules.domain)]
    if unknown:  # a piece of a term the question names (東京 of 東京都) is that term, not an unknown word
        concepts = {unit.concept for unit in [*focus, *named] if unit.concept}
        spelled = [w for unit in [*focus, *named] for w in surface(question, unit, analyzer)]
        spelled += literal_terms(analyzer, question, concepts)
        unknown = [w for w in unknown if not any(w in term and w != term for term in spelled)]
    own = frozenset(analyzer.document_tokens(" ".join(u for _, units in quoted for u in units)))
    # a passage is read with its section and its document's title (a document whose title names a subject is
    # about it throughout: WAASA's activity list never repeats "WAASA")
    around = frozenset(analyzer.document_tokens("\n".join(f"{p.title}\n{p.section}\n{p.text}" for p, _ in quoted)))
    every = [frozenset(analyzer.document_tokens(f"{p.section}\n{p.text}")) for p in passages]
    # an everyday word (money, お金) is mentioned where the documents' formal term for it is (the support funds)
    in_program = [t for i, t in enumerate(every) if not program_passages or i in program_passages]
    unknown = [w for w in unknown if not _formally(w, rules, analyzer, [own, around, *in_program])]
    if value_asked:
        unnamed = _unnamed_body(question, rules, analyzer, [own, around, *every], known_ja)
        if unnamed:
            # a value of a body no passage names ("the phone number of the Tokyo Shigoto Center"): not stated, though
            # the quote states a value of that type for another body (METI's switchboard)
            return FocusCheck(missing=(unnamed,), about=_about(question, named, analyzer))
    missing = []
    covered = []  # the focus units the quote itself covers
    for unit in focus:
        formal = unit.label.lower() in rules.everyday
        if _covers(unit, own) or (formal and _formally(unit.label, rules, analyzer, [own])):
            covered.append(unit)
            continue
        if _covers(unit, around) or (formal and _formally(unit.label, rules, analyzer, [around, *in_program])):
            continue
        used = [i for i, tokens in enumerate(every) if _covers(unit, tokens)]
        if not used or (program_passages and not set(used) & program_passages):
            # a concept the question names only by general words ("move" of "move the start to May" read as a
            # transfer) is no subject the documents leave out: the word frames the question in its everyday sense
            if unit.concept and _general(question, unit, rules.general, analyzer):
                continue
            missing.append(unit)
    if unknown and not covered and len(missing) == len(focus):
        # only words no document uses (and no focus term the quote states): the documents do not state it
        about = _about(question, named, analyzer)
        words = tuple(dict.fromkeys([*unknown, *(w for unit in missing for w in surface(question, unit, analyzer))]))
        return FocusCheck(missing=words, about=about)
    if unknown and covered:
        # the subject of an inclusion question ("is X included in Y?") that no document uses: the documents do
        # not say whether it is included, whatever they say of Y
        subjects = [m.group("s") for p in rules.inclusion for m in [p.search(question)] if m]
        asked = tuple(w for w in unknown if any(w in subject for subject in subjects))
        if asked:
            return FocusCheck(missing=asked, about=_about(question, named, analyzer))
    if unknown and covered:
        # an unknown word right before a term the quote states (健康 of 健康保険): answered in part
        heads = [w for unit in covered for w in surface(question, unit, analyzer) if has_cjk(w)]
        qualifying = tuple(f"{w}{h}" for w in unknown for h in heads if f"{w}{h}" in question)
        if qualifying and not missing:
            about = _about(question, named, analyzer)
            return FocusCheck(missing=qualifying, about=about, partial=True)
    partial = ()
    if missing and len(missing) < len(focus):
        # some of the focus is stated: a missing word says the documents do not state it only when it qualifies
        # a term the quote covers ("health insurance" against "Internship insurance"); any other missing word
        # (a verb, a word of the background) is not what decides the answer
        partial = _qualifying(question, missing, covered, analyzer)
        missing = []
    subjects = []
    if value_asked and not missing:
        # a subject the question names beside its program (an anchor, not a document's program), written by the
        # user in words the quote's passage does not use and not covered there by any of its terms
        for unit in named:
            if unit.document or _covers(unit, around):
                continue
            if (_domain_only(question, unit, analyzer, rules.domain, within=True)
                    or (unit.concept and unit.concept in rules.participants)):
                continue  # the program's own people (技能実習生, 研修生, a trainee): the program's subject, not another one
            words = surface(question, unit, analyzer)
            if any(set(analyzer.document_tokens(w)) & around for w in words if not has_cjk(w)):
                continue
            if any(_covers(unit, tokens) for tokens in every):
                subjects.append(unit)
    if subjects:
        words = tuple(dict.fromkeys(w for unit in subjects for w in surface(question, unit, analyzer)))
        return FocusCheck(missing=words or tuple(u.label for u in subjects), value=True)
    if partial and not missing:
        about = _about(question, named, analyzer)
        return FocusCheck(missing=partial, about=about, partial=True)
    if not missing:
        return FocusCheck()
    named = [u for u in named if u not in missing]
    words = tuple(dict.fromkeys(w for unit in missing for w in surface(question, unit, analyzer)))
    about = _about(question, named, analyzer)
    return FocusCheck(missing=words or tuple(u.label for u in missing), about=about)


def _unnamed_body(question: str, rules: FocusRules, analyzer: Any, texts: list[frozenset[str]], known_ja: Any
                  ) -> str:
    """The first body ``question`` names by its own name (``bodies``) that none of ``texts`` (token sets) states and
    the glossary does not know; "" when there is none."""
    for pattern in rules.bodies:
        for match in pattern.finditer(question):
            body = match.group("b").strip()
            tokens = frozenset(analyzer.document_tokens(body))
            if not tokens or any(tokens <= text for text in texts) or (known_ja is not None and known_ja(body)):
                continue
            analysis = analyzer.analyze(body)
            if analysis.units and all(u.concept for u in analysis.units) and not getattr(analysis, "unknown_ja", None):
                continue  # a name the vocabulary knows (TOKYOはたらくネット: Tokyo WorkNet): the documents' body
            return body
    return ""


def _formally(word: str, rules: FocusRules, analyzer: Any, texts: list[frozenset[str]]) -> bool:
    """Whether one of ``texts`` (token sets) states a formal term of the everyday ``word`` (``everyday``)."""
    for term in rules.everyday.get(word.lower(), ()):
        tokens = frozenset(analyzer.document_tokens(term))
        if tokens and any(tokens <= text for text in texts):
            return True
    return False


def _domain_only(question: str, unit: Any, analyzer: Any, domain: frozenset[str], within: bool = False) -> bool:
    """Whether ``question`` names ``unit`` only by the programs' own words (実習, 研修, 受入れ); ``within``: by
    words made of one of them (技能実習生, 研修生: those taking part in the program's own activity)."""
    if not domain or not has_cjk(question):
        return False
    words = surface(question, unit, analyzer)
    if within:
        return bool(words) and all(any(d in w for d in domain) for w in words)
    return bool(words) and all(w in domain for w in words)


def _about(question: str, named: list[Any], analyzer: Any) -> str:
    """What the question asks about (the programs and anchors it names), in its own words."""
    return " ".join(dict.fromkeys(w for unit in named for w in surface(question, unit, analyzer)))


def _qualifying(question: str, missing: list[Any], covered: list[Any], analyzer: Any) -> tuple[str, ...]:
    """The missing words written right before a word of a covered unit ("health" of "health insurance"), each with
    that word: what the documents do not mention of what the quote states."""
    if has_cjk(question):
        return ()
    found = list(_WORD.finditer(question))
    words = [m.group(0) for m in found]
    stems = [set(analyzer.document_tokens(w)) for w in words]
    heads = set().union(*(set(t for term in (u.matched or u.terms) for t in term) | {u.label} for u in covered)) if covered else set()
    lost = {u.label for u in missing if not u.concept}
    out = []
    for i in range(len(words) - 1):
        # a qualifying noun: not a possessive, a compound, an adverb (-ly) or a participle (-ed)
        if not words[i].isalpha() or words[i].lower().endswith(("ly", "ed")):
            continue
        if question[found[i].end():found[i + 1].start()].strip():
            continue  # not one phrase: a stop or a comma between them
        if stems[i] & lost and stems[i + 1] & heads:
            out.append(f"{words[i]} {words[i + 1]}")
    return tuple(out)


def literal_terms(analyzer: Any, question: str, concepts: set[str]) -> list[str]:
    """The Japanese vocabulary terms of ``concepts`` written in ``question`` (the analyzer's ``literal_terms``; an
    analyzer without one, such as a test double, knows none)."""
    read = getattr(analyzer, "literal_terms", None)
    return read(question, concepts) if read is not None else []


def surface(question: str, unit: Any, analyzer: Any) -> list[str]:
    """The words of ``question`` that name ``unit`` (as written, in their order): a Latin word whose stem is one of
    the unit's tokens, a Japanese vocabulary term of its concept."""
    if has_cjk(question) and unit.concept:
        found = literal_terms(analyzer, question, {unit.concept})
        if found:
            return [max(found, key=len)]
    words = []
    wanted = set(t for term in (unit.matched or unit.terms or ((unit.label,),)) for t in term) | {unit.label}
    wanted |= set(unit.tokens) if unit.document or unit.anchor else set()
    for match in _WORD.finditer(question):
        stems = analyzer.document_tokens(match.group(0))
        if stems and set(stems) <= wanted:
            words.append(match.group(0))
    return list(dict.fromkeys(words))
