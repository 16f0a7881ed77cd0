"""Answer types: what a question asks for (a date, a duration, an amount, an address ...) and which types a
quotable unit of a document carries, both from patterns kept as data (knowledge/answer_types.yaml).

A *hard* type asked by a question must be carried by the unit an answer quotes; when no retrieved unit carries
it, the documents do not state it and the reply says so. A *soft* type only helps rank units.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path

from bot.answers.focus import FocusRules
from bot.datafile import parse_yaml
from bot.text import rx

# Texts whose detected types are kept (the knowledge base's units and recent questions).
TEXTS_KEPT = 8192

DEFAULT_PATH = Path(__file__).resolve().parents[2] / "knowledge" / "answer_types.yaml"
# Set by the unit builder from a unit's shape, never by patterns.
SHAPE_TYPES = ("list", "block")


# The types whose figure a confirmation asks when it states one ("founded in 1989 ... 77 occupations: right?").
_CONFIRMED_TYPES = ("date", "number")
# The shapes of answer a request beside the question asks for ("Give some examples."): they apply to its question
_SHAPE_ASKS = ("examples",)
# The types whose value a question states with its condition asked, whether or not it asks for that type too
_GIVEN_UNASKED = frozenset({"duration"})
# The types that are no value a question can state: "is the arrangement of flights up to the host company?" names
# what is provided, and asks who provides it (a unit of the support list must answer); 何の在留資格になるの？ names
# the status of residence it asks which one of
_NEVER_GIVEN = frozenset({"support", "residence_status"})


@dataclass(frozen=True)
class Kind:
    """A narrower ask of a type (a deadline is a date of the application period)."""

    name: str
    question: tuple[re.Pattern[str], ...]
    unit: tuple[re.Pattern[str], ...]
    # a qualifier's own types (the provider's side of the requirements asked); none: the qualifiers' types
    types: frozenset[str] = frozenset()
    # a question this kind's patterns find asks for its type too, whether or not the type's own patterns find it
    # ("what TOEIC score counts?" asks a number through its score)
    asks_type: bool = False
    # a qualifier whose units answer only a question that names it (the provider's requirements are not the
    # course's: "what are the requirements for Re-Skills courses?" is answered by the course's list)
    only_when_asked: bool = False


@dataclass(frozen=True)
class AnswerType:
    name: str
    hard: bool
    question: tuple[re.Pattern[str], ...]
    unit: tuple[re.Pattern[str], ...]
    kinds: tuple[Kind, ...] = ()
    subject: bool = False  # a fact about a named subject: the unit's passage must name the question's subject
    # among units that carry this (soft) type about as well, those these patterns find answer it best (a
    # procedure asked: the sentence that opens its steps, not one step of them)
    prefer: tuple[re.Pattern[str], ...] = ()
    # a sentence that asks only whether the route the type names is allowed ("添付書類は郵送でも大丈夫ですか？",
    # "can we send the attachments by post instead?") asks a condition (yes, with its rule): the type's unit is
    # still preferred, but not required (no "the documents give no address" when another ask fills the answer)
    yes_no: tuple[re.Pattern[str], ...] = ()


@dataclass(frozen=True)
class Ask:
    """What one question asks for: its types and, per type, the narrower kinds it names."""

    types: frozenset[str] = frozenset()
    kinds: dict[str, tuple[str, ...]] = field(default_factory=dict)
    hard: frozenset[str] = frozenset()
    # the types whose value the question states itself and asks the condition of ("can everyone stay 5 years?")
    given: frozenset[str] = frozenset()
    # the types whose figures a confirmation states ("founded in 1989, 77 occupations: is that right?")
    confirmed: frozenset[str] = frozenset()

    def __hash__(self) -> int:  # pragma: no cover - dataclass with a dict field
        return hash((self.types, tuple(sorted(self.kinds.items())), self.hard))


@dataclass(frozen=True)
class Qualifiers:
    """What a contact or office question can be about, for the types it applies to; negated ones are dropped."""

    types: frozenset[str] = frozenset()
    negation: tuple[re.Pattern[str], ...] = ()
    kinds: tuple[Kind, ...] = ()


@dataclass(frozen=True)
class ValuePattern:
    """How a value of a type is read from a unit's text: named groups, and for dates their strptime format."""

    pattern: re.Pattern[str]
    render: str = ""  # the kind of value (knowledge.value.<render> in the response catalogs)


@dataclass(frozen=True)
class StatedValue:
    """A value a quoted unit states: its type, the groups read from the text and how to parse them."""

    type: str
    groups: dict[str, str]
    render: str = ""


