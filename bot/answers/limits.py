"""Limits that answer yes/no questions: when a question asks "can X / is X eligible / 〜できますか" and a unit of the
retrieved documents excludes X, limits something to a group, or says a step is needed separately, the reply
opens with that answer in its own language, naming X ("No: the documents exclude industry associations";
資料では、業界団体は対象外とされています).

Three classes more answer "no" from a condition stated elsewhere in a unit:
- a date the question states compared with a stated start or end ("launched in and after <a month>" and "we
  start in <an earlier month>": before the start, so no; ``bounds``);
- a stated requirement the user says they do not meet ("limited to excellent companies ..." and "we are not
  excellent" / "a normal company": no; ``unmet``);
- an excluded category the user belongs to ("we are an industry association": the exclusion names it; the
  user's self-description is read with the question, ``context``).

The question patterns and the limit patterns are data (knowledge/answer_types.yaml, ``yes_no``); the words are in
the response catalogs (``knowledge.limit.<kind>``); Japanese names come from the glossary.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from pathlib import Path

from bot.answers.glossary import Glossary
from bot.answers.types import (
    DEFAULT_PATH,
    AnswerTypes,
    Ask,
    StatedValue,
    read_answer_types_file,
)
from bot.query import english_stemmer
from bot.text import has_cjk, rx
from bot.text.dates import month_number

EXCLUDE, SEPARATELY, ONLY, UNMET = "exclude", "separately", "only", "unmet"
# an exclusion of the kind the user says they are ("We are a non-profit organization ... could we host?"): no, they
# cannot take part (``Limit.verb``: what the question asks them to do, hosting or applying)
EXCLUDE_OWN = "exclude_own"
# an exclusion of an item a which / what question names ("which countries can apply? my friend is Chinese"): said
# plainly, with no yes or no before it
EXCLUDED = "excluded"
# a qualified statement ("plans to include a portion of the courses that satisfy the requirements specified by
# MHLW") answering a question that asks whether something holds automatically, always or for all (``every``)
PARTLY = "partly"
OTHERS = "others"  # a restriction that leaves out the categories the user wants counted (事務員や看護師も含めて)
FORM = "form"  # a form the documents state ("in local currency") where the question names another (yen)
AFTER, BEFORE = "after", "before"  # a stated start ("in and after <date>") or end ("until <date>")
# a requirement with another way beside it that the user says is completed ("by passing the examinations ..., or by
# successfully completing Technical Intern Training No. 2" and "he completes No. 2: must he still take the test?")
COMPLETED = "completed"
_DATE_ASK = Ask(frozenset({"date"}))
# Words of an excluded item that name no group by themselves ("and", "other").
_FILLER = set("a an the and or of other others any all those who whose which that with in on for to by".split())
_WORD = re.compile(r"[a-z][a-z'-]+")
# Words of a restricted clause that name no subject of their own ("the number ... is limited to")
_GENERIC = set("is are be been was were number maximum minimum total per year years can may must only up "
               "limited this these it they no two three from".split()
               # (the "there" of "if there is difficulty in ..." and of "is there any interview?")
               + ["there"])


@dataclass(frozen=True)
class Limit:
    """A limit a unit states that answers the question: its kind, what it is about (in the source's words, and
    by its Japanese names when the glossary has them), whom a separate step is with."""

    kind: str
    unit: str  # the unit's text (quoted)
    x: str  # what the limit is about, in the source's words
    x_ja: tuple[str, ...] = ()
    with_: str = ""
    with_ja: tuple[str, ...] = ()
    # a date bound: the stated bound and the date the question states (kind AFTER or BEFORE; ``met`` says
    # whether the asked date is within the bound)
    bound: StatedValue | None = None
    asked: StatedValue | None = None
    met: bool = False
    # the act the question asks whether the user may do (``yes_no.own_verbs``: "host", "apply"; "" for taking part)
    verb: str = ""


class Limits:
    """Yes/no question patterns and limit patterns (knowledge/answer_types.yaml ``yes_no``)."""

    def __init__(self, question: tuple[re.Pattern[str], ...], limits: dict[str, tuple[re.Pattern[str], ...]],
                 glossary: Glossary | None = None, connectives: re.Pattern[str] | None = None,
                 bounds: dict[str, tuple[re.Pattern[str], ...]] | None = None,
                 unmet: tuple[re.Pattern[str], ...] = (), opposites: dict[str, tuple[re.Pattern[str], ...]] | None = None,
                 types: AnswerTypes | None = None,
                 forms: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = (),
                 scope: tuple[re.Pattern[str], ...] = (),
                 others: tuple[re.Pattern[str], ...] = (),
                 every: tuple[re.Pattern[str], ...] = (),
                 membership: tuple[re.Pattern[str], ...] = (),
                 counted: tuple[re.Pattern[str], ...] = (),
                 case: tuple[re.Pattern[str], ...] = (),
                 wh_ask: tuple[re.Pattern[str], ...] = (),
                 heads: tuple[re.Pattern[str], ...] = (),
                 way_ask: tuple[re.Pattern[str], ...] = (),
                 completed: "Completed | None" = None,
                 own_kind: tuple[re.Pattern[str], ...] = (),
                 own_verbs: tuple[tuple[str, tuple[re.Pattern[str], ...]], ...] = ()) -> None:
        self.completed = completed or Completed()
        self.own_kind = own_kind  # what the user says they are (group ``w``)
        self.own_verbs = own_verbs  # (verb, its question patterns) in the catalog's order
        self.heads = heads  # the kinds of party a requirement qualifies (company, 会社): no lacked requirement
        self.way_ask = way_ask  # a yes/no whether a way is allowed, or between two ways (on paper, by post, e-Gov only)
        self.wh_ask = wh_ask  # an interrogative before the yes/no verb: a which / what question
        self.case = case  # the case a restriction is stated for ("For nursing care occupations, ...")
        self.counted = counted  # a restriction of whom a count includes (employees, 職員): the user's others apply
        self.membership = membership  # "is caregiving one of them?": no restriction of another term answers it
        self.every = every  # "automatically / always / all / every", 自動的に / 必ず / すべて
        self.others = others
        self.forms = forms
        self.scope = scope
        self.connectives = connectives
        self.question = question
        self.limits = limits
        self.glossary = glossary or Glossary.load()
        self.bounds = bounds or {}
        self.unmet = unmet
        self.opposites = opposites or {}
        self.types = types or AnswerTypes.load()
        self._limit_matches = functools.lru_cache(maxsize=8192)(self._find_limit_matches)

    # the requirements the rule book gives an alternative to (yes_no.unmet.instead: name, the requirement's words)
    instead: tuple[tuple[str, tuple[re.Pattern[str], ...]], ...] = ()

    def unmet_instead(self, requirement: str) -> str:
        """The name of what the rule book gives a user who lacks ``requirement`` (an unmet limit's ``x``: "excellent
        companies under an excellent supervisory organization" -> ``excellent``), "" when it gives nothing."""
        return next((name for name, patterns in self.instead if any(p.search(requirement) for p in patterns)), "")

    def answered_word(self, kind: str, word: str) -> bool:
        """Whether a yes/no answer of ``kind`` answers what ``word`` asks: "Not automatically" (a step needed
        separately, a qualified statement) answers "automatic", 自動 ..., which is then no subject the documents leave
        unmentioned."""
        return kind in (SEPARATELY, PARTLY) and any(p.search(word) for p in self.every)

    @classmethod
    def load(cls, path: Path | None = None, glossary: Glossary | None = None) -> "Limits":
        """The limits of the catalog at ``path`` (else the repository's), read once per catalog and glossary: the
        answer side asks for them in every yes/no answer."""
        return _load(cls, path, glossary)

    @classmethod
    def build(cls, path: Path | None = None, glossary: Glossary | None = None) -> "Limits":
        data = read_answer_types_file(str(path or DEFAULT_PATH)).get("yes_no") or {}
        question = _per_language(data.get("question"))
        limits = {kind: tuple(rx.compile(p, re.IGNORECASE) for p in patterns or [])
                  for kind, patterns in (data.get("limits") or {}).items()}
        connectives = rx.compile(data["connectives"], re.IGNORECASE) if data.get("connectives") else None
        bounds = {kind: tuple(rx.compile(p, re.IGNORECASE) for p in patterns or [])
                  for kind, patterns in (data.get("bounds") or {}).items()}
        unmet_data = data.get("unmet") or {}
        unmet = _per_language(unmet_data.get("question"))
        opposites = {word: tuple(rx.compile(p, re.IGNORECASE) for p in patterns or [])
                     for word, patterns in (unmet_data.get("opposites") or {}).items()}
        types = AnswerTypes.load(path) if path is not None else AnswerTypes.load()
        forms = tuple((rx.compile(f["unit"], re.IGNORECASE), rx.compile(f["question"], re.IGNORECASE))
                      for f in data.get("forms") or [])
        made = cls(question, limits, glossary, connectives, bounds, unmet, opposites, types, forms,
                   _per_language(data.get("scope")), _per_language(data.get("others")),
                   _per_language(data.get("every")), _per_language(data.get("membership")),
                   tuple(rx.compile(p, re.IGNORECASE) for p in data.get("counted") or []),
                   tuple(rx.compile(p, re.IGNORECASE) for p in data.get("case") or []),
                   _per_language(data.get("wh_ask")), _per_language(unmet_data.get("heads")),
                   _per_language(data.get("way_ask")), Completed.read(data.get("completed") or {}),
                   _per_language(data.get("own_kind")),
                   tuple((str(verb), _per_language(spec)) for verb, spec in (data.get("own_verbs") or {}).items()))
        made.instead = tuple((str(name), tuple(rx.compile(p, re.IGNORECASE) for p in patterns or []))
                             for name, patterns in (unmet_data.get("instead") or {}).items())
        return made

    def _find_limit_matches(self, text: str) -> dict[str, tuple[re.Match[str], ...]]:
        """Each kind's matches in a unit's text, pattern by pattern (kept per text in ``_limit_matches``: the units
        are the documents' sentences, read again for every yes/no question)."""
        return {kind: tuple(m for p in patterns for m in p.finditer(text)) for kind, patterns in self.limits.items()}

    def asks_yes_no(self, question: str) -> bool:
        """Whether a sentence of ``question`` asks yes or no (or what something covers): a yes/no pattern matches it
        with no interrogative before the match ("Which countries are eligible?" asks which)."""
        return any(self._yes_no_sentence(s) for s in _SENTENCES.split(question)) or self.asks_scope(question)

    def may_answer(self, question: str) -> bool:
        """Whether a limit may answer ``question``: it asks yes or no, or which / what (an exclusion of an item it
        names is said plainly: ``find``)."""
        return (self.asks_yes_no(question) or any(w.search(s) for s in _SENTENCES.split(question) for w in self.wh_ask)
                or any(p.search(question) for p in self.completed.question))  # whether a way must still be taken

    def _yes_no_part(self, question: str) -> str:
        """``question`` without its sentences that ask which / how many and no yes/no ("my cousin says there is no
        employer-employee relation. is it true? and max how many years can someone stay?"): a restriction on a span
        answers the yes/no only when the yes/no part asks of that span, not when another ask after it asks for it (the
        restriction on "training for up to five years" says nothing of the employment claim). The whole when nothing
        would be left."""
        sentences = [s for s in _SENTENCES.split(question) if s.strip()]
        last = max((i for i, s in enumerate(sentences) if self._yes_no_sentence(s)), default=-1)
        # (a which / how-many ask before the yes/no stays: the yes/no may point back at its span, 最長で何年まで…？普通の
        # 会社でもそこまでいけるの？)
        kept = [s for i, s in enumerate(sentences)
                if i <= last or self._yes_no_sentence(s) or not any(w.search(s) for w in self.wh_ask)]
        return " ".join(kept) if kept and len(kept) < len(sentences) else question

    def _yes_no_sentence(self, sentence: str) -> bool:
        for pattern in self.question:
            match = pattern.search(sentence)
            if match and not any(w.search(sentence[: match.start()]) for w in self.wh_ask):
                return True
        return False

    def asks_way(self, question: str) -> bool:
        """Whether the yes/no ``question`` asks whether a way of doing it is allowed, or which of two ways
        (``way_ask``: "can we send it on paper by post, or is it only electronic?", 紙の書類を郵送する形でも可能でしょうか)."""
        return self.asks_yes_no(question) and any(p.search(question) for p in self.way_ask)

    def asks_scope(self, question: str) -> bool:
        """Whether ``question`` asks what something covers (常勤職員の範囲, "who counts as a full-time
        employee"): a restriction or exclusion a quoted unit states answers it too."""
        return any(p.search(question) for p in self.scope)

    def find(self, question: str, units: list[str], quoted: set[str] | frozenset[str] = frozenset(),
             context: str = "") -> Limit | None:
        """The first limit among ``units`` (best first) that answers the yes/no ``question``: a date the
        question states outside a start or end a quoted unit states; a requirement the user says they do not
        meet; an exclusion of an item the question (or the user's ``context``, their self-description) names; a
        separate step about a term the question names; a restriction of a quoted unit or of what the question
        names. None when the question asks no yes/no or no unit limits what it asks about."""
        said = f"{context} {question}".strip() if context and context not in question else question
        found = self._completed(question, said, units)
        if found is not None:
            return found
        if not self.asks_yes_no(question):
            return self._named_exclusion(question, said, units, quoted)
        found = self._date_bound(question, [t for t in units if t in quoted])
        if found is not None:
            return found
        for text in units:
            for unit_form, other in self.forms:
                match = unit_form.search(text)
                if match and other.search(question) and not unit_form.search(question):
                    x = (match.groupdict().get("x") or match.group(0)).strip()
                    return Limit(FORM, text, x, self._ja(x), "", ())
        lacking = self._lacking(said)
        if lacking:
            for text in units:
                for match in self._limit_matches(text).get(ONLY, ()):
                    x = (match.groupdict().get("x") or "").strip(" ,")
                    # a requirement the user lacks answers only a question about what it restricts ("training for
                    # up to five years (limited to excellent companies)" answers "can we keep them five years?",
                    # not "can we accept trainees?")
                    if x and any(self._says(word, x) for word in lacking) and self._restricts_asked(
                            question, text, match):
                        return Limit(UNMET, text, x, self._ja(x), "", ())
        # a qualified statement answers only when no other limit does (a separate step says "not automatically"
        # more plainly than "a portion of")
        for kinds in ([k for k in self.limits if k != PARTLY], [PARTLY]):
            for text in units:
                matches = self._limit_matches(text)
                for kind in kinds:
                    for match in matches.get(kind, ()):
                        found = self._answers(kind, match, text, said if kind == EXCLUDE else question,
                                              text in quoted)
                        if found is not None:
                            return self._with_others(found, question)
        return None

    def _completed(self, question: str, said: str, units: list[str]) -> Limit | None:
        """A requirement with another way beside it (``yes_no.completed.unit``: ``x`` the way asked of, ``with`` the
        other) answering a question whether ``x`` must still be done (``question``) of a thing of the kind ``x``
        names (``asked``: a test), by a user who says (``said``, with their self-description) they complete the other
        way (``done``, not ``not_done``) and names it: kind ``completed`` (no, not needed). None otherwise."""
        rules = self.completed
        if not rules.unit or not any(p.search(question) for p in rules.question):
            return None
        if not any(p.search(said) for p in rules.done) or any(p.search(said) for p in rules.not_done):
            return None
        for text in units:
            for pattern in rules.unit:
                for match in pattern.finditer(text):
                    x, with_ = (match.group(g).strip(" ,") for g in ("x", "with"))
                    x_ja = self._ja(x)
                    kind_named = any(p.search(question) and (p.search(x) or any(p.search(j) for j in x_ja))
                                     for p in rules.asked)
                    if kind_named and self.names(said, with_):
                        return Limit(COMPLETED, text, x, x_ja, with_, self._ja(with_))
        return None

    def _named_exclusion(self, question: str, said: str, units: list[str], quoted: set[str] | frozenset[str]
                         ) -> Limit | None:
        """The exclusion of an item a which / what ``question`` names (中国 of 「どこの国の人が応募できるんですか？中国人の
        知り合いが…」), as ``EXCLUDED``; None when the question asks no which / what or names no excluded item."""
        if not self.may_answer(question):
            return None
        for text in units:
            for match in self._limit_matches(text).get(EXCLUDE, ()):
                found = self._answers(EXCLUDE, match, text, said, text in quoted)
                if found is not None:
                    return replace(found, kind=EXCLUDED)
        return None

    def _with_others(self, found: Limit, question: str) -> Limit:
        """A restriction ("limited to those whose main job is nursing care") and the categories the user wants
        counted that it does not name ("事務員や看護師も含めて", "count office staff and nurses too"): no, for
        those categories, named in the user's words (``with_``)."""
        if found.kind != ONLY or not self.others:
            return found
        if self.counted and not any(p.search(found.unit) for p in self.counted):
            return found  # a restriction of another thing than whom a count includes leaves no category out
        named = list(dict.fromkeys(m.group("w").strip() for p in self.others for m in p.finditer(question)
                                   if m.groupdict().get("w")))
        # a category the restriction itself names is not left out (by its own words: "nurses" is not "nursing")
        named = [w for w in named if w.lower() not in found.x.lower() and not any(w in n for n in found.x_ja)]
        if not named:
            return found
        joined = "や".join(named) if any(ord(c) > 0x2FFF for c in "".join(named)) else " and ".join(named)
        return Limit(OTHERS, found.unit, found.x, found.x_ja, joined, (joined,))

    def _answers(self, kind: str, match: re.Match[str], text: str, question: str, quoted: bool) -> Limit | None:
        groups = {k: (v or "").strip(" ,") for k, v in match.groupdict().items()}
        x, with_ = groups.get("x", ""), groups.get("with", "")
        if self.connectives is not None:
            x = self.connectives.sub("", x)
        if kind == EXCLUDE:
            of = groups.get("of", "")
            if of and self.connectives is not None:
                of = self.connectives.sub("", of)
            if of and not self.names(question, rx.sub(r"^(?:the\s+)?(?:number|count|total)\s+of\s+", "", of, flags=re.I)):
                return None  # what leaves x out is not what the question asks about
            whole = list(self.glossary.spellings(x)) == [x]  # one term: "Fundamental and basic IT skill courses"
            for item in ([x] if whole else [*_items(x), x]):
                if self.names(question, item):
                    if self._is_own_kind(question, item):
                        return Limit(EXCLUDE_OWN, text, item, self._ja(item, question), "", (),
                                     verb=self._own_verb(question))
                    return Limit(kind, text, item, self._ja(item, question), "", ())
            return None
        if kind == PARTLY and not any(p.search(question) for p in self.every):
            return None  # a qualified statement answers "automatically / for all?", not a plain "can we?"
        if kind in (SEPARATELY, PARTLY):
            named = any(self.names(question, term) for term in self.glossary.spellings(text))
            if not named:
                return None
            return Limit(kind, text, x, self._ja(x), with_, self._ja(with_))
        if kind == ONLY and any(p.search(question) for p in self.membership):
            return None  # whether X is one of a list: a restriction of another term says nothing of it
        if kind == ONLY and self._other_case(question, text[: match.start()]):
            return None  # a restriction for a case the question does not name (nursing care, asked of a factory)
        # (the clause saying after what the question asks, "After we send the forms, is there any interview?", names
        # no subject the restriction must be of: a restriction on sending answers nothing of the interview)
        main = self._main_clause(question)
        if kind == ONLY and x and ((quoted and self._about_asked(main, text[: match.start()],
                                                               text[match.start():].replace(x, " ")))
                                   or self._same_quantity(main, text[: match.start()])):
            return Limit(kind, text, x, self._ja(x), "", ())
        return None

    def _main_clause(self, question: str) -> str:
        """``question`` without its clause saying after what it asks (answer_types.yaml ``time_clause``: "After we
        send the forms,"); unchanged when nothing else is left."""
        main = self.types.without_time_clause(question) if hasattr(self.types, "without_time_clause") else question
        return main if main.strip(" ?？。.") else question

    def _is_own_kind(self, said: str, item: str) -> bool:
        """Whether the user says they are of the excluded kind ``item`` ("We are a small non-profit organization",
        「うちはNPO法人なんですが」: ``own_kind``)."""
        return any(m.group("w") and self.names(m.group("w"), item) for p in self.own_kind for m in p.finditer(said))

    def _own_verb(self, said: str) -> str:
        """The act the question asks whether the user may do (the first of ``own_verbs`` it names), "" for none."""
        return next((verb for verb, patterns in self.own_verbs if any(p.search(said) for p in patterns)), "")

    def _restricts_asked(self, question: str, text: str, match: re.Match[str]) -> bool:
        """Whether the restriction ``match`` of ``text`` qualifies what ``question`` asks about (its clause's
        subject, or the same quantity)."""
        before, x = text[: match.start()], match.groupdict().get("x") or ""
        question = self._main_clause(question)
        return (self._about_asked(question, before, text[match.start():].replace(x, " "))
                or self._same_quantity(question, before))

    def _other_case(self, question: str, before: str) -> bool:
        """Whether the sentence of a restriction opens with the case it is stated for (``case``: "For nursing care
        occupations, ...") and ``question`` names no word of that case."""
        for pattern in self.case:
            found = [m for m in pattern.finditer(before) if m.groupdict().get("c")]
            if found:
                case = found[-1].group("c").strip()
                # (a word of the case, or its glossary spelling: 介護 of "nursing care")
                own = [_stem(w) for w in _WORD.findall(case.lower()) if w not in _FILLER and w not in _GENERIC]
                if len(own) > 1:
                    # the case's head names the kind of thing ("occupations" of "nursing care occupations"): its
                    # modifiers tell the case apart ("is welding one of the covered occupations?" names no case)
                    own = own[:-1]
                asked = {_stem(w) for w in _WORD.findall(question.lower())}
                named = any(s and s in question for spellings in self.glossary.spellings(case).values()
                            for s in spellings)
                return not named and not (set(own) & asked) and not (has_cjk(case) and case in question)
        return False

    def _about_asked(self, question: str, limited: str, rest: str = "") -> bool:
        """Whether what a quoted restriction qualifies (the words of its clause just before it: "the maximum
        number of recipients per year is" limited to 10%, "technical training for up to five years" limited to
        excellent companies) is something the question names, by a glossary term or a content word: a limit on
        another subject of the passage (the quota beside the employment relationship asked) answers no yes/no."""
        clause = rx.split(r"[,;:(]|\b(?:if|when|and)\b", limited.rstrip(" ("))[-1]
        opening = False
        if not clause.strip():
            # the restriction opens its sentence ("Currently, only the two fields of X can be transferred from No.
            # 1"): it qualifies the sentence's own subject, which the question must name (the fields, the transfer),
            # not only a number label the sentence shares ("the No. 2 limit" of a trainee quota)
            clause = rx.split(r"[.;]", rest)[0] if rest else ""
            opening = True
            if not clause.strip():
                return True
        spans = self.types.detect(clause) & {"duration", "amount", "date"}
        # (the span a which / how-many ask beside the yes/no asks for is not what the yes/no asks of: _yes_no_part)
        yes_no = self._yes_no_part(question)
        if spans & (self.types.detect(yes_no) | self.types.classify(yes_no).types):
            return True  # the span or sum asked, restricted ("5年いけますか？": "for up to five years (limited to ...)")
        words = _WORD.findall(clause.lower())[-8:]
        tail = " ".join(words)
        # (the program itself is what every question on it names: "technical training" limited to excellent
        # companies is no subject of "do trainees and the company have an employment relationship?")
        programs = self.glossary.programs()
        terms = {en: spellings for en, spellings in self.glossary.spellings(tail).items() if spellings[0] not in programs}
        for spellings in terms.values():
            if any(sp and sp in question for sp in spellings):
                return True
        program_words = {w for en, sp in self.glossary.spellings(tail).items() if sp[0] in programs
                         for w in _WORD.findall(en.lower())}
        own = {_stem(w) for w in words if w not in _FILLER and w not in _GENERIC and w not in program_words}
        asked = {_stem(w) for w in _WORD.findall(question.lower())}
        if opening and (not asked or has_cjk(question)):
            # a question in another language than the document names the subject in its own words, which only the
            # glossary's terms read: the restriction that opens its sentence answers it, as before
            return True
        return bool(own & asked)

    def _same_quantity(self, question: str, limited: str) -> bool:
        """Whether the question names a quantity the words a restriction qualifies state ("keep a trainee for 5
        years" and "training for up to N years (limited to ...)", the number in words or digits): the same
        number with the same unit."""
        from bot.text.numbers import words_to_digits

        units = r"years?|months?|weeks?|days?|hours?|people|persons|trainees?|employees?"
        quantity = rx.compile(rf"(?<![\d.,])(\d+)\s*({units})\b", re.IGNORECASE)

        def read(text: str) -> set[tuple[str, str]]:
            text = words_to_digits(text, units=units)
            return {(n, _stem(u.lower())) for n, u in quantity.findall(text)}

        tail = limited[-80:]  # the words just before the restriction
        return bool(read(self._yes_no_part(question)) & read(tail))

    def _date_bound(self, question: str, units: list[str]) -> Limit | None:
        """A date the question states compared with a start (``after``) or end (``before``) a unit states:
        "launched in and after <a month>" and "we start in <an earlier month>" -> before the start."""
        asked = [v for v in self.types.stated_values(_DATE_ASK, question, limit=4) if _when(v) is not None]
        if not asked:
            return None
        for text in units:
            for kind, patterns in self.bounds.items():
                for pattern in patterns:
                    for match in pattern.finditer(text):
                        values = self.types.stated_values(_DATE_ASK, match.group("date"), limit=1)
                        bound = values[0] if values and _when(values[0]) is not None else None
                        if bound is None:
                            continue
                        # a date other than the bound itself first (the question may repeat the bound)
                        for value in sorted(asked, key=lambda v: _when(v) == _when(bound)):
                            order = _compare(_when(value), _when(bound))
                            if order is None:
                                continue
                            met = order >= 0 if kind == AFTER else order <= 0
                            return Limit(kind, text, match.group("date").strip(), (), "", (), bound, value, met)
        return None

    def _lacking(self, said: str) -> list[str]:
        """The words the user says they are not ("not excellent", 優良ではない) and, through the catalog's
        opposites, those a word they use denies ("a normal company" is not an excellent one)."""
        words = [m.group("w") for p in self.unmet for m in p.finditer(said) if m.groupdict().get("w")]
        words += [word for word, patterns in self.opposites.items() if any(p.search(said) for p in patterns)]
        return words

    def _says(self, word: str, x: str) -> bool:
        """Whether the requirement ``x`` (English words of the source) has ``word`` (English or Japanese). A word
        that only names the kind of party the requirement qualifies (``unmet.heads``: "not a company" beside
        "excellent companies") is no requirement the user lacks: the qualifier is."""
        if any(p.fullmatch(word.strip()) for p in self.heads):
            return False
        if _stem(word.lower()) in {_stem(w) for w in _WORD.findall(x.lower())}:
            return True
        return any(word in name for name in self._ja(x)) or any(
            word in spelling for spellings in self.glossary.spellings(x).values() for spelling in spellings)

    def _ja(self, text: str, question: str = "") -> tuple[str, ...]:
        """The Japanese names of the glossary terms in ``text``; a term the question writes in another of its
        spellings is named with that spelling too (中華人民共和国（中国）, asked as 中国), so the reply uses the user's word."""
        out = []
        for spellings in self.glossary.spellings(text).values():
            name = spellings[0]
            asked = next((a for a in spellings[1:] if a and a in question and a not in name), "")
            out.append(f"{name}（{asked}）" if asked and has_cjk(asked) else name)
        return tuple(dict.fromkeys(out))

    def names(self, question: str, item: str) -> bool:
        """Whether ``question`` names ``item`` (English words of the source): by the item's content words (each
        stem of the item's own words, or most of them for a long item), or by a spelling (Japanese or English) of
        a glossary term in it."""
        lowered = question.lower()
        for spellings in self.glossary.spellings(item).values():
            if any(s and s in question for s in spellings):
                return True
            english = self.glossary.english(spellings[0])
            if any(rx.search(rf"(?<![\w-]){re.escape(e.lower())}(?![\w-])", lowered) for e in english):
                return True
        own = [_stem(w) for w in _WORD.findall(item.lower()) if w not in _FILLER]
        asked = {_stem(w) for w in _WORD.findall(question.lower())}
        hits = sum(w in asked for w in own)
        # every word of a short item ("industry associations"), most words of a long one ("basic IT course" for
        # "Fundamental and basic IT skill courses")
        return bool(own) and (hits == len(own) or (hits >= 2 and 2 * hits >= len(own)))


@dataclass(frozen=True)
class Completed:
    """The patterns of ``yes_no.completed`` (knowledge/answer_types.yaml): the unit stating two ways, the question
    whether the first must still be done, the kind of thing asked, and the user's completing the other way."""

    unit: tuple[re.Pattern[str], ...] = ()
    question: tuple[re.Pattern[str], ...] = ()
    asked: tuple[re.Pattern[str], ...] = ()
    done: tuple[re.Pattern[str], ...] = ()
    not_done: tuple[re.Pattern[str], ...] = ()

    @classmethod
    def read(cls, data: dict) -> "Completed":
        return cls(tuple(rx.compile(p, re.IGNORECASE) for p in data.get("unit") or []),
                   *(_per_language(data.get(key)) for key in ("question", "asked", "done", "not_done")))


# a sentence ends at its full stop, question or exclamation mark (kept with it)
_SENTENCES = re.compile(r"(?<=[。？?！!])\s*")


def _when(value: StatedValue) -> tuple[int, ...] | None:
    """A stated date as (year, month, day) at the precision it is stated: (year, month) for a month and year."""
    groups = value.groups
    try:
        year = int(groups["year"])
    except (KeyError, ValueError):
        return None
    month = groups.get("month", "")
    number = month_number(month) or 0
    if not number:
        return (year,)
    return (year, number, int(groups["day"])) if groups.get("day", "").isdigit() else (year, number)


def _compare(a: tuple[int, ...] | None, b: tuple[int, ...] | None) -> int | None:
    """-1, 0 or 1 comparing two dates at the precision both state; None when that cannot tell them apart
    (a year alone and a month of that year)."""
    if a is None or b is None:
        return None
    n = min(len(a), len(b))
    if a[:n] != b[:n]:
        return -1 if a[:n] < b[:n] else 1
    return 0 if len(a) == len(b) else None


def _per_language(spec: dict[str, list[str]] | None) -> tuple[re.Pattern[str], ...]:
    """The patterns of a ``yes_no`` entry kept per language (``en: [...]``, ``ja: [...]``), all compiled."""
    return tuple(rx.compile(p, re.IGNORECASE) for values in (spec or {}).values() for p in values or [])


def _items(x: str) -> list[str]:
    """The items of an enumeration: "industry associations, non-profit organizations, and local governments"."""
    parts = rx.split(r",\s*(?:and|or)\s+|,\s*|\s+(?:and|or)\s+|、|および|及び|や", x)
    return [p.strip(" .") for p in parts if p.strip(" .")]


def _stem(word: str) -> str:
    """The English stem of ``word`` by the project's stemmer (the retriever analyzer's, bot/query.py):
    "associations" and "association", "governments" and "government" are one word."""
    return english_stemmer().stemWord(word)


@functools.lru_cache(maxsize=8)
def _load(cls: type[Limits], path: Path | None, glossary: Glossary | None) -> Limits:
    return cls.build(path, glossary)