class AnswerTypes:
    """The type catalog: classify questions, detect the types a unit carries, check a unit against an ask."""

    def __init__(self, types: list[AnswerType], values: dict[str, tuple[ValuePattern, ...]] | None = None,
                 eras: dict[str, int] | None = None, qualifiers: "Qualifiers | None" = None,
                 same_period: tuple[re.Pattern[str], ...] = (),
                 condition: tuple[re.Pattern[str], ...] = (),
                 asking: tuple[tuple[re.Pattern[str], ...], ...] = (), focus: FocusRules | None = None) -> None:
        self.focus = focus or FocusRules()
        self.condition_ask: tuple[re.Pattern[str], ...] = ()  # "any conditions?", 条件があれば (condition_ask)
        self.time_clause: tuple[re.Pattern[str], ...] = ()  # "After we send the forms," (time_clause)
        self.each_ask: tuple[re.Pattern[str], ...] = ()  # "how long can each stay?", それぞれ (each_ask)
        self.whole_list: tuple[re.Pattern[str], ...] = ()  # "all the requirements", 一覧 (whole_list)
        self.other_items: tuple[re.Pattern[str], ...] = ()  # "anything else?", ほかに何か (other_items)
        self.list_verb: tuple[re.Pattern[str], ...] = ()  # "what does it cover", 何が含まれ (list_verb)
        self.points_back: tuple[re.Pattern[str], ...] = ()  # "which one ...?", どちらが (points_back)
        self.same_event: tuple[re.Pattern[str], ...] = ()  # "on that trip", その時に (same_event)
        self.same_kind_pronoun: tuple[re.Pattern[str], ...] = ()  # "which one" standing for a kind (same_kind)
        self.same_kind: tuple[re.Pattern[str], ...] = ()  # "which METI office" naming it (same_kind, group k)
        # "and the month before?", その前の月は？: way (before, after) -> patterns (relative_period)
        self.relative_period: dict[str, tuple[re.Pattern[str], ...]] = {}
        self.self_description: tuple[re.Pattern[str], ...] = ()  # 市役所の国際交流担当です (self_description)
        # a graduate, a student: how the user says it, how a criterion on it opens (self_attributes)
        self.self_attributes: tuple[tuple[tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]], ...] = ()
        self.list_topic: tuple[re.Pattern[str], ...] = ()  # "which documents", どんな書類 (list_topic)  # what a question asks about beyond its program (bot/answers/focus.py)
        self.asking = asking  # tiers: a question first, then a request
        self.same_period = same_period
        self.condition = condition
        self.qualifiers = qualifiers or Qualifiers()
        self.types = {t.name: t for t in types}
        self.values = values or {}
        self.eras = eras or {}
        # a unit's types, per text: the selector asks for the same units' types for every ask of a turn
        self._detected = functools.lru_cache(maxsize=TEXTS_KEPT)(self._detect)

    @classmethod
    def load(cls, path: Path | None = None) -> "AnswerTypes":
        """The catalog at ``path`` (a file), else the repository's."""
        return _load(str(path or DEFAULT_PATH))

    @classmethod
    def for_knowledge(cls, knowledge_dir: Path | None) -> "AnswerTypes":
        """The catalog of a knowledge folder (BOT_KNOWLEDGE_DIR): its ``answer_types.yaml``, else the
        repository's (a knowledge folder without one keeps the built-in types, as for the response catalog)."""
        path = Path(knowledge_dir) / "answer_types.yaml" if knowledge_dir is not None else None
        return cls.load(path if path is not None and path.is_file() else None)

    @classmethod
    def from_data(cls, data: dict) -> "AnswerTypes":
        out: list[AnswerType] = []
        for name, spec in (data.get("types") or {}).items():
            kinds = tuple(
                Kind(kind, _patterns(kspec.get("question")), _patterns(kspec.get("unit")),
                     asks_type=bool(kspec.get("asks_type")))
                for kind, kspec in (spec.get("kinds") or {}).items()
            )
            out.append(AnswerType(name, bool(spec.get("hard")), _patterns(spec.get("question")),
                                  _patterns(spec.get("unit")), kinds, bool(spec.get("subject")),
                                  _patterns(spec.get("prefer")), _patterns(spec.get("yes_no"))))
        values = {
            name: tuple(ValuePattern(rx.compile(v["pattern"], re.IGNORECASE), str(v.get("render") or name))
                        for v in specs)
            for name, specs in (data.get("values") or {}).items()
        }
        q = data.get("qualifiers") or {}
        qualifiers = Qualifiers(
            frozenset(q.get("types") or ()), _patterns(q.get("negation")),
            tuple(Kind(name, _patterns(spec.get("question")), _patterns(spec.get("unit")),
                       frozenset(spec.get("types") or ()), only_when_asked=bool(spec.get("only_when_asked")))
                  for name, spec in (q.get("kinds") or {}).items()),
        )
        made = cls(out, values, {str(k): int(v) for k, v in (data.get("eras") or {}).items()}, qualifiers,
                   _patterns(data.get("same_period")), _patterns(data.get("condition_clause")),
                   tuple(_patterns(tier) for tier in (data.get("asking_sentence") or {}).values()),
                   FocusRules.from_data(data.get("focus")))
        made.condition_ask = _patterns(data.get("condition_ask"))
        made.same_event = _patterns(data.get("same_event"))
        made.time_clause = _patterns(data.get("time_clause"))
        made.each_ask = _patterns(data.get("each_ask"))
        made.whole_list = _patterns(data.get("whole_list"))
        made.other_items = _patterns(data.get("other_items"))
        made.list_verb = _patterns(data.get("list_verb"))
        made.focus = replace(made.focus, asking=(*made.focus.asking, *made.list_verb))
        made.points_back = _patterns(data.get("points_back"))
        made.same_kind_pronoun = _patterns((data.get("same_kind") or {}).get("pronoun"))
        made.same_kind = _patterns((data.get("same_kind") or {}).get("kind"))
        made.relative_period = {str(way): _patterns(spec)
                                for way, spec in (data.get("relative_period") or {}).items()}
        made.list_topic = _patterns(data.get("list_topic"))
        made.self_description = _patterns(data.get("self_description"))
        made.self_attributes = tuple(
            (_patterns(spec.get("user")), _patterns(spec.get("criterion")))
            for spec in (data.get("self_attributes") or {}).values())
        made.question_sentence = _patterns((data.get("asking_sentence") or {}).get("question"))
        made.all_steps = _patterns(data.get("all_steps"))
        made.ask_joint = _patterns(data.get("ask_joint"))
        made.whose_pointer = _patterns(data.get("whose_pointer"))
        made.between_ways = _patterns((data.get("way_alternatives") or {}).get("question"))
        made.way_units = _patterns((data.get("way_alternatives") or {}).get("units"))
        made.added_ask = _patterns(data.get("added_ask"))
        made.request_sentence = _patterns((data.get("asking_sentence") or {}).get("request"))
        made.topic_request = _patterns(data.get("topic_request"))
        made.update_asks = {str(row): _patterns(spec) for row, spec in (data.get("update_asks") or {}).items()}
        made.still_current = _patterns(data.get("still_current") or {})
        made.still_current_not = _patterns(data.get("still_current_not") or {})
        made.confirming = _patterns(data.get("confirming"))
        made.pointer = _patterns(data.get("pointer"))
        # (``asked``, optional: the reference applies only to a question that names what it is about)
        made.references = tuple((re.compile(str(ref["unit"]), re.IGNORECASE), re.compile(str(ref["referent"]),
                                                                                    re.IGNORECASE),
                                 rx.compile(str(ref["asked"]), re.IGNORECASE) if ref.get("asked") else None)
                                for ref in (data.get("references") or []))
        made.siblings = tuple(frozenset(str(c) for c in group) for group in (data.get("siblings") or []))
        made.sibling_origin = _patterns(data.get("sibling_origin"))
        made.permission = _patterns(data.get("permission"))
        made.contrast = _patterns(data.get("contrast"))
        # a unit that limits something to a group ("limited to excellent companies", に限る): yes_no.limits.only
        made.limiting = _patterns(((data.get("yes_no") or {}).get("limits") or {}).get("only"))
        made.short_forms = tuple((rx.compile(str(spec["term"])), str(spec["full_name"]))
                                 for spec in (data.get("short_form") or {}).values() if spec)
        made.offered_alternative = _patterns(data.get("offered_alternative"))
        return made

    def offered_alternatives(self, text: str) -> list[str]:
        """The alternatives ``text`` offers after the thing it asks about in an either-or question
        (``offered_alternative``, group ``alt``: "would the trainees be our employees with a contract, or are they more
        like visiting students?" -> "visiting students"): the user's other guess, not a subject of its own."""
        return [m.group("alt").strip() for p in getattr(self, "offered_alternative", ()) for m in p.finditer(text)
                if m.group("alt") and m.group("alt").strip()]

    def short_form_terms(self, text: str) -> list[str]:
        """The terms ``text`` uses by their short form ("through the System": ``short_form.term``, group 1) that it does
        not also name in full, in order."""
        return [t for pattern, full in getattr(self, "short_forms", ())
                for t in dict.fromkeys(pattern.findall(text)) if not self.full_name(t, text)]

    def full_name(self, term: str, text: str) -> bool:
        """Whether ``text`` names the short-form ``term`` in full ("e-Gov Electronic Application System" for "System":
        ``short_form.full_name`` with {term} replaced)."""
        return any(rx.search(full.replace("{term}", re.escape(term)), text)
                   for _, full in getattr(self, "short_forms", ()))

    def asks_between_ways(self, question: str) -> bool:
        """Whether ``question`` asks a method between two ways (``way_alternatives.question``: "online or on paper?",
        電子申請のみか、書類の郵送も可能か)."""
        return any(p.search(question) for p in getattr(self, "between_ways", ()))

    def asks_whose_by_pointer(self, text: str) -> bool:
        """Whether ``text`` asks a contact of whom the message speaks elsewhere by a pointer (``whose_pointer``:
        "their phone number", そこの電話番号)."""
        return any(p.search(text) for p in getattr(self, "whose_pointer", ()))

    def ask_joints(self, text: str) -> list[int]:
        """Where ``text`` joins two noun-phrase asks (``ask_joint``: 対象分野と、|実習の割合の要件): the ends of the joints."""
        return sorted({m.end() for p in getattr(self, "ask_joint", ()) for m in p.finditer(text)})

    def opens_added_ask(self, clause: str) -> bool:
        """Whether ``clause`` is a question of its own added after others (``added_ask``: それと実習生は従業員なのか、):
        it asks even when it names no kind of answer (a yes/no)."""
        return any(p.search(clause) for p in getattr(self, "added_ask", ()))

    def states_limit(self, text: str) -> bool:
        """Whether ``text`` limits what it states to a group ("up to five years (limited to excellent companies
        ...)", に限る): it states who qualifies."""
        return any(p.search(text) for p in getattr(self, "limiting", ()))

    def sibling_qualifiers(self, named: set[str]) -> dict[str, frozenset[str]]:
        """The qualifiers ``named`` holds that tell two things apart (``siblings``: No. 1 / No. 2, online /
        in-person), each with its siblings, when the question names that qualifier and none of its siblings."""
        out: dict[str, frozenset[str]] = {}
        for group in getattr(self, "siblings", ()):
            asked = group & named
            if len(asked) == 1:
                (one,) = asked
                out[one] = group - {one}
        return out

    def only_points(self, text: str) -> bool:
        """Whether ``text`` only points elsewhere ("▶ See the list below.": ``pointer``): it states nothing."""
        return any(p.search(text) for p in getattr(self, "pointer", ()))

    def contrast_clauses(self, text: str) -> list[str]:
        """The clauses of ``text`` split at its sentence ends and contrasts ("Applicants may live in ..., but those
        currently residing in Japan are not eligible": ``contrast``)."""
        clauses = [text]
        for pattern in getattr(self, "contrast", ()):
            clauses = [part for clause in clauses for part in pattern.split(clause)]
        return [c for c in clauses if c and c.strip()]

    def permits(self, text: str) -> bool:
        """Whether ``text`` says what someone is allowed to do ("Applicants may apply even if ...": ``permission``)."""
        return any(p.search(text) for p in getattr(self, "permission", ()))

    def without_origin(self, text: str) -> str:
        """``text`` without the origin of a move it states ("transferred from No. 1": ``sibling_origin``)."""
        for pattern in getattr(self, "sibling_origin", ()):
            text = pattern.sub(" ", text)
        return text

    def asked_update_rows(self, question: str) -> list[str]:
        """The rows of knowledge/rules/updates.yaml whose change ``question`` asks about (``update_asks``:
        "will the program still exist in 2028?" asks about its replacement), in the catalog's order."""
        return [row for row, patterns in getattr(self, "update_asks", {}).items()
                if any(p.search(question) for p in patterns)]

    def asks_still_current(self, question: str) -> bool:
        """Whether ``question`` asks if what it heard is still so (``still_current``: "is 14 still the number
        now?", 今もそうですか): the change since answers it, not a limit the passage states."""
        return any(p.search(question) for p in getattr(self, "still_current", ())) and not any(
            p.search(question) for p in getattr(self, "still_current_not", ()))

    def is_question(self, sentence: str) -> bool:
        """Whether ``sentence`` is a question (``asking_sentence.question``), with or without a question mark
        ("…対象でしたか。")."""
        return any(p.search(sentence) for p in getattr(self, "question_sentence", ()))

    def asks_all_steps(self, question: str) -> bool:
        """Whether ``question`` asks for every step of a procedure ("step by step", 手順を順番に): ``all_steps``."""
        return any(p.search(question) for p in getattr(self, "all_steps", ()))

    def is_request(self, sentence: str) -> bool:
        """Whether ``sentence`` requests an answer (``asking_sentence.request``: 申請方法もあわせて教えてください)."""
        return any(p.search(sentence) for p in getattr(self, "request_sentence", ()))

    def is_topic_request(self, sentence: str) -> bool:
        """Whether ``sentence`` requests only what the questions around it are about (``topic_request``:
        …の認定申請について教えてください。)."""
        return any(p.search(sentence) for p in getattr(self, "topic_request", ()))

    def attribute_criteria(self, text: str) -> tuple[re.Pattern[str], ...]:
        """How the criteria open on what ``text`` says of its writer ("I graduated": "Graduates must ..."):
        ``self_attributes``."""
        return tuple(p for user, criterion in self.self_attributes if any(u.search(text) for u in user)
                     for p in criterion)

    def asks_whole_list(self, question: str) -> bool:
        """Whether ``question`` asks for a whole list ("all the requirements", 一覧): ``whole_list``."""
        return any(p.search(question) for p in self.whole_list)

    def without_list_verb(self, question: str) -> str:
        """``question`` with the verb that asks for a list's items blanked ("what does the program cover"):
        ``list_verb``."""
        for pattern in self.list_verb:
            question = pattern.sub(" ", question)
        return question

    def asks_other_items(self, question: str) -> bool:
        """Whether ``question`` asks for the items beside the one it names ("anything else?"): ``other_items``."""
        return any(p.search(question) for p in self.other_items)

    def asks_of_background(self, question: str) -> bool:
        """Whether ``question`` asks about things the message named before it ("Which one can be a Re-Skills
        course?" after two courses described): ``points_back``."""
        return any(p.search(question) for p in self.points_back)

    def with_kind_of(self, question: str, before: str) -> str:
        """``question`` with its "which one" read as the kind ``before`` named ("which METI office is in charge of
        X, and which one handles Y?": "which office handles Y?"): ``same_kind``. Unchanged when either is missing."""
        kind = next((m.group("k") for p in self.same_kind for m in [p.search(before)] if m), None)
        if not kind:
            return question
        for pattern in self.same_kind_pronoun:
            question, n = pattern.subn(f"which {kind}", question, count=1)
            if n:
                break
        return question

    def list_topics(self, question: str) -> list[str]:
        """What a list question asks a list of ("documents" of "which documents must ...?"): ``list_topic``."""
        return [m.group("t") for p in self.list_topic for m in p.finditer(question) if m.groupdict().get("t")]

    def asks_condition(self, question: str) -> bool:
        """Whether ``question`` asks for the condition of the value it asks ("any conditions?", 条件があれば,
        どこの会社でも): ``condition_ask`` in the catalog."""
        return any(p.search(question) for p in self.condition_ask)

    def asks_each(self, question: str) -> bool:
        """Whether ``question`` asks its value of each of the things the message names (それぞれ何年, "how long can
        each stay?"): ``each_ask`` in the catalog."""
        return any(p.search(question) for p in self.each_ask)

    def conditions(self, question: str) -> list[str]:
        """The condition clauses of ``question`` ("if uploading to e-gov doesn't work,", 届かない場合):
        ``condition_clause`` in the catalog."""
        return [m.group(0) for p in self.condition for m in p.finditer(question)]

    def asks_of_event_before(self, question: str) -> bool:
        """Whether an ask points back to the event the ask before it names ("which company did they visit on that
        trip?", その時に訪問した会社は？): ``same_event`` in the catalog."""
        return any(p.search(question) for p in self.same_event)

    def asks_same_period(self, question: str) -> bool:
        """Whether ``question`` asks for the other entries of the same month, year or day as one it names
        ("which other visit was in the same month?", 同じ月): ``same_period`` in the catalog."""
        return any(p.search(question) for p in self.same_period)

    def period_shift(self, question: str) -> int:
        """How many months a follow-up moves the month of the previous question ("and the month before?" -1,
        その次の月は？ +1; 0 when it asks for neither or both): ``relative_period`` in the catalog."""
        ways = {way for way, patterns in self.relative_period.items() if any(p.search(question) for p in patterns)}
        return {"before": -1, "after": 1}.get(next(iter(ways)), 0) if len(ways) == 1 else 0

    def qualifiers_of(self, ask: Ask, question: str) -> tuple[Kind, ...]:
        """What a contact or office question is about ("the system itself", "an ID and password"), or whose
        requirements a condition question asks (the provider's, not the course's): the qualifiers its words name, leaving out those it negates ("not the application procedure")."""
        q = self.qualifiers
        kinds = [k for k in q.kinds if ask.types & (k.types or q.types)]
        if not kinds:
            return ()
        for pattern in q.negation:
            question = pattern.sub(" ", question)
        return tuple(k for k in kinds if any(p.search(question) for p in k.question))

    def unasked_qualifiers(self, ask: Ask, question: str) -> tuple[Kind, ...]:
        """The qualifiers whose units answer only a question naming them (``only_when_asked``) that ``question``,
        of their types, does not name."""
        asked = set(self.qualifiers_of(ask, question))
        q = self.qualifiers
        return tuple(k for k in q.kinds if k.only_when_asked and ask.types & (k.types or q.types) and k not in asked)

    def asking_parts(self, question: str) -> list[str]:
        """The sentences of ``question`` that ask, by tier (``asking_sentence`` in the catalog: those that are
        questions, then those that request), without the statements around them ("my salary is not so high,
        so ..."): the background a user gives does not say what they ask for. Empty for one sentence."""
        sentences = [s for s in _SENTENCE_END.split(question) if s.strip()]
        if len(sentences) < 2:
            return []
        parts = []
        for tier in self.asking:
            asking = [s for s in sentences if any(p.search(s) for p in tier)]
            if len(asking) == len(sentences):
                break  # every sentence asks (two questions): a later tier must not narrow them to one
            if asking:
                parts.append(" ".join(asking))
        return parts

    def classify(self, question: str) -> Ask:
        """The types (and kinds) ``question`` asks for, in every language the catalog knows: those its asking
        sentences ask for when they ask for any (a self-description before the question asks for nothing)."""
        for part in self.asking_parts(question):
            ask = self._classify(part)
            if ask.types:
                return self._with_shape(ask, question)
        return self._classify(self.without_self_description(question))

    def _with_shape(self, ask: Ask, question: str) -> Ask:
        """``ask`` with the shape of answer the message asks for anywhere (``_SHAPE_ASKS``: "Which jobs can trainees
        do? Give some examples." asks the first sentence's question, answered by examples)."""
        shapes = {name for name in _SHAPE_ASKS if name in self.types and name not in ask.types
                  and any(p.search(question) for p in self.types[name].question)}
        return replace(ask, types=ask.types | shapes) if shapes else ask

    def without_self_description(self, question: str) -> str:
        """``question`` without the sentences in which the user describes themselves (``self_description``:
        市役所の国際交流担当です): who the user is asks for nothing. Unchanged for a message of one sentence."""
        sentences = [s for s in _SENTENCE_END.split(question) if s.strip()]
        if len(sentences) < 2:
            return question
        kept = [s for s in sentences if not any(p.search(s.strip()) for p in self.self_description)]
        return " ".join(kept) if kept else question

    def _classify(self, question: str) -> Ask:
        for pattern in self.qualifiers.negation:  # "not the application procedure" asks for no procedure
            question = pattern.sub(" ", question)
        # a question joined to the one before it ("and when did the system begin?", "also when was it started?")
        # asks as it would alone
        question = _JOINED.sub("", question, count=1)
        # a clause saying when the ask applies ("After we send the forms, is there an interview?"): its words ask for
        # no value of a hard type (the forms sent name no address asked)
        main = self.without_time_clause(question)
        asked: set[str] = set()
        kinds: dict[str, tuple[str, ...]] = {}
        yes_no = False
        whether: set[str] = set()  # types asked only by a whether-allowed sentence: preferred, never required
        for t in self.types.values():
            read = main if t.hard else question
            own = read
            for pattern in t.yes_no:  # the whether-allowed sentence asks a condition, not this type's value
                own, n = pattern.subn(" ", own)
                yes_no = yes_no or bool(n)
            if own != read and any(p.search(read) for p in t.question) \
                    and not any(p.search(own) for p in t.question):
                whether.add(t.name)
            if any(p.search(read) for p in t.question) or any(
                    p.search(read) for k in t.kinds if k.asks_type for p in k.question):
                asked.add(t.name)
                named = tuple(k.name for k in t.kinds if any(p.search(read) for p in k.question))
                named = self._kinds_of_own_asks(t, named, read)
                if named:
                    kinds[t.name] = named
        if yes_no and "condition" in self.types:
            asked.add("condition")
        stated: set[str] = set()
        if any(p.search(question) for p in getattr(self, "confirming", ())):
            # "founded in 1989, 77 occupations: is that right?": the documents' figures of the types it states are
            # asked (soft: the unit stating 1993 and the one stating 85 occupations answer beside the verdict)
            # (a stage's label, "No.1 can be reached by finishing ... No.2 - is that true?", states no figure)
            figures = _STAGE_LABEL.sub(" ", question)
            for name in _CONFIRMED_TYPES:
                t = self.types.get(name)
                if t is not None and name not in asked and any(p.search(figures) for p in t.unit):
                    stated.add(name)
                    asked.add(name)
                    named = tuple(k.name for k in t.kinds if any(p.search(question) for p in k.question))
                    if named:
                        kinds[name] = named
            if stated:
                # what the confirmed statement describes (対象は77職種: what is covered) is not a list or a condition
                # asked: whether its figures are right is
                asked -= {"list", "condition"}
        # "How many years" asks for a duration; the number in it is part of the duration, not a second ask.
        if "duration" in asked:
            asked.discard("number")
        # "How much is the fee" asks for an amount, not for any number.
        if "amount" in asked:
            asked.discard("number")
        # a value the question states itself asked with its condition ("can everyone stay for 5 years?", ５年間
        # いてもらうための条件は？) asks for the condition of that value, not for the value: a unit need not state it.
        # A narrower ask of the type ("the period during which applications were accepted in 2017": a deadline)
        # asks for the value itself, whatever year the question names.
        # A length stated with its condition asked (５年間受け入れるための条件は？, "how can we keep them for 5 years?") is
        # such a value even when the question does not ask for a length.
        given = {n for n in asked | (_GIVEN_UNASKED & set(self.types)) if n != "condition" and "condition" in asked
                 and n not in _NEVER_GIVEN
                 and n not in kinds and any(p.search(question) for p in self.types[n].unit)}
        hard = frozenset(n for n in asked if self.types[n].hard and n not in given and n not in whether
                         and n not in stated)
        return Ask(frozenset(asked), kinds, hard, frozenset(given), frozenset(stated))

    @staticmethod
    def _kinds_of_own_asks(t: AnswerType, named: tuple[str, ...], question: str) -> tuple[str, ...]:
        """The kinds of ``t`` named in ``question``, without those named only by another question of the message
        ("1. when did the system start? 2. exam only or also from technical intern?": the exam is the second ask's
        route, not the date the first asks for). A kind named where the type is asked, or in a statement (the
        background: "I take the JLPT exam. When is it?"), stays."""
        sentences = [s for s in _ASK_END.split(question) if s.strip()]
        if not named or len(sentences) < 2 or not any(any(p.search(s) for p in t.question) for s in sentences):
            return named  # (a type asked across sentences only: its kinds as the whole message names them)

        def other_ask(sentence: str) -> bool:
            return sentence.rstrip().endswith(("?", "？")) and not any(p.search(sentence) for p in t.question)

        kept = tuple(k.name for k in t.kinds if k.name in named
                     and any(any(p.search(s) for p in k.question) and not other_ask(s) for s in sentences))
        return kept

    def stated_values(self, ask: Ask, text: str, limit: int = 3) -> list[StatedValue]:
        """The values of the first asked type (in the catalog's order of ``values``) that ``text`` states,
        in the order they appear, each once; a stretch read by an earlier pattern is not read again."""
        for name, patterns in self.values.items():
            if name not in ask.types:
                continue
            found: list[tuple[int, StatedValue]] = []
            taken: list[tuple[int, int]] = []
            for vp in patterns:
                for match in vp.pattern.finditer(text):
                    start, end = match.span()
                    if start == end or any(start < b and a < end for a, b in taken):
                        continue
                    taken.append((start, end))
                    groups = {k: v.strip() for k, v in match.groupdict().items() if v and v.strip()}
                    if groups.get("n", "").isalpha():  # a number word ("N years" written in words) as digits
                        groups["n"] = _digits(groups["n"])
                    if "first" in groups and "last" in groups:  # a numbered range: the count of what it numbers
                        first, last = int(_ascii_digits(groups.pop("first"))), int(_ascii_digits(groups.pop("last")))
                        if last < first:
                            continue
                        groups["n"] = str(last - first + 1)
                    for key in ("n", "n2"):
                        if key in groups:
                            groups[key] = _ascii_digits(groups[key])
                    if "era" in groups:  # 令和6年 is read as the Western year 2024
                        western = self.era_year(groups["era"], groups.get("era_year", ""))
                        if western is None:
                            continue
                        groups["year"] = str(western)
                    value = StatedValue(name, groups, vp.render)
                    if all(value != v for _, _, v in found):
                        found.append((start, end, value))
            # a kind the question asks ("how many fields": a count of fields) keeps the values stated as that
            # kind (14 fields, not the 5 years next to it), when the text states any
            spans = [m.span() for kind in ask.kinds.get(name, ())
                     for spec in [next((k for k in (self.types[name].kinds if name in self.types else ())
                                        if k.name == kind), None)] if spec is not None
                     for p in spec.unit for m in p.finditer(text)]
            kept = [item for item in found if any(item[0] < b and a < item[1] for a, b in spans)]
            found = kept or found
            if found:
                return [v for _, _, v in sorted(found, key=lambda item: item[0])][:limit]
        return []

    def without_time_clause(self, text: str) -> str:
        """``text`` without its clause saying after what it asks ("After we send the forms,": ``time_clause``)."""
        for pattern in self.time_clause:
            text = pattern.sub(" ", text)
        return text

    def stated_values_each(self, ask: Ask, text: str, limit: int = 3) -> list[StatedValue]:
        """The values ``text`` states of each asked type (in the catalog's order of ``values``), each type's read
        as ``stated_values`` reads them: a question asking two values of different types (an age range and the
        date it is counted at; a contact and a count of forms) gets each."""
        found: list[StatedValue] = []
        for name in self.values:
            if name in ask.types:
                found += [v for v in self.stated_values(replace(ask, types=frozenset({name})), text, limit)
                          if v not in found]
        return found

    def era_year(self, era: str, year: str) -> int | None:
        """The Western year of a Japanese era year (令和6 -> 2024; 元 is the first year)."""
        base = self.eras.get(era)
        if base is None:
            return None
        return base + (1 if year == "元" else int(year))

    def preferred(self, type_name: str, text: str) -> bool:
        """Whether ``text`` is the kind of unit that best carries the soft type (its ``prefer`` patterns)."""
        spec = self.types.get(type_name)
        return spec is not None and any(p.search(text) for p in spec.prefer)

    def detect(self, text: str) -> set[str]:
        """The pattern-detected types a unit's text carries (shape types are added by the unit builder)."""
        return set(self._detected(text))

    def _detect(self, text: str) -> frozenset[str]:
        return frozenset(t.name for t in self.types.values() if any(p.search(text) for p in t.unit))

    def kind_ok(self, type_name: str, kind: str, text: str) -> bool:
        t = self.types.get(type_name)
        spec = next((k for k in t.kinds if k.name == kind), None) if t else None
        return spec is None or any(p.search(text) for p in spec.unit)

    def satisfies(self, ask: Ask, unit_types: set[str] | frozenset[str], text: str, context: str = "") -> bool:
        """Whether a unit answers every hard type of ``ask`` (with the kinds it names). The kind may be named
        by the unit's context (its heading or label): "Period for acceptance" makes its dates a deadline."""
        for name in ask.hard:
            if name not in unit_types:
                return False
            for kind in ask.kinds.get(name, ()):
                if not (self.kind_ok(name, kind, text) or (context and self.kind_ok(name, kind, context))):
                    return False
        return True


# The end of a sentence: its stop (. ! ? 。！？) followed by a space or the end, kept with the sentence.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|(?<=[。！？])")
# The end of a question, also where the next one follows without a space (a searched query's "…か?2…").
_ASK_END = re.compile(r"(?<=[?？。！])|(?<=[.!])\s+")


# The word that joins a question to the one before it, at its opening.
_JOINED = re.compile(r"^\W*(?:(?:and|also|plus|then|btw|by the way)\b,?\s+)+(?=\w)", re.IGNORECASE)


# The label of a program's stage ("No.1", "No. 2", "1号"): a name, not a figure the question states.
_STAGE_LABEL = re.compile(r"\bNo\.?\s?[1-3]\b|[1-3１-３]\s*号", re.IGNORECASE)


def _ascii_digits(text: str) -> str:
    """``text`` with full-width digits (１８) as ASCII digits (18): its NFKC form."""
    return unicodedata.normalize("NFKC", text)


def _digits(word: str) -> str:
    """A number word as digits (by text2num, as bot/text/numbers.py reads them)."""
    from bot.text.numbers import words_to_digits

    read = words_to_digits(f"{word} years", units="years").split()[0]
    return read if read.isdigit() else word


def _patterns(spec: object) -> tuple[re.Pattern[str], ...]:
    if not spec:
        return ()
    items: list[str] = []
    if isinstance(spec, dict):
        for values in spec.values():
            items.extend(values or [])
    else:
        items.extend(spec)  # type: ignore[arg-type]
    return tuple(rx.compile(p, re.IGNORECASE) for p in items)


@functools.lru_cache(maxsize=8)
def read_answer_types_file(path: str) -> dict:
    """The parsed answer-types file, read once per path (the types and the yes/no limits both come from it)."""
    with open(path, encoding="utf-8") as fh:
        return parse_yaml(fh.read()) or {}


@functools.lru_cache(maxsize=8)
def _load(path: str) -> AnswerTypes:
    return AnswerTypes.from_data(read_answer_types_file(path))
