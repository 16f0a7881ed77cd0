"""Ranking answer units: which whole units of the retrieved passages an answer quotes, or that none does.

Small units (sentences, the lead of a list, the lines of a block) are scored against the question by term
overlap weighted by rarity (with the retriever's analyzer: vocabulary concepts and synonyms; a list item is
read with its list's lead and a block line with its label). The answer then quotes the whole unit a winner
belongs to: a block with its label, a list with its lead when a list is asked for (or when its lead won), an
item otherwise.

What the question asks for (bot/answers/types.py) decides what may be quoted: when it asks for a date, an
amount, an address ... only a unit carrying that type may answer; when no retrieved unit does, the selection
is ``refused`` and carries the closest thing the documents do say. A passage about another program than the
one the question names (by its section heading, else its document's program) is not quoted.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Any

from bot.answers.asks import AskingParts, asked_text, list_of_asks
from bot.answers.focus import FocusCheck, asking_clause, check_focus, focus_terms, focus_units, without_background
from bot.answers.glossary import Glossary
from bot.answers.quoting import (
    heading_of,
    in_list,
    item_label,
    label_of,
    labelled_items_named,
    passage_units,
    quoted_list,
    whole_lists,
    with_items,
    with_quote,
    with_same_section,
    without_repeats,
)
from bot.answers.types import AnswerTypes, Ask, StatedValue
from bot.answers.units import (
    BLOCK,
    ITEM,
    LEAD,
    LIST,
    SENTENCE,
    Unit,
    is_lead,
)
from bot.contracts import Passage
from bot.query import lettered_asks, numbered_asks
from bot.text import has_cjk, rx
from bot.text.dates import month_number

# How much a plain word of the question counts next to a vocabulary concept (a concept such as "age" or
# "fields" is what a question is about; a plain word such as "run" or "plan" is often incidental).
WORD_WEIGHT = 0.5
# A word of a longer term ("two" of "number two") is weak evidence for the concept, not none.
PARTIAL_TERM = 0.3
# What an answer of the asked type adds to a unit that matches the question at all.
TYPE_BONUS = {"date": 3.0, "duration": 3.0, "amount": 2.0, "number": 1.5, "phone": 2.0, "contact": 1.5,
              "office": 1.5, "address": 2.0, "condition": 1.5, "exclusion": 3.0, "party": 3.0, "reason": 1.0, "procedure": 2.5, "list": 1.0,
              "documents": 1.5, "examples": 3.0, "next_step": 2.0}
# What the first unit a part's own selection quotes scores in the part when it repeats none of the part's words.
OWN_TYPE_FALLBACK = 0.1
# A unit is kept when it scores at least this share of the best one.
KEEP_SHARE = 0.6
# A second unit of the same passage only when it answers nearly as well as the first.
SECOND_SHARE = 0.8
# A soft type whose units answer on their own when they answer about half as well as the best unit: how something is
# done is said by the steps, whatever unit on the same topic (the application period) shares more of the question's words.
TYPE_SHARE = {"procedure": 0.5}
# What a part of the question counts that only its clause saying after what it asks names ("After we send the forms,
# is there any interview?": the forms sent say when, the interview is asked).
TIME_CLAUSE_WEIGHT = 0.5
# A term of the question names the subject of a unit's passage only at this strength (not a word of a longer term).
SUBJECT_STRENGTH = 0.6
# What naming the organisation the question names adds to a unit ("Tokyo has established ..." for a question
# about Tokyo's support, not the neighbouring sentence about a staffing agency).
NAMED_BONUS = 3.0
# What matching the question's qualifier adds to a contact or office unit ("Information on the accreditation
# system:" for a question about the system itself, not the address for posted documents).
QUALIFIER_BONUS = 6.0
# What a unit keeps of its score when it is of a qualifier the question does not name and whose units answer only
# a question that names it (the requirements on the organisations running courses, for "the requirements for
# courses"): another thing's answer, ranked below the asked thing's.
UNASKED_QUALIFIER_FACTOR = 0.7
# What a whole list adds when its lead names what the question asks a list of ("the following fields" for
# "which fields did the certification cover?"), per topic named: the list is the answer, not a sentence that
# mentions the topic in passing ("mainly in the fields of IT") nor another list of the same document.
LIST_TOPIC_BONUS = 6.0
# What a unit adds that states the value the question gives with a condition on it ("up to five years (limited
# to excellent companies ...)" for "can everyone stay for 5 years?"): it says when that value holds.
GIVEN_VALUE_BONUS = 3.0
# What the criterion on an attribute the user states of themselves (a graduate, a student: ``self_attributes``)
# adds to a sentence quoted beside a calculated verdict: it is the evidence before any other sentence.
ATTRIBUTE_BONUS = 100.0
# A message with several asking parts: at most this many more units, one per part the answer does not cover yet.
MAX_PARTS = 3
# An ask answered by one entry of a list: at most this many other entries its focus names as fully come with it.
MAX_TIED_ITEMS = 3
# A procedure asked step by step: at most this many sentences of its passage, in order.
MAX_STEPS = 8
# The sentence right after a quoted one is quoted too when it scores at least this share of it.
NEIGHBOUR_SHARE = 0.5
# An item without a label is a short thing of a list ("Arrangement of accommodation") when it has at most this many
# words outside parentheses: a synonym of the message (hotel, 泊まるところ) names it.
ITEM_NAME_WORDS = 8
_PARENTHESES = re.compile(r"\([^()]*\)")

_STOP = set(
    "a an the and or of to in on for with by at from is are was were be been being do does did can could "
    "may might will would shall should must i me my we our you your it its they them their this that these "
    "those what which who whom whose when where why how there here as if than then so such not no yes any "
    "all some about into over under also just only very much many more most other please tell know want "
    "need get got have has had am".split()
)
_WORD = re.compile(r"[a-z0-9][a-z0-9\-']*")
# A sentence that opens with one of these continues the subject of the sentence before it.
_PRONOUN = re.compile(r"^(?:it|its|they|their|this|these|that|those|he|she)\b", re.IGNORECASE)
# A sentence that opens with one of these adds to the sentence before it ("In addition, if the recipient company
# is small ..." after the sentence that says which occupation it is about).
_CONTINUATION = re.compile(r"^(?:in addition|additionally|also|furthermore|moreover|besides|likewise|similarly|"
                           r"however|but|in this case|in that case|here)\b|^(?:また|さらに|なお|ただし|この場合)",
                           re.IGNORECASE)


def _stem(word: str) -> str:
    for suffix in ("ations", "ation", "ings", "ing", "ies", "ied", "es", "ed", "s", "ly"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)] + ("y" if suffix in ("ies", "ied") else "")
    return word


def terms(text: str) -> list[str]:
    """Plain stemmed content words (used when there is no analyzer)."""
    return [_stem(w.strip("'-")) for w in _WORD.findall(text.lower()) if w not in _STOP and len(w) > 1]


@dataclass(frozen=True)
class Quote:
    """The whole unit an answer quotes for a small unit, and the answer types it carries."""

    text: str
    types: frozenset[str] = frozenset()
    whole: str = ""  # the whole list, when the quote is one item of it
    off_subject: bool = False  # it is about another organisation than the one the question names
    on_subject: bool = False  # it is about the organisation the question names
    names_own: bool = False  # it names an organisation the question names that no other entry of its list names


@dataclass
class Selection:
    """What an answer quotes (per passage, best first) or, when ``refused``, what is closest."""

    ask: Ask
    picked: list[tuple[Passage, list[str]]] = field(default_factory=list)
    refused: bool = False
    closest: list[tuple[Passage, list[str]]] = field(default_factory=list)
    missing: tuple[str, ...] = ()  # the hard types (and "type.kind") no unit carries, when refused
    values: list[StatedValue] = field(default_factory=list)  # what the answering unit states of the asked type
    # the period (month, year ...) the question asks other entries of ("which other visit was in the same
    # month?"): the answering entry's date, shared by the entries quoted with it
    period: StatedValue | None = None
    # the focus terms of the question the documents do not mention (bot/answers/focus.py): with ``refused`` none
    # of the focus is stated; else (``unmentioned.partial``) the quote states the rest of it
    unmentioned: FocusCheck | None = None
    # the units that answer an ask of their own (a value of each type asked, each asking part's unit): a reply cut
    # to its first quotes keeps them
    answers: list[str] = field(default_factory=list)


@dataclass
class _Candidate:
    passage: int
    units: list[Unit]
    index: int  # of the small unit in ``units``
    text: str
    context: str
    hits: dict[str, float]


class UnitRanker(AskingParts):
    """Ranks answer units for a question (the logic behind the ``lexical`` SentenceSelector)."""

    def __init__(self, analyzer: Any = None, types: AnswerTypes | None = None, glossary: Glossary | None = None
                 ) -> None:
        self.analyzer = analyzer
        self.types = types or AnswerTypes.load()
        self.glossary = glossary or Glossary.load()

    @property
    def limits(self) -> Any:
        """The yes/no limits (knowledge/answer_types.yaml ``yes_no``) named by this ranker's glossary, read once."""
        from bot.answers.limits import Limits

        return Limits.load(glossary=self.glossary)

    # --- the answer -------------------------------------------------------------------------------
    def select(self, query: str, passages: list[Passage], max_passages: int = 3, each_part: bool = True) -> Selection:
        selection = self._select(query, passages, max_passages)
        if each_part and selection.refused:
            selection = self._answered_parts(query, passages, selection)
        if each_part and not selection.refused and selection.picked:
            events: list[str] = []  # the entries of the event an ask points back to (stay entries, not the list)
            picked = self._each_part(query, passages, self._named_items(query, selection.picked), events)
            picked, conditions = self._each_condition(query, passages, picked)
            picked, contacts = self._each_qualifier(query, passages, picked)
            picked, siblings = self._each_sibling(query, passages, picked)
            picked = self._opening_naming(query, picked)
            picked = self._with_referents(passages, picked, query)
            selection.answers += [c for c in [*conditions, *contacts, *siblings] if c not in selection.answers]
            before = {text for _, texts in selection.picked for text in texts}
            selection.answers += [text for _, texts in picked for text in texts if text not in before]
            if picked != selection.picked:
                # the parts found items of one list each: the whole list is the answer (not a period's entries
                # or one item the selection chose on purpose)
                picked = [(passage, whole_lists(passage, texts, keep=events)) for passage, texts in picked]
            if selection.values and picked and contacts:
                # each qualifier's contact quoted with the first (the system's division, the procedure's): the lead
                # states each, not the first one's alone as the answer to both
                added = [t for t in picked[0][1] if t in contacts]
                selection.values = [*selection.values, *(
                    v for v in self.types.stated_values_each(selection.ask, " ".join(added))
                    if v not in selection.values)]
            selection.picked = picked
            if selection.unmentioned is None:
                selection.unmentioned = self._parts_unmentioned(query, passages, picked)
        return selection

    def _answered_parts(self, query: str, passages: list[Passage], whole: Selection) -> Selection:
        """A message of several asks refused as a whole (no one unit states the date and the number of years and
        the count asked in one sentence) whose asks are each answered by a unit of their own: each ask's own first
        unit, in the order asked, is the answer. ``whole`` when fewer than two asks are answered, or when any ask is
        refused on its own (a value or a term the documents do not state: the refusal says so)."""
        if self.analyzer is None or not hasattr(self.analyzer, "asking_parts") or whole.unmentioned is not None:
            # (refused because what the message is about is mentioned nowhere, "WAASA's phone number": an ask of it
            # alone, "the phone number", would find another office's)
            return whole
        _, parts = self._asking_parts(query)
        if len(parts) < 2 or any(
                len(part) in self.types.ask_joints(part + after) for part, after in zip(parts, parts[1:])):
            # (nouns joined into one ask, 電話番号と|窓口の受付時間を教えて, are asks of the message's subject, not each
            # an ask of its own: "the phone number" alone would find another office's)
            return whole
        if any(self.types.asks_whose_by_pointer(part) for part in parts):
            # (a contact asked by a pointer, "their phone number", そこの電話番号, is of whom the rest of the message
            # names: alone, it would find another program's office)
            return whole
        programs = self._named(asked_text(query)) if hasattr(self.analyzer, "document_concepts") else set()
        picked: list[tuple[Passage, list[str]]] = []
        answers: list[str] = []
        values: list[StatedValue] = []  # what the first passage's quoted units state of each part's asked type
        first: Selection | None = None
        for part in parts:
            stated = False  # the quotes so far state the part's terms
            if answers and hasattr(self.analyzer, "document_tokens"):
                # a part whose terms the quotes so far state ("No.1 can be reached by finishing technical intern
                # training No.2 - is that true?" after the No. 1 sentence that says so) is answered by them
                said = frozenset(self.analyzer.document_tokens(" ".join(answers)))
                focus, named, _ = focus_terms(part, self.analyzer.analyze, self.types.focus,
                                              self.analyzer.document_tokens)
                terms = [u for u in [*focus, *named] if not u.document]
                # (a part that asks a value, "by when must it be postmarked?", is answered only by quotes that state
                # a value of that type: "postmarked by the deadline" names no date)
                stated = bool(terms) and all(u.strength(said) > 0 for u in terms)
                valued = self.types.classify(part).types & _VALUE_TYPES
                if stated and valued <= self.types.detect(" ".join(answers)):
                    continue
            own = self._select(part, passages, 1, programs=programs)
            if stated and (own.refused or not own.picked):
                continue  # no unit states the value asked: the quote that states the part's terms is its answer
            if own.refused or not own.picked:
                # a part that asks a value no unit states (a phone number, a fee) or names what no document mentions
                # (a salary) keeps the whole refusal: the reply says the documents do not state it rather than answer
                # around it (answering the other parts lost every refusal case of that shape)
                return whole
            passage, texts = own.picked[0]
            new = [t for t in texts if not any(t in q or q in t for q in answers)]
            if not new:
                continue
            first = first or own
            if picked and passage is not picked[0][0]:
                own_values: list[StatedValue] = []
            else:  # a unit the lead's quote carries: its values are stated with the first part's (each contact asked)
                own_values = [v for v in own.values if v not in values]
            values += own_values
            answers += new
            at = next((i for i, (p, _) in enumerate(picked) if p is passage), None)
            if at is None:
                picked.append((passage, new))
            else:
                picked[at] = (passage, [*picked[at][1], *new])
        if first is None or len(answers) < 2:
            return whole
        return Selection(first.ask, picked=picked, values=values, answers=answers)

    def _with_referents(self, passages: list[Passage], picked: list[tuple[Passage, list[str]]], query: str = ""
                        ) -> list[tuple[Passage, list[str]]]:
        """A quote that refers to what another unit defines (``references`` in the catalog: "citizenship of the
        applicable countries or regions") is followed by the retrieved unit of its document that defines it
        ("nationals of developing countries (countries on the OECD/DAC list, excluding ...)"), unless one is quoted."""
        for unit_pattern, referent, *asked in getattr(self.types, "references", ()):
            if asked and asked[0] is not None and not asked[0].search(asked_text(query)):
                # (a reference that applies only to a question naming what it is about: the e-Gov ID's contact line
                # for a question on the electronic application, not for any "申し込み方法")
                continue
            quoted = [t for _, texts in picked for t in texts]
            doc = next((p.doc_id for p, texts in picked for t in texts if unit_pattern.search(t)), None)
            if doc is None or any(referent.search(t) for t in quoted):
                continue
            found = next(((p, u.text) for p in passages if p.doc_id == doc for u in passage_units(p)
                          if u.kind in (SENTENCE, ITEM) and referent.search(u.text)), None)
            if found is not None:
                picked = with_quote(picked, found[0], found[1], new_at=len(picked))
        return picked

    def _opening_naming(self, query: str, picked: list[tuple[Passage, list[str]]]
                        ) -> list[tuple[Passage, list[str]]]:
        """A step quoted without the opening that announces the steps ("Obtain an ID and password for the System.")
        while the message names what only that opening states ("e-Govの電子申請システムで出すと聞きましたが、…"): the
        opening ("Please file an application through the following procedures, using the e-Gov Electronic
        Application System.") is quoted before the step, so the answer names the system the user named."""
        if self.analyzer is None or not hasattr(self.analyzer, "analyze"):
            return picked
        anchors = [u for u in self.analyzer.analyze(asked_text(query)).units if u.anchor and not u.document]
        if not anchors:
            return picked
        said = frozenset(self.analyzer.document_tokens(" ".join(t for _, ts in picked for t in ts)))
        unsaid = [u for u in anchors if u.strength(said) == 0]
        out = list(picked)
        for at, (passage, texts) in enumerate(picked):
            units = passage_units(passage)
            first = min((i for i, u in enumerate(units) if u.text in texts), default=None)
            if not unsaid:
                break
            if first is None:
                continue
            opening = next((u for u in reversed(units[:first]) if u.parent < 0 and u.kind == SENTENCE
                            and is_lead(u.text)), None)
            if opening is None or opening.text in texts:
                continue
            tokens = frozenset(self.analyzer.document_tokens(opening.text))
            named = [u for u in unsaid if u.strength(tokens) > 0]
            if named:
                out[at] = (passage, [opening.text, *texts])
                unsaid = [u for u in unsaid if u not in named]
        return out

    def _parts_unmentioned(self, query: str, passages: list[Passage], picked: list[tuple[Passage, list[str]]]
                           ) -> FocusCheck | None:
        """A message of several asks, one of which asks about something no document mentions ("…看護師さんや事務員も
        入れていいんでしょうか？あとEPAの介護福祉士候補者は数に入りますか？"): what that ask names, as a part of the
        question the documents do not mention (``partial``: the quotes answer the rest). An ask counts when its own
        selection finds terms of its focus unmentioned and the answer's quotes do not mention them either; None
        otherwise."""
        if self.analyzer is None or not hasattr(self.analyzer, "asking_parts"):
            return None
        _, parts = self._asking_parts(query)
        if len(parts) < 2:
            return None
        missing: list[str] = []
        for part in parts:
            alone = self._select(part, passages, 1)
            if alone.unmentioned is None or (alone.refused and alone.missing != ("focus",)):
                continue  # (an ask refused for a value no unit states is another answer's matter)
            beside = self.left_out([part], passages, picked)
            # (the other guess of an either-or ask, "... or are they more like visiting students?", is no subject of
            # its own: the documents answering the first say nothing of the guess without leaving anything out)
            offered = self.types.offered_alternatives(part)
            if beside is not None:
                named = [w for w in alone.unmentioned.missing if w in beside.missing and w not in missing
                         and not any(w in alt for alt in offered)]
                missing += sorted(named, key=lambda w: part.find(w) if w in part else len(part))  # as asked
        return FocusCheck(missing=tuple(missing), partial=True) if missing else None

    def _named_items(self, query: str, picked: list[tuple[Passage, list[str]]]) -> list[tuple[Passage, list[str]]]:
        """A message that names several items of one enumerated rule ("'required work', 'related work' and
        'peripheral work': what do these mean and what share is each allowed?", 必須作業・関連作業・周辺作業の割合は？)
        quotes the item of each it names beside the one quoted (then the whole list when that is short): one item
        alone reads as the whole rule. An item is named when a term of the message (its own word or a synonym) is
        its label (the words before its colon) and names no other item of the list; in a list without labels, when
        its text states the term (a synonym only in a short item) and the term is not the list's subject."""
        if self.analyzer is None or not hasattr(self.analyzer, "document_tokens"):
            return picked
        message = asked_text(query)
        # the verb that asks for a list's items ("what does it cover") names no item ("Training will cover ...")
        concepts = [u for u in self.analyzer.analyze(self.types.without_list_verb(message)).units if u.concept]
        every = self.types.asks_other_items(message)
        if len(concepts) < 2 and not every:
            return picked
        return [(passage, self._with_named_items(passage, texts, concepts, every)) for passage, texts in picked]

    def _with_named_items(self, passage: Passage, texts: list[str], concepts: list[Any], every: bool) -> list[str]:
        """The quotes ``texts`` of ``passage`` with, beside each quoted list item, the other items of its list the
        message names (``every``: the message asks for the items beside the one it names, so all of them)."""
        units = passage_units(passage)
        quoted = list(texts)
        for text in texts:
            unit = next((u for u in units if u.kind == ITEM and u.text == text), None)
            if unit is None or not (0 <= unit.parent < len(units)) or units[unit.parent].kind != LIST:
                continue
            items = [u.text for u in units if u.kind == ITEM and u.parent == unit.parent]
            labels = [frozenset(self.analyzer.document_tokens(item_label(i))) for i in items]
            if any(labels):
                named = labelled_items_named(labels, concepts)
            else:
                named = self._unlabelled_items_named(passage, units[unit.parent], items, text, concepts)
            if len(items) >= 3 and every:
                # "help with the visa? anything else?": every item of its list is asked
                named = set(range(len(items)))
            if len(named) < 2 or items.index(text) not in named:
                continue
            quoted = with_items(quoted, text, items, named)
        return quoted

    def _unlabelled_items_named(self, passage: Passage, lead: Unit, items: list[str], text: str,
                                concepts: list[Any]) -> set[int]:
        """The items of a list without labels ("Arrangement of round-trip airline tickets") the message names: a
        concept of the message (the user's word or a synonym: flight, hotel, 飛行機, 泊まるところ) names the one item
        that states it; a concept of the list's lead ("Support for interns") is its subject, no item (a synonym
        names only a short item, a thing of a list of things; a long rule of a list of rules is named by the user's
        own word) (the document's title is its subject too: "JIP" names the program, not the item that mentions
        "the JIP office"). Two or more named: they are the question's list, and the quoted item ``text`` stays
        beside them."""
        subject = frozenset(self.analyzer.document_tokens(f"{lead.label} {passage.title} {passage.section}"))
        texts_of = [frozenset(self.analyzer.document_tokens(i)) for i in items]
        short = [len(_PARENTHESES.sub("", i).split()) <= ITEM_NAME_WORDS for i in items]
        named: set[int] = set()
        for concept in concepts:
            if concept.strength(subject) > 0:
                continue
            hits = [i for i, toks in enumerate(texts_of)
                    if concept.strength(toks) >= 1.0 or (short[i] and concept.strength(toks) > 0)]
            if len(hits) == 1:
                named.add(hits[0])
        if len(named) >= 2:
            named.add(items.index(text))
        return named

    def _each_part(self, query: str, passages: list[Passage], picked: list[tuple[Passage, list[str]]],
                   events: list[str] | None = None) -> list[tuple[Passage, list[str]]]:
        """A message with several asking parts (a confirmation and a contact: "申請は電子申請ですよね？… どこに連絡
        すればいいですか？") answers each: the best unit of each part that the answer does not quote yet is quoted
        after the answer (at most MAX_PARTS more). A part its own selection refuses or answers with a quoted unit
        adds nothing."""
        if self.analyzer is None or not hasattr(self.analyzer, "asking_parts"):
            return picked
        every, parts = self._asking_parts(query)
        if len(parts) < 2:
            return picked
        first = self.types.classify(parts[0]).types  # what the first asking part asks for
        whole = self.types.classify(asked_text(query))
        # the answer opens with what a later part requires (who to contact, after "how do we submit?"): the first
        # part's own soft kind of answer (the procedure) is still open
        lead_open = (frozenset(t for t in first - {"list", "condition"} if t in self.types.types
                               and not self.types.types[t].hard and self.types.types[t].prefer)
                     if whole.hard and not whole.hard & first else frozenset())
        # the first part asks no type of its own ("Is there anything Tokyo offers for SMEs? who runs it?") and the
        # answer opens with what a later part requires (the operator): the first part is still open
        lead_untyped = bool(whole.hard) and not first
        programs = self._named(asked_text(query)) if hasattr(self.analyzer, "document_concepts") else set()
        if not programs and hasattr(self.analyzer, "document_concepts"):
            # a message naming no program by name ("do our current trainees count? ... is it 28 or 34?") is about the
            # program its answer opens with: a part of it is not answered from another program's document (the JIP's
            # "residing in Japan" for "28 Japanese full-time staff")
            programs = self._opening_programs(picked)
        quoted = {text for _, texts in picked for text in texts}
        enumerated = self._numbered(query, parts)
        added = 0

        def points_to_event(ask: str) -> bool:
            # (the pointer may be cut off as a clause of its own before the ask: 「その時に」「訪問した会社は？」)
            at = every.index(ask) if ask in every else -1
            return self.types.asks_of_event_before(ask) or (
                at > 0 and every[at - 1] not in parts and self.types.asks_of_event_before(every[at - 1]))

        for part in parts:
            if added >= MAX_PARTS:
                break
            if self.types.asks_whose_by_pointer(part):
                # (a contact asked by a pointer, そこの電話番号, is of whom the message names: its own selection
                # would find another program's office)
                continue
            if part is not parts[-1] and points_to_event(parts[parts.index(part) + 1]) and self._dated_entries(picked):
                # the ask whose event the next ask points back to ("when did WAASA visit the JICA office, and which
                # company did they visit on that trip?"): the dated entry the answer opens with is that event; another
                # entry naming its other words (WAASA) is no answer to it
                continue
            if part is not parts[0] and points_to_event(part):
                # an ask of the event the ask before it names ("..., and which Vietnamese company did they visit on
                # that trip?"): the entry of the same date as the one quoted for that ask answers it, not another
                # entry sharing its words (a visit in another month)
                event = self._entry_of_same_event(part, parts[parts.index(part) - 1], picked, quoted)
                if event is not None:
                    if events is not None:
                        events.append(event[1])
                    quoted.add(event[1])
                    added += 1
                    picked = with_quote(picked, *event, new_at=1)
                    continue
            said = frozenset(self.analyzer.document_tokens(" ".join(quoted)))
            # a part that asks about what the message named before it ("Which one can be a Re-Skills course?"
            # after the two courses described) is read with those sentences
            asked = part
            if part is not parts[0] and not self.types.classify(part).types:
                # "..., and which one handles the application procedures?" after "which METI office is in charge
                # of ...": the kind the ask before it named ("which office handles ...?")
                asked = self.types.with_kind_of(part, parts[parts.index(part) - 1])
            if asked == part and self.types.asks_of_background(part):
                # the sentences before the one the part is (or is a clause of), that ask nothing
                at = next((i for i, s in enumerate(every) if part.rstrip(" ?") in s), 0)
                asked = " ".join([*(s for s in every[:at] if s not in parts), part])
            # the terms of the part (beyond the programs it names) the answer does not cover yet
            # (the words that frame a question, "allowed" of "how much is allowed?", are no term of it)
            focus, named, _ = focus_terms(asked, self.analyzer.analyze, self.types.focus, self.analyzer.document_tokens)
            terms_of_part = [u for u in [*focus, *named] if not u.document]
            open_terms = [u for u in terms_of_part if u.strength(said) == 0]
            # a part that asks for a type of its own (何のための制度？ after いつできたの？) is open too
            own_types = lead_open if part == parts[0] and lead_open else self.types.classify(part).types - first
            # a kind of answer with a unit of its own that no quoted unit is ("how to apply? can we send paper forms
            # by post?": the posting rule quoted, the opening of the e-Gov steps not) is still open, whatever the
            # part's order: the other part's unit does not answer it
            own_types = own_types | self._unmet_kinds(self.types.classify(part).types, quoted)
            if part == parts[0] and not own_types and hasattr(self.types, "ask_joints") and len(
                    part) in self.types.ask_joints(part + parts[1]):
                # the first of noun-phrase asks joined to the next (対象分野と、実習の割合の要件): it asks its own kind
                # (a list of fields), which the next ask's unit does not answer
                own_types = self.types.classify(part).types - {"condition"}
            # (such a first part is answered by its own best unit only: when that is quoted already, "which came
            # first, X or Y? tell me the years", the part is answered)
            untyped_lead = part == parts[0] and lead_untyped and not own_types
            if (part == parts[0] and not own_types and not untyped_lead
                    and "list" in self.types.classify(part).types
                    and any(p.search(part) for p in self.types.list_topic)):
                # a first part that asks for a list of its topic ("which fields did the first certification
                # cover?" before the share of practical work asked) is answered by the list its own selection
                # quotes first, not by the next ask's unit nor a sentence sharing a word with it ("Courses covered:
                # ... are excluded"); quoted already, the part is answered
                own = self._select(asked, passages, 1, programs=programs)
                unit = next((t for _, ts in own.picked for t in ts[:1]), None)
                untyped_lead = (not own.refused and unit is not None
                                and not any(unit in q or q in unit for q in quoted))
            if part == parts[0] and not own_types and not untyped_lead and (
                    not open_terms or self._numbered(query, parts)):
                # the answer opens with a later part's unit ("What requirements must a course meet? ... does
                # certification make it eligible for the MHLW benefit?": the MHLW unit, which repeats
                # "requirements"): the first part is answered by its own first unit, not by the words another
                # part's unit shares with it (so is the first of numbered asks, whatever words of its own no unit
                # repeats: ①技能実習は最長何年？ before ②特定技能1号は？ gets its own unit, not the No. 1 unit)
                untyped_lead = self._first_part_displaced(asked, parts[1:], passages, programs, picked)
            own_type = bool(own_types) or untyped_lead
            if not own_type and part != parts[0] and enumerated:
                # an ask of a numbered or lettered list ("b) the application system") is an ask of its own: its own
                # first unit is quoted when no quote holds it, whatever words another ask's unit shares with it
                own = self._select(asked, passages, 1, programs=programs)
                unit = next((t for _, ts in own.picked for t in ts[:1]), None)
                untyped_lead = own_type = (not own.refused and unit is not None
                                           and not any(unit in q or q in unit for q in quoted))
            if not open_terms and not own_type:
                continue
            valued = own_types - {"condition", "list"}
            if (not focus and not named and not open_terms and valued <= _VALUE_TYPES
                    and valued <= self.types.detect(" ".join(quoted))):
                # a part that names nothing of its own ("how much of each is allowed?" after the two work types)
                # asks its type of what the answer quotes: answered when the quote states a value of that type
                continue
            # a part that names no program asks about the one the message names ("技能実習生は最長何年？それと、
            # 対象の職種と作業の数も": the occupations of technical intern training, not another program's fields)
            # a part that asks a kind of answer with a unit of its own ("how do we submit it?" after who to contact:
            # the procedure, whose steps open with "the following procedures") is answered by a unit of that kind,
            # not by the unit that shares the most words with it (a type's ``prefer`` names such units)
            required = frozenset(t for t in own_types - {"list", "condition"} if t in self.types.types
                                 and not self.types.types[t].hard and self.types.types[t].prefer)
            best: tuple[float, Passage, str, bool, bool] | None = None
            best_run: list[str] = []
            tries = [(r, passages) for r in ([required, frozenset()] if required else [frozenset()])]
            for require, pool in tries:
                sub = self._select(asked, pool, 3, programs=programs, require=require)
                if sub.refused:
                    continue
                own_first = next(([(p, t)] for p, ts in sub.picked for t in ts[:1]), [])
                for passage, texts in ([(p, [t]) for p, t in own_first] if untyped_lead else sub.picked):
                    for text in texts:
                        # the part's unit holds a quoted block whole with the lead that announces it (the address
                        # with "may be sent ... by post (must be postmarked by the deadline)"): it takes its place
                        inner = next((q for q in quoted if q != text and text.endswith(f": {q}") and is_lead(
                            text[: -len(q) - 2])), None)
                        if inner is not None:
                            picked = [(p, [text if t == inner else t for t in ts]) for p, ts in picked]
                            quoted = (quoted - {inner}) | {text}
                            continue
                        tokens = frozenset(self.analyzer.document_tokens(text))
                        # the part's unit is the whole list a quoted item belongs to, and only the rest of the list
                        # states the part's terms (the interns' computers, beside the pre-training item quoted): the
                        # list takes the item's place
                        held = [q for q in quoted if q != text and q in text]
                        if (held and open_terms and is_lead(text.partition(": ")[0] + ":")
                                and any(u.strength(tokens) > 0 for u in open_terms)
                                and not any(u.strength(frozenset(self.analyzer.document_tokens(" ".join(held)))) > 0
                                            for u in open_terms)):
                            picked = [(p, [text if t == held[0] else t for t in ts if t == held[0] or t not in held])
                                      for p, ts in picked]
                            quoted = (quoted - set(held)) | {text}
                            continue
                        if text in quoted or any(text in q or q in text for q in quoted):
                            continue
                        # a subject the part names (an anchor: e-Gov) counts most, a plain word least
                        score = sum((2.0 if u.anchor else 1.0 if u.concept else WORD_WEIGHT)
                                    for u in open_terms if u.strength(tokens) > 0)
                        by_terms = score > 0
                        # (the opening of the required kind, "Please file ... through the following procedures",
                        # holds its place whatever the plain selection finds)
                        held = bool(require) and any(self.types.preferred(name, text) for name in require)
                        if (not open_terms or require) and own_type and best is None:
                            score = max(score, 1.0)  # the part's own answer: the first unit its selection quotes
                        elif own_type and best is None:
                            # a part that asks a type of its own whose words no unit repeats ("can I apply to
                            # both the online and in-Japan internship?": "apply for both internship options")
                            # is still answered by the first unit its selection quotes, below any unit that does
                            score = max(score, OWN_TYPE_FALLBACK)
                        # (a unit that states the part's terms beats one quoted only as its selection's first)
                        if score and (best is None or score > best[0]
                                      or (by_terms and not best[3] and score >= best[0] and not require)):
                            best = (score, passage, text, by_terms, held)
                            best_run = texts
                # a unit of the required kind other than its opening (another step of the procedure) gives way to a
                # unit of the part's plain selection that states more of the part's terms: "if the documents are too
                # big can they send them by post?" beside the method asks the posting rule
                if best is not None and best[4]:
                    break
            # a unit of the required kind other than its opening ("File an application by sending completed forms ...
            # through the System", beside the posting rule quoted), when no quote opens those steps: the opening of its
            # section comes with it, saying which system and how the steps begin (the e-Gov procedure)
            opening = self._opening_of(required, best, passages, quoted) if best is not None and required and not (
                best[4]) else None
            if best is None:
                best = self._unit_naming(open_terms, passages, programs, quoted)
            if best is None and own_type and "condition" in self.types.classify(part).types:
                best = self._exclusion_of(part, passages, picked)
            if best is None:
                continue
            _, passage, text, _, _ = best
            fresh = all(p is not passage for p, _ in picked)
            quoted.add(text)
            added += 1
            picked = with_quote(picked, passage, text, new_at=1)
            for tied in self._tied_items(asked, passage, text):
                # the other entries of its list the part's focus names as well ("which places in Vietnam did they
                # visit?": the JICA office and the Esuhai company, both in December 2019)
                if tied not in quoted and not any(tied in q or q in tied for q in quoted):
                    quoted.add(tied)
                    picked = with_quote(picked, passage, tied, new_at=1)
            if fresh and text in best_run:
                # a part about a passage the answer quotes nothing of yet (the Tokyo support project beside a question
                # on technical intern training) is answered as its own selection quotes it: with the units of that
                # passage it quotes beside the best one (TOKYO WorkNet, then the Pasona project)
                for other in best_run:
                    if other != text and other not in quoted and not any(other in q or q in other for q in quoted):
                        quoted.add(other)
                        picked = [(p, sorted([*ts, other], key=lambda t, run=best_run: run.index(t) if t in run else -1))
                                  if p is passage else (p, ts) for p, ts in picked]
            # which of the things named qualifies (a condition asked of them): what the coverage leaves out is part
            # of it ("Fundamental and basic IT skill courses are excluded" after the fields covered)
            # (so is a part that asks whether its own thing qualifies: "and our basic PC course can be certified
            # too?" is answered by what the coverage leaves out)
            left = (self._exclusion_after(passage, text)
                    if asked != part or "condition" in self.types.classify(part).types else "")
            if left and left not in quoted:
                quoted.add(left)
                picked = with_quote(picked, passage, left, new_at=1)
            if opening is not None and opening[2] not in quoted:
                quoted.add(opening[2])
                picked = with_quote(picked, opening[1], opening[2], new_at=1)
                text = opening[2]  # its first step follows it
                passage = opening[1]
            step = self._first_step(passage, text, required) if required else ""
            if step and step not in quoted:
                # the opening of the steps says only that steps follow: the first one is what to do first (obtain
                # an ID and password for the system)
                quoted.add(step)
                picked = with_quote(picked, passage, step, new_at=1)
        return picked

    def _exclusion_of(self, part: str, passages: list[Passage], picked: list[tuple[Passage, list[str]]]
                      ) -> tuple[float, Passage, str, bool, bool] | None:
        """For a part that asks whether its own thing qualifies ("our beginner course teaches basic Excel, can that
        one also be certified?") and whose selection only repeats what the answer quotes: the unit of a passage the
        answer does not quote yet that excludes what the part names ("Fundamental and basic IT skill courses are
        excluded"), as the best of the part; None when no unit excludes it."""
        from bot.answers.limits import EXCLUDE, EXCLUDE_OWN

        order = [(p, u.text) for p in passages if all(p is not q for q, _ in picked)
                 for u in passage_units(p) if u.kind in (SENTENCE, ITEM)]
        if not order:
            return None
        found = self.limits.find(part, [t for _, t in order])
        if found is None or found.kind not in (EXCLUDE, EXCLUDE_OWN):
            return None
        passage = next(p for p, t in order if t == found.unit)
        return (1.0, passage, found.unit, True, False)

    def _numbered(self, query: str, parts: list[str]) -> bool:
        """Whether ``parts`` are the asks of a numbered list (①…②…, "1) … 2) …") or a lettered one ("(a) … (b) …")."""
        if lettered_asks(asked_text(query)) == parts:
            return True
        return any(numbered_asks(p) == parts for p in [asked_text(query), *self.analyzer.asking_parts(
            asked_text(query), unmarked=True)[1]])

    def _opening_of(self, required: frozenset[str], best: tuple[float, Passage, str, bool, bool],
                    passages: list[Passage], quoted: set[str]) -> tuple[float, Passage, str, bool, bool] | None:
        """The unit of ``best``'s section that a required kind prefers (the opening of the steps), quoted beside
        ``best`` when no quoted unit is of that kind; None when the section has none."""
        if any(self.types.preferred(name, q) for name in required for q in quoted):
            return None
        at = next((i for i, p in enumerate(passages) if p is best[1]), None)
        if at is None:
            return None
        for i in sorted(with_same_section({at}, passages), key=lambda i: (i != at, i)):
            for unit in passage_units(passages[i]):
                if (unit.text not in quoted and not any(unit.text in q for q in quoted)
                        and any(self.types.preferred(name, unit.text) for name in required)):
                    return (best[0], passages[i], unit.text, best[3], True)
        return None

    def _first_part_displaced(self, first: str, later: list[str], passages: list[Passage], programs: set[str],
                              picked: list[tuple[Passage, list[str]]]) -> bool:
        """Whether the answer opens with a unit that a later part's own selection quotes first and the first
        part's own selection does not quote at all."""
        opening = next((t for _, ts in picked for t in ts[:1]), None)
        if opening is None:
            return False
        own = self._select(first, passages, 3, programs=programs)
        if own.refused or any(opening in t or t in opening for _, ts in own.picked for t in ts):
            return False
        for part in later:
            sub = self._select(part, passages, 3, programs=programs)
            if not sub.refused and any(opening in t or t in opening for _, ts in sub.picked for t in ts[:1]):
                return True
        return False

    def _unmet_kinds(self, asked: frozenset[str], quoted: set[str]) -> frozenset[str]:
        """The soft kinds of answer in ``asked`` that have a unit of their own (a type's ``prefer``: the opening of
        the steps for a procedure) when no ``quoted`` unit is of that kind."""
        return frozenset(t for t in asked - {"list", "condition"} if t in self.types.types
                         and not self.types.types[t].hard and self.types.types[t].prefer
                         and not any(self.types.preferred(t, q) for q in quoted))

    def _unit_naming(self, open_terms: list[Any], passages: list[Passage], programs: set[str], quoted: set[str]
                     ) -> tuple[float, Passage, str, bool, bool] | None:
        """The unit of the retrieved passages (of the program the message names) that states every subject of a part
        its own selection left unanswered ("and our basic Excel course could be certified as well?": "Fundamental
        and basic IT skill courses are excluded"), when the part's selection ranked the units of its answered
        subjects first; None when the part names no such subject or no unit states them all."""
        subjects = [u for u in open_terms if u.concept]
        if not subjects:
            return None
        best = None
        for passage in passages:
            if programs and passage.program and passage.program not in programs:
                continue
            for unit in passage_units(passage):
                if unit.kind not in (SENTENCE, ITEM) or unit.text in quoted or any(unit.text in q for q in quoted):
                    continue
                tokens = frozenset(self.analyzer.document_tokens(unit.text))
                if not all(u.strength(tokens) >= 1.0 for u in subjects):
                    continue
                score = sum(2.0 if u.anchor else 1.0 for u in subjects)
                if best is None or score > best[0]:
                    best = (score, passage, unit.text, True, False)
        return best

    def _first_step(self, passage: Passage, text: str, required: frozenset[str]) -> str:
        """The sentence right after ``text`` in its passage when ``text`` is the unit a required type prefers and
        announces what follows ("... through the following procedures, using the e-Gov ... System"): the first step
        it announces. "" otherwise."""
        if not is_lead(text) or not any(self.types.preferred(name, text) for name in required):
            return ""
        units = passage_units(passage)
        at = next((i for i, u in enumerate(units) if u.text == text and u.parent < 0), None)
        following = units[at + 1] if at is not None and at + 1 < len(units) else None
        if following is None or following.parent >= 0 or following.kind != SENTENCE:
            return ""
        return following.text

    def _select(self, query: str, passages: list[Passage], max_passages: int = 3,
                programs: set[str] | None = None, require: frozenset[str] = frozenset()) -> Selection:
        """``require``: soft types the answer must carry here (an asking part's own kind of answer)."""
        # the names of the user's self-description (the university they study at, their city) do not pick a quote
        query = without_background(query, self.types.focus)
        ask = self.types.classify(asked_text(query))
        if require:
            ask = replace(ask, hard=ask.hard | (require & ask.types))
        if not passages:
            return Selection(ask)
        analysis = self.analyzer.analyze(query) if self.analyzer is not None else None
        excluded = self._other_programs(passages, analysis, programs)
        if excluded and "next_step" in ask.types and analysis is not None:
            # what follows a program is said in the next program's passage that names it
            asked = self._named(analysis.text or "", analysis)
            excluded = {i for i in excluded if not self._named(passages[i].text) & asked}
        units = [passage_units(p) for p in passages]
        candidates = self._candidates(query, passages, units, excluded, analysis)
        if not candidates:
            snippet = [(p, [p.snippet]) for p in passages[:1] if p.snippet]
            return Selection(ask, picked=snippet)
        quotes = self._score(query, passages, candidates, analysis, ask)
        answering = [(v, c, q) for v, c, q in quotes if v > 0]
        answering = self._of_asked_qualifier(analysis, answering)
        if not answering:
            # no word of the question in any unit (retrieval matched by synonyms or the dense side): the
            # units of the best-ranked passages, in their order, stand for the topic
            answering = [(0.01 * (0.9 ** c.passage) * (0.99 ** c.index), c, q) for _, c, q in quotes]
        each_type: list[tuple[float, _Candidate, Quote]] = []
        if ask.hard:
            fitting = [(v, c, q) for v, c, q in answering if self.types.satisfies(ask, q.types, q.text, c.context)]
            subject = self._subject_passages(ask, candidates, len(passages), analysis,
                                             {i: p.title for i, p in enumerate(passages)})
            if subject is not None:
                subject = with_same_section(subject, passages)
                fitting = [(v, c, q) for v, c, q in fitting if c.passage in subject]
            if not fitting:
                fitting, each_type = self._each_type(ask, answering, subject)
            if not fitting:
                missing = tuple(sorted(ask.hard))
                closest = self._pick(answering, passages, 1) if answering else []
                # the focus of the question no document states is named ("overtime", not "that amount")
                unmentioned = self._unmentioned(query, passages, closest, analysis, Ask()) if closest else None
                # named only when it is one term ("overtime"): the type's own words say the rest ("a phone number")
                if unmentioned is not None and (unmentioned.partial or len(" ".join(unmentioned.missing).split()) > 1):
                    unmentioned = None
                return Selection(ask, refused=True, closest=closest, missing=missing, unmentioned=unmentioned)
            answering = fitting
        on_subject = max((v for v, _, q in answering if q.on_subject), default=None)
        if on_subject is not None:
            # the question names an organisation and a unit is about it: a unit about another one is quoted
            # only when it answers better still ("which agency backs Tokyo's project?" asks about the agency)
            answering = [(v, c, q) for v, c, q in answering if not q.off_subject or v > on_subject]
        steps = "procedure" in ask.types and self.types.asks_all_steps(asked_text(query))
        answering = self._prefer_soft(answering, ask, passages, steps=steps)
        picked = self._pick(answering, passages, max_passages, neighbours=quotes,
                            hard=bool(ask.hard) and "list" not in ask.types, prose_list="list" in ask.types,
                            steps=steps, procedure="procedure" in ask.types)
        if ask.hard and each_type:
            picked = self._in_asked_order(asked_text(query), ask,
                                          self._with_each_type(picked, each_type, passages))
        picked = without_repeats(picked, "list" in ask.types)
        picked = self._with_next_step(picked, passages, ask)
        picked = self._with_exclusion(picked, ask)
        picked = self._with_condition(query, picked, passages, units, ask)
        # the condition of the value asked ("any company?", 条件があるのか) answers an ask of its own: it is kept
        # among the answers however many notes the reply carries
        conditions = self._conditions_quoted(query, picked, ask)
        picked = self._one_item(query, picked)
        period = None
        if picked and self.types.asks_same_period(asked_text(query)):
            picked, period = self._same_period(picked, passages, units)
        elif picked:
            picked = self._in_period(query, picked)
        unmentioned = self._unmentioned(query, passages, picked, analysis, ask) if picked else None
        if unmentioned is not None and not unmentioned.partial and "list" in ask.types and not unmentioned.value:
            # a list asked ("which jobs can move to No. 2?") is answered by the list even when the user's own word
            # ("welding") is not in it: the reply says that word is not named, then quotes the list
            unmentioned = replace(unmentioned, partial=True)
        if (unmentioned is not None and not unmentioned.partial and "condition" in ask.types and not unmentioned.value
                and self.types.states_limit(" ".join(picked[0][1]))):
            # a condition asked ("which companies can extend?", 延長できる会社の条件は？) is met by the unit that says
            # whom the value is limited to ("up to five years (limited to excellent companies ...)"), in the
            # documents' words: the user's own word for it is named as not mentioned, the limit is quoted
            unmentioned = replace(unmentioned, partial=True)
        if unmentioned is not None and not unmentioned.partial:
            missing = tuple(sorted(ask.hard)) if unmentioned.value else ("focus",)
            return Selection(ask, refused=True, closest=picked[:1], missing=missing, unmentioned=unmentioned)
        # each asked type's values (an age range and the date it is counted at): a lead states each or none
        values = self._values_in_asked_order(query, ask, self.types.stated_values_each(ask, " ".join(picked[0][1]))
                                             if picked else [])
        return Selection(ask, picked=picked, values=values, period=period, unmentioned=unmentioned,
                         answers=[*(quote.text for _, _, quote in each_type), *conditions])

    def _of_asked_qualifier(self, analysis: Any, answering: list) -> list:
        """A question whose subject carries a qualifier that tells two things apart ("how long can a Specific
        Skill No.1 worker stay?": No. 1, not No. 2; the online internship, not the in-person one: ``siblings``
        in knowledge/answer_types.yaml) is answered by the units of that qualifier: a unit whose sentence or
        heading names only a sibling ("the renewal of Specific Skill No. 2 is indefinite") is set aside, unless
        no other unit answers. A qualifier of another program than the question names ("or by completing
        Technical Intern Training No. 2" in a sentence on Specific Skill No. 1) is no qualifier of its subject, nor is
        the origin of a move ("can be transferred from No. 1": ``sibling_origin``)."""
        if analysis is None or self.analyzer is None or not answering:
            return answering
        asked = self.types.sibling_qualifiers({u.concept for u in analysis.units if u.concept})
        if not asked:
            return answering
        programs = self._named(analysis.text or "", analysis)

        def qualifiers_of(cand: _Candidate) -> set[str]:
            names: set[str] = set()
            for clause in (cand.context, *_CLAUSE.split(cand.text)):
                # (where a move starts is no qualifier of the unit: "can be transferred from No. 1" is about No. 2)
                clause = self.types.without_origin(clause)
                clause_analysis = self.analyzer.analyze(clause)
                other = self._named(clause, clause_analysis) - programs
                if programs and other and not programs & self._named(clause, clause_analysis):
                    continue  # another program's stage ("Technical Intern Training No. 2")
                names |= {u.concept for u in clause_analysis.units if u.concept}
            return names

        def sibling_only(cand: _Candidate) -> bool:
            names = qualifiers_of(cand)
            return any(names & siblings and one not in names for one, siblings in asked.items())

        kept = [item for item in answering if not sibling_only(item[1])]
        return kept or answering

    def _each_type(self, ask: Ask, answering: list, subject: set[int] | None = None) -> tuple[list, list]:
        """A question that asks for several values in one sentence (施行日と、対象分野がいくつだったか: a date and a
        count; where to mail the documents and by when: an address and a deadline) that no one unit states
        together: the units that state each (the best per type, in the order of the types); nothing otherwise,
        unless what is stated is a fact about the named subject (the address without the date: where to send is
        the answer, the quote says "postmarked by the deadline"). A type about a named subject (an address) is taken from the
        ``subject`` passages only."""
        # a type asked of two kinds (when applications were taken, and from when the courses had to start: a
        # deadline and a start) is asked twice, once per kind: no one unit need state both dates
        asks = [(name, kinds) for name in sorted(ask.hard - {"list"})
                for kinds in ([(k,) for k in ask.kinds[name]] if len(ask.kinds.get(name, ())) > 1
                              else [ask.kinds[name]] if name in ask.kinds else [()])]
        hard = [name for name, _ in asks]
        if len(asks) < 2:
            return [], []
        best = []
        found: list[str] = []
        for name, kinds in asks:
            one = Ask(frozenset({name}), {name: kinds} if kinds else {}, frozenset({name}))
            named = subject is not None and name in self.types.types and self.types.types[name].subject
            own = [(v, c, q) for v, c, q in answering if self.types.satisfies(one, q.types, q.text, c.context)
                   and (not named or c.passage in subject)]
            if own:
                # the unit the type prefers (the one that names the system asked) before one that only carries it
                own = [o for o in own if self.types.preferred(name, o[2].text)] or own
                pick = max(own, key=lambda item: item[0])
                if any(pick[1] is b[1] and pick[2].text == b[2].text for b in best):
                    pick = max((o for o in own if not any(o[1] is b[1] and o[2].text == b[2].text for b in best)),
                               key=lambda item: item[0], default=pick)
                best.append(pick)
                found.append(name)
        subject_of = lambda n: n in self.types.types and self.types.types[n].subject  # noqa: E731
        # only the subject's fact (the address) stated and only a plain value (the date) not: the fact answers
        partial = any(subject_of(n) for n in found) and not any(subject_of(n) for n in hard if n not in found)
        if not best or (len(found) < len(hard) and not partial):
            return [], []
        return [item for item in answering if any(item[1] is b[1] for b in best)], best

    def _with_each_type(self, picked: list[tuple[Passage, list[str]]], best: list, passages: list[Passage]
                        ) -> list[tuple[Passage, list[str]]]:
        """Each type's best unit quoted (``_each_type``), after what is picked when it is not quoted yet; the
        passages that hold them come first (each asked value is stated before a unit that only shares words with
        the question, so a reply cut to its first quotes keeps every value asked: 1993 beside the five years)."""
        for _, cand, quote in best:
            if any(quote.text in text or text in quote.text for _, texts in picked for text in texts):
                continue
            picked = with_quote(picked, passages[cand.passage], quote.text, new_at=len(picked))
        answers = [quote.text for _, _, quote in best]

        def holds(entry: tuple[Passage, list[str]]) -> bool:
            return any(a in text or text in a for text in entry[1] for a in answers)

        return [e for e in picked if holds(e)] + [e for e in picked if not holds(e)]

    def _values_in_asked_order(self, question: str, ask: Ask, values: list[StatedValue]) -> list[StatedValue]:
        """The stated values of several asked types in the order the question asks the types (the contact asked
        first, then the count of forms), so a lead states each after the ask it answers."""
        if len({v.type for v in values}) < 2:
            return values

        def asked_at(name: str) -> int:
            spec = self.types.types.get(name)
            if spec is None:
                return len(question)
            kinds = [k for k in spec.kinds if k.name in ask.kinds.get(name, ())]
            patterns = [p for k in kinds for p in k.question] or list(spec.question)
            return min((m.start() for p in patterns for m in [p.search(question)] if m), default=len(question))

        at = {name: asked_at(name) for name in {v.type for v in values}}
        return sorted(values, key=lambda v: at[v.type])

    def _in_asked_order(self, question: str, ask: Ask, picked: list[tuple[Passage, list[str]]]
                        ) -> list[tuple[Passage, list[str]]]:
        """Several kinds of one type asked (when applications were taken, and from when the courses had to
        start: a deadline and a start): the passages quoted for them in the order the question asks them, so the
        answer opens with what is asked first. Nothing changes for one kind."""
        several = sorted(name for name in ask.hard if len(ask.kinds.get(name, ())) > 1 and name in self.types.types)
        if not several or len(picked) < 2:
            return picked
        name = several[0]
        kinds = {k.name: k for k in self.types.types[name].kinds}

        def asked_at(kind: str) -> int:
            found = [m.start() for p in kinds[kind].question for m in [p.search(question)] if m]
            return min(found, default=len(question))

        order = sorted(ask.kinds[name], key=asked_at)

        def rank(entry: tuple[Passage, list[str]]) -> int:
            passage, texts = entry
            context = f"{passage.section}\n" + "\n".join(texts)
            return min((i for i, kind in enumerate(order) if self.types.kind_ok(name, kind, context)), default=len(order))

        return sorted(picked, key=rank)

    def _unmentioned(self, query: str, passages: list[Passage], picked: list[tuple[Passage, list[str]]],
                     analysis: Any, ask: Ask) -> FocusCheck | None:
        """What the question's asking part asks about that the documents do not mention (bot/answers/focus.py),
        None when the quote (or its passage, or the named program's document) covers all of it."""
        if analysis is None or not hasattr(self.analyzer, "document_concepts"):
            return None
        question = asked_text(query)
        if hasattr(self.analyzer, "asking_parts"):
            question = " ".join(self.analyzer.asking_parts(question)[1]) or question
        asked = self._named(question)
        program: set[int] | None = None
        if asked:
            program = set()
            for index, passage in enumerate(passages):
                heading = heading_of(passage)
                about = (self._named(heading) if heading else set()) or ({passage.program} if passage.program else set())
                if about & asked:
                    program.add(index)
        check = check_focus(question, self.analyzer, self.types.focus, picked, passages, program,
                            value_asked=bool(ask.hard - {"list"}), known_ja=self._known_ja)
        if check.value:
            # a subject named only by a sentence that asks no value ("how many occupations ...? is caregiving one
            # of them?": a membership ask) is not a subject of the value asked
            # (a Japanese message's sentences too: "…受け入れられますか?技能実習の対象職種って全部でいくつ…")
            # (read in the whole message: its asking parts may leave out the sentence that asks the value)
            # (and each ask of a sentence that joins several: "when was it started, how many occupations does it
            # cover, and is the trainee our employee?" names the trainee only in its yes/no ask)
            sentences = [a for s in _MESSAGE_SENTENCES.split(asked_text(query)) if s.strip()
                         for a in (list_of_asks(s) or [s])]
            # (a sentence that asks a value of another type than the one answered, "オンラインなのか郵送なのか" beside
            # the period asked, asks no value of what it names here: its own ask is answered on its own)
            valued = [s for s in sentences if (self.types.classify(s).hard - {"list"}) & (ask.hard or {"list"})
                      or not ask.hard and self.types.classify(s).hard - {"list"}]
            if valued and len(valued) < len(sentences):
                again = check_focus(" ".join(valued), self.analyzer, self.types.focus, picked, passages, program,
                                    value_asked=True, known_ja=self._known_ja)
                if not again.value:
                    check = check_focus(question, self.analyzer, self.types.focus, picked, passages, program,
                                        value_asked=False, known_ja=self._known_ja)
        return check if check.missing else None

    def _known_ja(self, word: str) -> bool:
        """Whether the glossary names a Japanese word in English (then it is no word the documents leave out)."""
        return bool(self.glossary.english(word))

    def left_out(self, parts: list[str], passages: list[Passage], picked: list[tuple[Passage, list[str]]]
                 ) -> FocusCheck | None:
        """What the asking parts the search left out as off topic (``SearchResult.left_out``: the weather beside a
        program question) ask about, as a part of the question the documents do not mention (``partial``: the
        quote answers the rest); None when they name nothing the focus check can say."""
        if self.analyzer is None or not hasattr(self.analyzer, "analyze"):
            return None
        checks = [check_focus(part, self.analyzer, self.types.focus, picked, passages, None, known_ja=self._known_ja)
                  for part in parts]
        missing = tuple(dict.fromkeys(w for c in checks for w in c.missing))
        return FocusCheck(missing=missing, partial=True) if missing else None

    def _dated_entries(self, picked: list[tuple[Passage, list[str]]]) -> list[str]:
        """The quoted units that are entries of a list stating a date ("2019 Dec: Visit to ...")."""
        date_ask = Ask(frozenset({"date"}))
        return [u.text for passage, texts in picked for u in passage_units(passage)
                if u.kind == ITEM and u.parent >= 0 and u.text in texts
                and self.types.stated_values(date_ask, u.text, limit=1)]

    def _entry_of_same_event(self, part: str, before: str, picked: list[tuple[Passage, list[str]]],
                             quoted: set[str]) -> tuple[Passage, str] | None:
        """The entry answering ``part``, an ask of the event the ask ``before`` names: among the entries of a dated
        list that state the date of the quoted entry answering ``before`` (the one stating most of its terms), the one
        not quoted yet that states most of the terms ``part`` adds to ``before`` (then most of its terms). None when no
        quoted entry is dated or no other entry of its date states a term of ``part``."""
        if self.analyzer is None or not hasattr(self.analyzer, "document_tokens"):
            return None
        date_ask = Ask(frozenset({"date"}))
        before_units = self.analyzer.analyze(before).units
        part_units = self.analyzer.analyze(part).units
        own_units = [u for u in part_units if u.label not in {b.label for b in before_units}]

        def stated(text: str, units: list[Any]) -> float:
            tokens = frozenset(self.analyzer.document_tokens(text))
            return sum(u.strength(tokens) for u in units)

        events = []
        for passage, texts in picked:
            units = passage_units(passage)
            for unit in units:
                if unit.kind == ITEM and unit.parent >= 0 and unit.text in texts:
                    date = self.types.stated_values(date_ask, unit.text, limit=1)[:1]
                    if date:
                        events.append((stated(unit.text, before_units), passage, unit, date, units))
        if not events:
            return None
        _, passage, event, date, units = max(events, key=lambda e: e[0])
        same = [u.text for u in units if u.kind == ITEM and u.parent == event.parent and u.text not in quoted
                and not any(u.text in q or q in u.text for q in quoted)
                and self.types.stated_values(date_ask, u.text, limit=1)[:1] == date]
        scored = [(stated(text, own_units), stated(text, part_units), text) for text in same]
        best = max(scored, key=lambda s: (s[0], s[1]), default=None)
        if best is None or not best[0]:
            return None
        return passage, best[2]

    def _tied_items(self, question: str, passage: Passage, text: str) -> list[str]:
        """The other items of the list the item ``text`` belongs to that cover the focus of ``question`` as fully as
        it does (each focus term it states, by any of its terms), in the list's order, when there are at most ``MAX_TIED_ITEMS``
        of them; none for a unit that is no list item or a question with no focus."""
        if self.analyzer is None or not hasattr(self.analyzer, "document_tokens"):
            return []
        units = passage_units(passage)
        item = next((u for u in units if u.kind == ITEM and u.text == text), None)
        if item is None or item.parent < 0:
            return []
        focus, _ = focus_units(asking_clause(asked_text(question)), self.analyzer.analyze, self.types.focus,
                               self.analyzer.document_tokens)
        if not focus:
            return []

        def strengths(entry: str) -> list[float]:
            tokens = frozenset(self.analyzer.document_tokens(entry))
            return [u.strength(tokens) for u in focus]

        own = strengths(text)
        if not any(own):
            return []
        tied = [u.text for u in units if u.kind == ITEM and u.parent == item.parent and u.text != text
                and all(s > 0 for s, o in zip(strengths(u.text), own) if o > 0)]
        return tied if len(tied) <= MAX_TIED_ITEMS else []

    def _one_item(self, query: str, picked: list[tuple[Passage, list[str]]]) -> list[tuple[Passage, list[str]]]:
        """A whole list quoted for a question whose focus one item alone covers ("which documents must students
        and graduates submit?" and the item on students' and graduates' certificates): that item is quoted instead,
        unless the question asks for the whole list (``whole_list``) or for the items beside the one it names
        (``other_items``). Nothing changes otherwise."""
        if not picked or self.analyzer is None or not hasattr(self.analyzer, "document_tokens"):
            return picked
        question = asked_text(query)
        if self.types.asks_whole_list(question) or self.types.asks_other_items(question):
            # (the items beside the one named, "apart from the daily money": the list, not that item)
            return picked
        passage, quoted = picked[0]
        found = quoted_list(passage, quoted)
        if found is None:
            return picked
        own, at, items = found
        if len(items) < 3:
            return picked
        # the list asked for is quoted whole: its lead or heading names what the question asks a list of
        topics = [u for t in self.types.list_topics(question) for u in self.analyzer.analyze(t).units]
        lead = next((u.text for u in own if u.parent == at and u.role == LEAD), own[at].text.partition(": ")[0])
        named = frozenset(self.analyzer.document_tokens(f"{passage.section}\n{lead}"))
        if any(u.strength(named) > 0 for u in topics):
            return picked
        # the condition the question states ("if I get selected,") says when, not what item is asked
        asking = asking_clause(question)
        for clause in self.types.conditions(asking):
            asking = asking.replace(clause, " ")
        focus, _ = focus_units(asking, self.analyzer.analyze, self.types.focus, self.analyzer.document_tokens)
        # a question that names no list it asks for is answered by one item only when it asks for a list's items
        # by the verb that does so and names them ("what does the program cover - flights?": ``list_verb``), in the
        # documents' own terms (vocabulary concepts) one item states
        if not focus:
            return picked
        if not topics and not (self.types.without_list_verb(question) != question and all(u.concept for u in focus)):
            # ... or when it names a criterion the list's lead and section do not (the age of "the age limit for JIP
            # applicants": "applicants" and the program are what the lead names, the age is one item's): the item
            # that alone states that criterion answers. Not for a question that asks for things in the plural
            # (「サポートしてくれるのはどんなこと」, "which fields"): its answer is a list
            if "list" in self.types.classify(question).types:
                return picked
            focus = [u for u in focus if u.strength(named) == 0]
            if not focus or not all(u.concept for u in focus):
                return picked
        # per item, how well it covers each focus term (the user's own word 1, a synonym less)
        covers = [{u.label: u.strength(frozenset(self.analyzer.document_tokens(item))) for u in focus} for item in items]
        score = [sum(c.values()) for c in covers]
        best = max(range(len(items)), key=lambda i: score[i])
        rest = [i for i in range(len(items)) if i != best]
        # the best item covers a focus term better than any other item does, and more of the focus in all
        unique = any(covers[best][u.label] > max(covers[i][u.label] for i in rest) for u in focus)
        if not unique or any(score[i] >= score[best] for i in rest):
            return picked
        spot = quoted.index(own[at].text)
        return [(passage, [*quoted[:spot], items[best], *quoted[spot + 1:]]), *picked[1:]]

    def _with_condition(self, query: str, picked: list[tuple[Passage, list[str]]], passages: list[Passage],
                        units: list[list[Unit]], ask: Ask) -> list[tuple[Passage, list[str]]]:
        """A question that asks for a value and its condition ("how long ...? any conditions?", 最長何年？条件があれば):
        the unit that states the same value with a condition ("up to five years (limited to excellent companies
        ...)") is quoted right after the answer. Nothing changes when the question asks no condition or no
        retrieved unit states one for that value."""
        if not picked or not ask.hard or not self.types.asks_condition(asked_text(query)):
            return picked
        values = self.types.stated_values(ask, " ".join(picked[0][1]))
        if not values:
            return picked
        quoted = {text for _, texts in picked for text in texts}

        def about(passage: Passage) -> set[str]:
            heading = heading_of(passage) if self.analyzer is not None and hasattr(self.analyzer, "document_concepts") else ""
            return (self._named(heading) if heading else set()) or ({passage.program} if passage.program else set())

        program = about(picked[0][0])  # the condition of the same program's value, not another program's
        first = [i for i, p in enumerate(passages) if any(p is q for q, _ in picked)]
        order = first + [i for i in range(len(passages)) if i not in first]
        for index in order:
            for unit in units[index]:
                if unit.kind not in (SENTENCE, ITEM) or unit.text in quoted or any(unit.text in t for t in quoted):
                    continue
                if "condition" not in self.types.detect(unit.text) or (program and not about(passages[index]) & program):
                    continue
                if not set(map(repr, self.types.stated_values(ask, unit.text))) & set(map(repr, values)):
                    continue
                passage = passages[index]
                if passage is picked[0][0]:
                    return [(passage, [*picked[0][1], unit.text]), *picked[1:]]
                rest = [(p, texts) for p, texts in picked[1:] if p is not passage]
                own = next((texts for p, texts in picked[1:] if p is passage), [])
                return [picked[0], (passage, [unit.text, *own]), *rest]
        return picked

    def _each_qualifier(self, query: str, passages: list[Passage], picked: list[tuple[Passage, list[str]]]
                        ) -> tuple[list[tuple[Passage, list[str]]], list[str]]:
        """A contact question that names two things to contact about ("one office for questions about the system
        itself and another for the application procedure"; 制度についてと申請手続きについての問い合わせ先): the contact
        or office unit of each qualifier is quoted (the first in the retrieval's order), when no quoted unit is of
        it yet. Returns the picks and each qualifier's unit the answer quotes."""
        question = asked_text(query)
        ask = self.types.classify(question)
        if not ask.types & _CONTACT_TYPES:
            return picked, []
        kinds = self.types.qualifiers_of(ask, question)
        if len(kinds) < 2:
            return picked, []
        found: list[str] = []
        for kind in kinds:
            quoted = [t for _, texts in picked for t in texts]
            own = next((t for t in quoted if self.types.detect(t) & _CONTACT_TYPES
                        and any(p.search(t) for p in kind.unit)), None)
            if own is not None:
                found += [own] if own not in found else []
                continue
            unit = next(((passage, u.text) for passage in passages for u in passage_units(passage)
                         if u.kind in (SENTENCE, BLOCK) and any(p.search(u.text) for p in kind.unit)
                         and self.types.detect(u.text) & _CONTACT_TYPES
                         and not any(u.text in q or q in u.text for q in quoted)), None)
            if unit is None:
                continue
            picked = with_quote(picked, unit[0], unit[1], new_at=len(picked))
            found.append(unit[1])
        # the phone number asked with them ("Pls give phone number."): when no quoted unit gives one, the unit that
        # gives the number of an organisation the contacts name ("(IT Innovation Division: 03-3501-2646)")
        quoted = [t for _, texts in picked for t in texts]
        asks_phone = any("phone" in self.types.classify(s).types
                         for s in _MESSAGE_SENTENCES.split(question) if s.strip())
        if found and asks_phone and not any("phone" in self.types.detect(t) for t in quoted):
            named = {o for t in found for o in self.glossary.organisations(t)}
            unit = next(((passage, u.text) for passage in passages for u in passage_units(passage)
                         if u.kind in (SENTENCE, BLOCK) and "phone" in self.types.detect(u.text)
                         and named & self.glossary.organisations(u.text)
                         and not any(u.text in q or q in u.text for q in quoted)), None)
            if unit is not None:
                picked = with_quote(picked, unit[0], unit[1], new_at=len(picked))
                found.append(unit[1])
        return picked, found

    def _each_sibling(self, query: str, passages: list[Passage], picked: list[tuple[Passage, list[str]]]
                      ) -> tuple[list[tuple[Passage, list[str]]], list[str]]:
        """A value asked of each of two things the message names apart ("1号と2号はどう違う？それぞれ何年いられる？",
        "No. 1 and No. 2: how long can each stay?"): each one's own unit is quoted (the five years of No. 1, the
        indefinite renewal of No. 2), as the ask's selection finds it for that one alone. Returns the picks and the
        units added."""
        if self.analyzer is None or not hasattr(self.analyzer, "asking_parts"):
            return picked, []
        question = asked_text(query)
        named = set(self.analyzer.analyze(question).concepts)
        groups = [g for g in getattr(self.types, "siblings", ()) if len(g & named) >= 2]
        if not groups:
            return picked, []
        _, parts = self._asking_parts(query)
        found: list[str] = []
        by_id = {c.id: c for c in self.analyzer.vocabulary.concepts}
        programs = self._named(question) if hasattr(self.analyzer, "document_concepts") else set()
        for part in parts or [question]:
            if not self.types.asks_each(part) or not self.types.classify(part).hard:
                continue
            for group in groups:
                for one in sorted(group & named):
                    # (named in the part's own language, with the program the message names: 特定技能2号 in a
                    # Japanese part, "Specific Skill No.2" in an English one)
                    def own(concept: str) -> str:
                        return next((str(t) for t in (by_id[concept].terms if concept in by_id else ())
                                     if has_cjk(str(t)) == has_cjk(part)), "")
                    program = next((own(c) for c in sorted(programs) if own(c)), "")
                    term = (program + own(one)) if has_cjk(part) else f"{program} {own(one)}".strip()
                    # (the part without the other ones' names: "1号と2号は、それぞれ" asks this one alone here)
                    alone = part
                    for other in group - {one}:
                        for name in sorted((str(t) for t in (by_id[other].terms if other in by_id else ())),
                                           key=len, reverse=True):
                            alone = rx.sub(rf"(?<![\w]){re.escape(name)}(?![\w])" if not has_cjk(name)
                                           else re.escape(name), " ", alone, flags=re.IGNORECASE)
                    sub = self._select(f"{term}は{alone}" if has_cjk(part) else f"{alone} ({term})", passages, 1)
                    if sub.refused or not sub.picked:
                        continue
                    passage, texts = sub.picked[0]
                    quoted = [t for _, ts in picked for t in ts]
                    text = texts[0]
                    if text in found or any(text in q or q in text for q in quoted):
                        continue
                    picked = with_quote(picked, passage, text, new_at=len(picked))
                    found.append(text)
        return picked, found

    def _each_condition(self, query: str, passages: list[Passage], picked: list[tuple[Passage, list[str]]]
                        ) -> tuple[list[tuple[Passage, list[str]]], list[str]]:
        """A message of several asks, one of which asks the condition of its value ("1) can trainees stay the full
        5 years at any company? 2) do the trainees count?", 最長何年？どの会社でも？): the unit that states that
        value with its condition ("up to five years (limited to excellent companies ...)") is quoted too, as that
        part's own selection finds it. Returns the picks and the condition units the answer quotes."""
        if self.analyzer is None or not hasattr(self.analyzer, "asking_parts"):
            return picked, []
        _, parts = self._asking_parts(query)
        if len(parts) < 2:
            return picked, []
        programs = self._named(asked_text(query)) if hasattr(self.analyzer, "document_concepts") else set()
        found: list[str] = []
        for part in parts:
            if not self.types.asks_condition(part):
                continue
            sub = self._select(part, passages, 3, programs=programs)
            if sub.refused:
                continue
            for text in self._conditions_quoted(part, sub.picked, sub.ask):
                quoted = [t for _, texts in picked for t in texts]
                found += [text] if text not in found else []
                if any(text in q for q in quoted):
                    continue
                passage = next(p for p, texts in sub.picked if text in texts)
                picked = with_quote(picked, passage, text, new_at=1)
        return picked, found

    def _with_next_step(self, picked: list[tuple[Passage, list[str]]], passages: list[Passage], ask: Ask
                        ) -> list[tuple[Passage, list[str]]]:
        """"What happens after we send?": a step the answer quotes ("File an application by sending completed
        forms ...") is what comes before; the unit of its section that says what follows ("A hearing may be held to
        examine the content of the course") opens the answer. Nothing changes when the question asks nothing after,
        the quote already says what follows, or its section states nothing that does."""
        # (a step of a procedure may itself read as what follows: "sending completed forms")
        first = self.types.detect(picked[0][1][0]) if picked else set()
        if not picked or "next_step" not in ask.types or ("next_step" in first and "procedure" not in first):
            return picked
        top = picked[0][0]
        quoted = {t for _, texts in picked for t in texts}
        found = next(((p, u.text) for p in passages if p.doc_id == top.doc_id and p.section == top.section
                      for u in passage_units(p) if u.kind in (SENTENCE, ITEM) and u.text not in quoted
                      and "next_step" in self.types.detect(u.text)), None)
        if found is None:
            return picked
        passage, text = found
        rest = [(p, texts) for p, texts in picked if p is not passage]
        own = next((texts for p, texts in picked if p is passage), [])
        return [(passage, [text, *own]), *rest]

    def _conditions_quoted(self, query: str, picked: list[tuple[Passage, list[str]]], ask: Ask) -> list[str]:
        """The quoted units that state the value of the answer with a condition, when the question asks the
        condition of that value ("how long at most? any conditions?", "can they stay the full 5 years at any
        company?" and "up to five years (limited to excellent companies ...)"), wherever the ranking or
        ``_with_condition`` put them. The value is the one the answer states for a value asked, else the one the
        question states itself ("the full 5 years")."""
        if not picked or not self.types.asks_condition(asked_text(query)):
            return []
        if ask.hard:
            value_ask, start = ask, 1
            values = self.types.stated_values(ask, " ".join(picked[0][1]))
        else:
            start = 0
            value_ask, values = next(((a, v) for a in (Ask(frozenset({name})) for name in _VALUE_TYPES_ORDER)
                                      for v in [self.types.stated_values(a, asked_text(query))] if v), (ask, []))
        shown = set(map(repr, values))
        if not shown:
            return []
        return [text for index, (_, texts) in enumerate(picked) for text in texts[start if index == 0 else 0:]
                if "condition" in self.types.detect(text)
                and set(map(repr, self.types.stated_values(value_ask, text))) & shown]

    def _with_exclusion(self, picked: list[tuple[Passage, list[str]]], ask: Ask) -> list[tuple[Passage, list[str]]]:
        """A list of what is covered (a list is asked for, or what is excluded) is quoted with the exclusion
        stated right after it ("AI, IoT, ...; Advanced security ..." then "Fundamental and basic IT skill courses
        are excluded"): what a coverage leaves out is part of it. Nothing changes for any other answer."""
        if not picked or not ({"list", "exclusion"} & ask.types):
            return picked
        passage, quoted = picked[0]
        own = passage_units(passage)
        top = [u for u in own if u.parent < 0]
        for at, unit in enumerate(top):
            if unit.text not in quoted:
                continue
            before = top[at - 1] if at > 0 else None
            # a question that asks for a list and for what is excluded, answered by the exclusion: the list of
            # what is covered right before it is quoted first (the question asks two things, both are answered)
            if ({"list", "exclusion"} <= ask.types and before is not None and before.kind == LIST
                    and before.text not in quoted and "exclusion" in self.types.detect(unit.text)
                    and "exclusion" not in self.types.detect(before.text)):
                spot = quoted.index(unit.text)
                return [(passage, quoted[:spot] + [before.text] + quoted[spot:]), *picked[1:]]
            following = self._exclusion_after(passage, unit.text)
            if following and following not in quoted:
                spot = quoted.index(unit.text) + 1
                return [(passage, quoted[:spot] + [following] + quoted[spot:]), *picked[1:]]
        return picked

    def _exclusion_after(self, passage: Passage, text: str) -> str:
        """The exclusion stated right after ``text`` when ``text`` is a list of what is covered in its passage
        ("AI, IoT, ...; Advanced security ..." then "Fundamental and basic IT skill courses are excluded"); ""
        otherwise."""
        units = passage_units(passage)
        top = [u for u in units if u.parent < 0]
        # an item of the list stands for its list
        item = next((u for u in units if u.text == text and u.kind == ITEM and 0 <= u.parent < len(units)), None)
        text = units[item.parent].text if item is not None and units[item.parent].kind == LIST else text
        at = next((i for i, u in enumerate(top) if u.text == text), None)
        if at is None or top[at].kind != LIST or at + 1 >= len(top):
            return ""
        following = top[at + 1]
        if "exclusion" in self.types.detect(following.text) and "exclusion" not in self.types.detect(text):
            return following.text
        return ""

    def _in_period(self, query: str, picked: list[tuple[Passage, list[str]]]) -> list[tuple[Passage, list[str]]]:
        """A question that names a period ("what did WAASA do in November 2019?", 2019年11月, "in 2020") and a
        quoted dated list (an activity log): only the items of that period are quoted, in the list's order.
        Nothing changes when the question names no period, the list's items state no date, or every item (or
        none) is of that period."""
        date_ask = Ask(frozenset({"date"}))
        asked = [_period(v) for v in self.types.stated_values(date_ask, asked_text(query), limit=3)]
        asked = [a for a in asked if a != (None, None)]
        if not asked:
            return picked
        passage, quoted = picked[0]
        found = quoted_list(passage, quoted)
        if found is None:
            return picked
        own, at, items = found
        dated = [(item, [_period(v) for v in self.types.stated_values(date_ask, item, limit=1)]) for item in items]
        if len(items) < 2 or not all(periods for _, periods in dated):
            return picked

        def within(period: tuple[int | None, int | None]) -> bool:
            return any((y is None or period[0] == y) and (m is None or period[1] == m) for y, m in asked)

        same = [item for item, periods in dated if within(periods[0])]
        if not same or len(same) == len(items):
            return picked
        spot = quoted.index(own[at].text)
        return [(passage, [*quoted[:spot], *same, *quoted[spot + 1:]]), *picked[1:]]

    def _same_period(self, picked: list[tuple[Passage, list[str]]], passages: list[Passage],
                     units: list[list[Unit]]) -> tuple[list[tuple[Passage, list[str]]], StatedValue | None]:
        """A question that asks for the other entries of the same month (year, day) as the one it names
        ("when did WAASA visit the JICA office, and which other visit was in the same month?"): the other
        items of the answering item's list that state the same date are quoted with it, in the list's order;
        the shared date is returned for the lead. Nothing changes when the answer is no dated list item."""
        passage, quoted = picked[0]
        own = passage_units(passage)
        index = next((i for i, u in enumerate(own) if u.kind == ITEM and u.text in quoted), None)
        if index is None or own[index].parent < 0:
            return picked, None
        date_ask = Ask(frozenset({"date"}))
        first = self.types.stated_values(date_ask, own[index].text, limit=1)
        if not first:
            return picked, None
        same = [u.text for u in own if u.kind == ITEM and u.parent == own[index].parent
                and self.types.stated_values(date_ask, u.text, limit=1)[:1] == first]
        if len(same) < 2:
            return picked, None
        rest = [t for t in quoted if t not in same]
        return [(passage, same + rest), *picked[1:]], first[0]

    def _subject_passages(self, ask: Ask, candidates: list[_Candidate], n_passages: int, analysis: Any = None,
                          titles: dict[int, str] | None = None) -> set[int] | None:
        """For a fact about a named subject (a phone number, an address, an office: types marked `subject` in
        answer_types.yaml), the passages that name a specific term of the question (one that not every
        passage names: "Tokyo WorkNet" in "the phone number of Tokyo WorkNet"): a phone number in a passage
        about another office does not answer. The words that ask for the fact ("phone", "email") name no
        subject. None when no term of the question is specific."""
        if not any(self.types.types[name].subject for name in ask.hard if name in self.types.types):
            return None
        asking = [p for name in ask.types for p in self.types.types[name].question]
        own_words = {u.label: " ".join(" ".join(t) for t in u.matched) or u.label
                     for u in (analysis.units if analysis is not None else [])}
        # the words of a condition the question sets ("if uploading to e-gov doesn't work, where can we send
        # them?") say when, not whose address: they name no subject
        text = asked_text(analysis.text or "") if analysis is not None else ""
        clauses = self.types.conditions(text)
        condition: set[str] = set()
        if clauses and self.analyzer is not None:
            rest = text
            for clause in clauses:
                rest = rest.replace(clause, " ")
            kept = {u.label for u in self.analyzer.analyze(rest).units}
            condition = {u.label for clause in clauses for u in self.analyzer.analyze(clause).units} - kept
        # the words of the user's self-description ("We are an IT training company ...", 当方は…) say who asks,
        # not whose contact: they name no subject unless the asking part names them too
        described = [m.group(0) for p in self.types.focus.self_description for m in p.finditer(text)]
        if described and self.analyzer is not None:
            rest = text
            for span in described:
                rest = rest.replace(span, " ")
            kept = {u.label for u in self.analyzer.analyze(rest).units}
            condition |= {u.label for span in described for u in self.analyzer.analyze(span).units} - kept
        # the words of a qualifier ("the general METI number", "the main line") say which contact, not whose
        qualifying: set[str] = set()
        if text and self.analyzer is not None:
            spans = [m.group(0) for kind in self.types.qualifiers_of(ask, text) for p in kind.question
                     for m in p.finditer(text)]
            named = {u.label for u in self.analyzer.analyze(text).units}
            for span in spans:
                qualifying |= {u.label for u in self.analyzer.analyze(span).units} & named
        where: dict[str, set[int]] = {}
        for cand in candidates:
            for label, value in cand.hits.items():
                word = label.lstrip("^")
                if value < SUBJECT_STRENGTH or any(p.search(word) or p.search(own_words.get(word, "")) for p in asking):
                    continue  # a word of a longer term, or the ask's own words ("phone"), name no subject
                if word in condition or word in qualifying:
                    continue
                where.setdefault(word, set()).add(cand.passage)
        specific = {word: found for word, found in where.items() if len(found) < n_passages}
        if not specific:
            return None
        # a term of the vocabulary (METI, Re-Skills, WAASA) names a subject before a plain word of the message does
        # ("i think its two different offices. need the names": "two", "think" and "name" are rare in the passages
        # by chance, and the contact block that answers names none of them)
        concepts = {u.label for u in (analysis.units if analysis is not None else []) if u.concept}
        specific = {word: found for word, found in specific.items() if word in concepts} or specific
        # the rarest terms name the subject: "waasa" (one passage), not "office" (a word several passages use)
        rarest = min(len(found) for found in specific.values())
        words = [word for word, found in specific.items() if len(found) == rarest]
        subject = set().union(*(specific[word] for word in words))
        # a passage of a document whose title names the subject is about it too (the Re-Skills document's
        # "Divisions in Charge" never repeats "Re-Skills")
        if titles:
            for index, title in titles.items():
                hits = (unit_hits(analysis.text or "", title, "", self.analyzer, analysis)
                        if title and analysis is not None else {})
                named = set(self.glossary.find(title)) if title else set()
                if any(hits.get(word, 0) >= SUBJECT_STRENGTH or named & set(self.glossary.find(word)) for word in words):
                    subject.add(index)  # by the analyzer's terms, or by the glossary ("Re-Skills" is the title's
                    # "Fourth Industrial Revolution Skills Courses")
        return subject

    @staticmethod
    def _steps_in_next_chunk(picked: dict[int, list[tuple[float, str, int]]], passages: list[Passage],
                             by_unit: dict[tuple[int, int], Any], shown: set[str]) -> None:
        """A procedure asked step by step whose quoted steps stop before its last step (the quote ends at "(ⅲ) Obtain
        forms ...", and "(ⅳ) File an application ...", "(ⅴ) A hearing may be held ..." follow, at the end of the
        passage or in the retrieved passage of the same document and section that goes on with them): the units that
        open the following steps are quoted too, in order, without the notes and addresses between them."""
        pi = next(iter(picked))
        chosen = picked[pi]
        lines = passages[pi].text.splitlines()
        quoted = [m for line in lines for m in [_step_number(line)]
                  if m and any(text in line or line.strip() in text for _, text, _ in chosen)]
        if not quoted:
            return
        last = quoted[-1]
        value = max(v for v, _, _ in chosen)
        sources = [pi] + [qi for qi, p in enumerate(passages)
                          if qi not in picked and p.doc_id == passages[pi].doc_id and p.section == passages[pi].section]
        # each source passage's units in their order in the passage, looked up once
        units_of: dict[int, list[tuple[int, str]]] = {qi: [] for qi in sources}
        for (qi, at), unit in sorted(by_unit.items(), key=lambda kv: kv[0]):
            if qi in units_of:
                units_of[qi].append((at, unit[1].text))
        for qi in sources:
            run: list[tuple[float, str, int]] = []
            for line in passages[qi].text.splitlines():
                mark = _step_number(line)
                if mark is None or mark[0] != last[0] or mark[1] != last[1] + 1:
                    continue
                found = next(((at, text) for at, text in units_of[qi] if text in line and text not in shown), None)
                if found is None:
                    break
                run.append((value, found[1], found[0]))
                shown.add(found[1])
                last = mark
                if len(run) >= MAX_STEPS:
                    break
            if run:
                picked.setdefault(qi, []).extend(run)

    def _prefer_soft(self, answering: list, ask: Ask, passages: list[Passage], steps: bool = False) -> list:
        """Among units that answer about as well (KEEP_SHARE of the best), those of the soft types the
        question asks for (a condition for "how does someone qualify", a list for "which fields") win. A
        procedure asked step by step (``steps``) is preferred first: its steps open with the sentence that
        announces them and run through the one that names the forms, so a documents ask beside it ("step by
        step ... which forms?") does not start the steps halfway."""
        if not answering:
            return answering
        best = max(v for v, _, _ in answering)
        # the best unit alone names an item the question asks about ("is painting covered?": "156 tasks in 85
        # occupations, including ... painting"): it answers, not a unit of the asked type that does not name it
        top = max(answering, key=lambda item: item[0])
        alone = self._names_item_alone(top, answering)
        # a soft type an asking part requires (``_select``'s ``require``) still prefers its opening unit
        required = {n for n in ask.hard if n in self.types.types and not self.types.types[n].hard}
        names = sorted((ask.types - ask.hard) | required)
        if steps and "procedure" in names:
            names = ["procedure", *(n for n in names if n != "procedure")]
        if len(ask.confirmed) >= 2:
            # a statement of several figures to confirm ("founded in 1989 and covering 77 occupations: right?"): the
            # best unit stating each kind of figure answers (the founding year's and the count's), not those of the
            # first kind alone; each unit answers for one kind (the founding year's sentence states no count)
            each: list = []
            for name in sorted(ask.confirmed):
                carrying = [item for item in answering if name in item[2].types and item not in each]
                each += [max(carrying, key=lambda item: item[0])] if carrying else []
            return each or answering
        if "party" in names:
            # which party may take part asked ("what are the requirements for host companies?", 受入企業の条件は？): the
            # unit that says whom it is limited to wins before a list of conditions that are another party's (the
            # applicants' requirements)
            names = ["party", *(n for n in names if n != "party")]
        if "examples" in names:
            # examples asked ("give some examples of the covered occupations") are the answer's shape: the unit that
            # names them wins before a rule on the same subject ("at least 50% ...") does as a condition
            names = ["examples", *(n for n in names if n != "examples")]
        for name in names:
            carrying = [item for item in answering if name in item[2].types]
            # steps asked are a procedure asked, however well another unit shares the question's words
            if alone and not any(item is top for item in carrying) and not (steps and name == "procedure"):
                continue
            share = TYPE_SHARE.get(name, SECOND_SHARE)
            if carrying and (max(v for v, _, _ in carrying) >= share * best or (steps and name == "procedure")):
                answering = carrying
                # the sentence that opens a procedure's steps answers it, not one step of the same steps: the
                # type's preferred unit in the section of the best unit carrying the type wins
                top = max(carrying, key=lambda item: item[0])[1]
                section = passages[top.passage].section
                preferred = [item for item in carrying if self.types.preferred(name, item[2].text)
                             and passages[item[1].passage].section == section]
                if not preferred and name in required:
                    # the part requires the type (how to apply, beside another ask): the opening of the steps
                    # of another section still answers it before a label that only names the procedure
                    preferred = [item for item in carrying if self.types.preferred(name, item[2].text)]
                if not preferred and not ask.types & {"contact", "office"}:
                    # a label block that only names the office in charge of what is asked ("Information on
                    # application procedures: ... Division") answers who to ask, not how: a unit that says how (the
                    # opening of the steps in another section, else a step) answers before it, unless the office
                    # is asked
                    saying = [item for item in carrying
                              if not ("block" in item[2].types and item[2].types & {"contact", "office"})]
                    opening = [item for item in saying if self.types.preferred(name, item[2].text)]
                    if opening or saying and name in required:
                        answering = opening or saying
                if preferred:
                    answering = preferred
        return answering

    def _names_item_alone(self, top: tuple, answering: list) -> bool:
        """Whether the best unit names a concept of the question (one of the vocabulary's, not a program) that no
        other answering unit names: the item asked about ("painting", 塗装), which only that unit lists."""
        vocabulary = getattr(self.analyzer, "vocabulary", None)
        if vocabulary is None:
            return False
        items = {c.id for c in vocabulary.concepts if not c.document}
        # (a word of a longer term, "person" of "personal computers" in "In-person internships", names nothing)
        own = {t for t, strength in top[1].hits.items() if t in items and strength > PARTIAL_TERM}
        others = {t for item in answering if item is not top for t, strength in item[1].hits.items()
                  if strength > PARTIAL_TERM}
        return bool(own - others)

    def _candidates(
        self, query: str, passages: list[Passage], units: list[list[Unit]], excluded: set[int], analysis: Any
    ) -> list[_Candidate]:
        out: list[_Candidate] = []
        seen: set[str] = set()
        for pi, passage in enumerate(passages):
            if pi in excluded:
                continue
            section = passage.section.replace(">", " ")
            previous = ""
            for ui, unit in enumerate(units[pi]):
                if unit.kind != SENTENCE or unit.text in seen:
                    continue
                after, previous = previous, (unit.text if unit.parent < 0 and is_lead(unit.text) else "")
                if unit.parent < 0 and unit.text.rstrip().endswith((":", ";", "：")):
                    continue  # a lead line without its list says nothing by itself
                if self.types.only_points(unit.text):
                    continue  # nor does a line that only points elsewhere ("▶ See the list below.")
                seen.add(unit.text)
                # a list item is read with its lead, a block line with its label, a sentence after a lead
                # ("... accepted as follows.") with that lead
                context = " ".join(x for x in (section, label_of(units[pi], ui) or after) if x)
                out.append(_Candidate(pi, units[pi], ui, unit.text, context,
                                      unit_hits(query, unit.text, context, self.analyzer, analysis)))
        return out

    def _score(self, query: str, passages: list[Passage], candidates: list[_Candidate], analysis: Any, ask: Ask
               ) -> list[tuple[float, _Candidate, Quote]]:
        df = Counter(t for c in candidates for t in c.hits)
        # the organisations the question names (in English or Japanese: knowledge/glossary.yaml)
        named = self.glossary.organisations(asked_text(query)) | self.glossary.organisations(query)
        importance = ({u.label: 1.0 if u.concept else WORD_WEIGHT for u in analysis.units}
                      if analysis is not None else {})
        for label in self._time_clause_only(query, analysis):
            importance[label] = importance.get(label, 1.0) * TIME_CLAUSE_WEIGHT
        n = len(candidates)
        qualifiers = self.types.qualifiers_of(ask, asked_text(query))
        unasked = self.types.unasked_qualifiers(ask, asked_text(query))
        topics = self.types.list_topics(asked_text(query)) if "list" in ask.types and self.analyzer else []
        given_ask = Ask(ask.given, {}, frozenset()) if ask.given else None
        given = {v.groups.get("n") for v in self.types.stated_values(given_ask, asked_text(query))} - {None} \
            if given_ask is not None else set()
        out = []
        for cand in candidates:
            # idf to the power 1.5: the rare word of a question ("welding") decides more than common ones
            value = sum(
                math.log(1 + n / df[t]) ** 1.5 * strength * importance.get(t.lstrip("^"), 1.0)
                * (0.5 if t.startswith("^") else 1.0)  # a part only the heading or label covers counts half
                for t, strength in cand.hits.items()
            )
            subject = self._subject_organisations(cand) if named else set()
            quoted = self._quote(cand, ask, bool(named & subject))
            if subject:
                quoted = replace(quoted, on_subject=bool(named & subject), off_subject=not named & subject)
            # the unit's subject is an organisation the question names (in either language: 法務省 is the
            # Ministry of Justice); for an entry of a list, not one several entries name (WAASA in WAASA's
            # activity log names two entries, the Ministry of Justice names one)
            names_own = bool(named & subject - self._shared_organisations(cand))
            if names_own:
                quoted = replace(quoted, names_own=True)
            if value > 0 or names_own:
                value += sum(TYPE_BONUS.get(t, 1.0) for t in ask.types if t in quoted.types)
                if names_own:
                    value += NAMED_BONUS

                snippet = passages[cand.passage].snippet
                if snippet and cand.text[:40] in snippet:
                    value += 1.0  # retrieval (synonym-weighted, whole-query) judged it the best of its passage
            # earlier-ranked passages win ties: retrieval saw the whole passage, we only see words
            value *= 0.9 ** cand.passage
            if given and value > 0 and "condition" in quoted.types and ask.given & quoted.types and given & {
                    v.groups.get("n") for v in self.types.stated_values(given_ask, quoted.text)}:
                value += GIVEN_VALUE_BONUS
            if topics and value > 0 and "list" in quoted.types:
                value += LIST_TOPIC_BONUS * self._topics_named(topics, quoted.text, cand.units)
            if qualifiers and any(p.search(text) for k in qualifiers for p in k.unit
                                                for text in (quoted.text, cand.context)):
                # the contact for what the question is about, wherever retrieval ranked its passage
                value += QUALIFIER_BONUS
            if unasked and any(p.search(quoted.text) for k in unasked for p in k.unit):
                value *= UNASKED_QUALIFIER_FACTOR
            out.append((value, cand, quoted))
        return out

    def _time_clause_only(self, query: str, analysis: Any) -> set[str]:
        """The parts of the query only its clause saying after what it asks names ("After we send the forms, is there
        any interview?": the forms sent): they say when, the main clause says what is asked (``time_clause``)."""
        clauses = [m.group(0) for p in getattr(self.types, "time_clause", ()) for m in p.finditer(query)]
        if not clauses or analysis is None or self.analyzer is None:
            return set()
        rest = query
        for clause in clauses:
            rest = rest.replace(clause, " ")
        kept = {u.label for u in self.analyzer.analyze(rest).units}
        if not kept:
            return set()  # the main clause names nothing ("After we send the forms, what happens?"): the clause is all
        return {u.label for clause in clauses for u in self.analyzer.analyze(clause).units} - kept

    def _topics_named(self, topics: list[str], quoted: str, units: list[Unit]) -> int:
        """How many of the question's list topics the lead of the quoted list names, when that lead announces
        the list ("... in the following fields ..."); 0 for any other quote."""
        lead = next((u.label for u in units if u.kind == LIST and u.text == quoted and u.label), "")
        if not lead or not is_lead(lead):
            return 0
        named = 0
        for topic in topics:
            topic_analysis = self.analyzer.analyze(topic)
            if any(v >= SUBJECT_STRENGTH for v in unit_hits(topic, lead, "", self.analyzer, topic_analysis).values()):
                named += 1
        return named

    def _shared_organisations(self, cand: _Candidate) -> set[str]:
        """For a unit inside an item of a list, the organisations more than one item of that list names: they
        are the list's topic, not what tells its entries apart. Empty for any other unit."""
        units, at = cand.units, cand.index
        item = units[at].parent
        if item < 0 or units[item].kind != ITEM or units[item].parent < 0:
            return set()
        top = units[item].parent
        counts: Counter[str] = Counter()
        for unit in units:
            if unit.kind == ITEM and unit.parent == top:
                counts.update(self.glossary.organisations(unit.text))
        return {org for org, n in counts.items() if n > 1}

    def _subject_organisations(self, cand: _Candidate) -> set[str]:
        """The organisations a small unit is about: those it names, and for a sentence that opens with a
        pronoun ("It provides know-how ...") those the sentence before it names."""
        named = self.glossary.organisations(cand.text)
        if _PRONOUN.match(cand.text) and cand.index > 0:
            before = cand.units[cand.index - 1]
            if before.kind == SENTENCE and before.parent == cand.units[cand.index].parent:
                named |= self.glossary.organisations(before.text)
        return named

    def _quote(self, cand: _Candidate, ask: Ask, names_asked: bool = False) -> Quote:
        """The whole unit a small unit belongs to, as quoted for this question: a block with its label, a
        list with its lead when the lead won or a list is asked for or the question is about the list's topic
        (its lead or heading covers more of the question than the item itself), else the item. An item that
        names the organisation the question names (``names_asked``) is quoted as the item: it is the answer."""
        units = cand.units
        quoted = units[cand.index]
        whole = ""
        if quoted.parent >= 0:
            parent = units[quoted.parent]
            if parent.kind == BLOCK:
                # an address block a lead sentence announces ("... may be sent to the following address by post
                # (must be postmarked by the deadline)") is quoted with that lead for an address asked: the lead
                # says how and by when to post there
                quoted = next((u for u in units if "address" in ask.types and u.kind == LIST and u.label
                               and is_lead(u.label) and u.text.endswith(f": {parent.text}")), parent)
            elif parent.kind == LIST and quoted.role == LEAD:
                quoted = parent
            elif parent.kind == ITEM:
                above = units[parent.parent] if parent.parent >= 0 else None
                own = sum(1 for h in cand.hits if not h.startswith("^"))
                topic = sum(1 for h in cand.hits if h.startswith("^"))
                if above is not None and above.kind == LIST and not names_asked and ("list" in ask.types or topic > own):
                    quoted = above
                else:
                    quoted, whole = parent, (above.text if above is not None and above.kind == LIST else "")
        types = self.types.detect(quoted.text)
        if quoted.kind in (LIST, BLOCK):
            types.add(quoted.kind)
        return Quote(text=quoted.text, types=frozenset(types), whole=whole)

    def _pick(self, answering: list, passages: list[Passage], max_passages: int, neighbours: list | None = None,
              hard: bool = False, prose_list: bool = False, steps: bool = False, procedure: bool = False
              ) -> list[tuple[Passage, list[str]]]:
        answering = sorted(answering, key=lambda item: -item[0])
        best = answering[0][0]
        picked: dict[int, list[tuple[float, str, int]]] = {}
        chosen_own: dict[str, bool] = {}
        covered: dict[str, set[str]] = {}  # the question's terms each chosen quote names
        shown: set[str] = set()
        for value, cand, quote in answering:
            if value < KEEP_SHARE * best:
                break
            if quote.text in shown or any(quote.text in text or text in quote.text for text in shown):
                continue  # a quote already shown, or inside one shown (a block of a linked list), adds nothing
            if cand.passage not in picked and len(picked) >= max_passages:
                continue
            chosen = picked.setdefault(cand.passage, [])
            # an item of the list a chosen item belongs to that names what the chosen ones do not (航空券や宿泊先:
            # the airline tickets item, then the accommodation item) answers with it: the list is quoted whole
            own_terms = {t for t, v in cand.hits.items() if v >= SUBJECT_STRENGTH and not t.startswith("^")}
            complements = bool(quote.whole and own_terms and any(
                in_list(text, quote.whole) and not own_terms & covered.get(text, set()) for _, text, _ in chosen))
            if not chosen or (len(chosen) < 2 and (value >= SECOND_SHARE * chosen[0][0] or complements)):
                # a quote inside an already chosen one (an item of a chosen list) adds nothing
                if any(quote.text in text or text in quote.text for _, text, _ in chosen):
                    continue
                # two items of one list answer together: the list answers, quoted whole; but when the question
                # asks for a value (a date, an amount ...) and the best item is the one entry that names what the
                # question names, it states the value, and another entry is another value ("2019 June: ..." does
                # not say when the Ministry of Justice briefing was)
                same = next((k for k, (_, text, _) in enumerate(chosen) if quote.whole and in_list(text, quote.whole)),
                            None)
                if same is not None and hard and chosen_own.get(chosen[same][1]) and not quote.names_own:
                    continue
                if same is not None:
                    first_value, _, at = chosen[same]
                    chosen[same] = (first_value, quote.whole, at)
                    shown.add(quote.whole)
                    continue
                chosen.append((value, quote.text, cand.index))
                covered[quote.text] = own_terms
                chosen_own[quote.text] = quote.names_own
                shown.add(quote.text)
        # The sentence right after a chosen one often finishes its thought ("For nursing care occupations ...
        # In addition, if the recipient company is small ... 10%"): keep it when it also answers in part.
        # When a list is asked for ("does Tokyo have any support?") and the answer is a section's prose, the
        # section's following sentences are the rest of that list (each names one support): they are kept
        # whatever their own overlap with the question, up to the same three sentences.
        by_unit = {(c.passage, c.index): (v, q, c) for v, c, q in (neighbours or answering)
                   if v > 0 or ((prose_list or steps) and v >= 0)}
        if prose_list and picked:
            # the list starts where its section's prose does: a sentence that opens with a pronoun ("It
            # provides ...") is quoted with the sentence before it, which names what it speaks of
            pi = next(iter(picked))
            chosen = picked[pi]
            at = min(a for _, _, a in chosen)
            before = by_unit.get((pi, at - 1))
            current = by_unit.get((pi, at))
            if (before is not None and current is not None and _PRONOUN.match(current[1].text)
                    and before[2].units[at - 1].parent < 0 and current[2].units[at].parent < 0
                    and before[1].text not in shown):
                chosen.append((before[0], before[1].text, at - 1))
                shown.add(before[1].text)
            # a section whose whole prose is a few sentences (Tokyo's WorkNet, what it provides, the Pasona-run
            # project) is the list whichever of them answers best: the sentences before the best one are quoted too
            # (the best may be the section's last: "…使える支援って何かありますか？うちは従業員30人の町工場です。")
            units = current[2].units if current is not None else []
            if 1 < len(units) <= 3 and all(u.parent < 0 for u in units):
                for k in range(len(units)):
                    entry = by_unit.get((pi, k))
                    if entry is not None and entry[1].text not in shown and all(a != k for _, _, a in chosen):
                        chosen.append((entry[0], entry[1].text, k))
                        shown.add(entry[1].text)
        # A chosen sentence that adds to the one before it ("In addition, if ... small ...") is quoted with that
        # sentence when it answers in part too (it names what the addition is about: the occupation, the program).
        for pi, chosen in picked.items():
            at = min(a for _, _, a in chosen)
            before, current = by_unit.get((pi, at - 1)), by_unit.get((pi, at))
            if (len(chosen) < 3 and before is not None and current is not None
                    and _CONTINUATION.match(current[1].text) and before[0] > 0
                    and before[2].units[at - 1].parent < 0 and current[2].units[at].parent < 0
                    and before[1].text not in shown and not before[1].off_subject):
                chosen.append((before[0], before[1].text, at - 1))
                shown.add(before[1].text)
        first = {pi: min(at for _, _, at in chosen) for pi, chosen in picked.items()}
        for pi, chosen in picked.items():
            for value, text, at in list(chosen):
                # all the steps of a procedure asked step by step: its following sentences, up to MAX_STEPS
                while len(chosen) < MAX_STEPS:
                    following, current = by_unit.get((pi, at + 1)), by_unit.get((pi, at))
                    # (a procedure asked runs past three sentences only while the next one answers about as well as
                    # the best chosen: "how to get the ID and password?" runs through "First contact ...
                    # (03-3501-2646) to obtain an ID and password" after the step that names them)
                    if (len(chosen) >= 3 and not steps
                            and (not procedure or following is None
                                 or following[0] < KEEP_SHARE * max(v for v, _, _ in chosen))):
                        break
                    in_run = (prose_list or steps) and pi == next(iter(picked)) and at >= first[pi]
                    # a sentence that adds to this one ("In addition, if the recipient company is small ..., the
                    # maximum number ... 10%") finishes its thought whenever it answers in part too
                    adds = following is not None and following[0] > 0 and bool(_CONTINUATION.match(following[1].text))
                    if (
                        following is None or current is None
                        or (following[0] < NEIGHBOUR_SHARE * value and not in_run and not adds)
                        or following[1].text in shown
                        or (following[1].off_subject and not in_run)
                        or current[2].units[at].parent >= 0 or following[2].units[at + 1].parent >= 0
                    ):
                        break
                    at += 1
                    chosen.append((following[0], following[1].text, at))
                    shown.add(following[1].text)
        if steps and picked:
            self._steps_in_next_chunk(picked, passages, by_unit, shown)
        ordered = sorted(picked.items(), key=lambda item: -max(v for v, _, _ in item[1]))
        result = []
        for pi, chosen in ordered:
            chosen.sort(key=lambda c: c[2])  # the passage's own order reads naturally
            result.append((passages[pi], [text for _, text, _ in chosen]))
        return result

    # --- programs ---------------------------------------------------------------------------------
    def _other_programs(self, passages: list[Passage], analysis: Any, programs: set[str] | None = None) -> set[int]:
        """Passages about another program than the one(s) the question names (else ``programs``, those the
        whole message names): by the section heading's programs, else the document's program. Nothing is left
        out when no passage is about the named program (then the ranking decides)."""
        off = self._about_other_programs(passages, analysis, programs)
        return off if len(off) < len(passages) else set()

    def other_program_passages(self, query: str, passages: list[Passage]) -> set[int]:
        """The indexes of the passages of another program's document than the one(s) ``query`` names, every one of
        them (none when the query names no program): a verdict drawn from them would answer of the wrong program.
        A section of the named program's document is its own whatever else its heading names (the Re-Skills page's
        section on MHLW's benefits system); a section on the named program in another document is too."""
        if self.analyzer is None:
            return set()
        return self._about_other_programs(passages, self.analyzer.analyze(without_background(query, self.types.focus)),
                                          by_document=True)

    def _about_other_programs(self, passages: list[Passage], analysis: Any, programs: set[str] | None = None,
                              by_document: bool = False) -> set[int]:
        if analysis is None or not hasattr(self.analyzer, "document_concepts"):
            return set()
        own = self._named(analysis.text or "", analysis)
        asked = own or set(programs or ())
        if not asked:
            return set()
        off: set[int] = set()
        for index, passage in enumerate(passages):
            heading = heading_of(passage)
            about = (self._named(heading) if heading else set()) or ({passage.program} if passage.program else set())
            if by_document and passage.program:
                about = about | {passage.program}
            if about and about.isdisjoint(asked) and not (not own and heading and self._heading_asked(heading, analysis)):
                off.add(index)
        return off

    def _opening_programs(self, picked: list[tuple[Passage, list[str]]]) -> set[str]:
        """The program the answer's opening unit is about: its section heading's programs, else its document's."""
        if not picked:
            return set()
        passage = picked[0][0]
        heading = heading_of(passage)
        return (self._named(heading) if heading else set()) or ({passage.program} if passage.program else set())

    def _heading_asked(self, heading: str, analysis: Any) -> bool:
        """Whether a part that names no program asks what a section's heading is about ("東京都で中小企業向けに外国人材の
        受け入れを支援してくれる取り組みは？" beside a question on technical intern training: the section "Small and
        medium-sized business accepting foreign human resources"): most of the heading's concepts, two at least.
        Such a part is not read as asking about the program the rest of the message names."""
        concepts = set(self.analyzer.analyze(heading).concepts)
        shared = concepts & set(analysis.concepts)
        return len(shared) >= 2 and 3 * len(shared) >= 2 * len(concepts)

    def _named(self, text: str, analysis: Any = None) -> set[str]:
        """The programs and institutions a text names: by the longest vocabulary terms first ("Foreign
        Technical Internship System" is titp, not also the "internship" of JIP), else by any whole term
        ("technical intern trainee" names titp inside the longer trainee term)."""
        analysis = analysis if analysis is not None else self.analyzer.analyze(text)
        named = {u.concept for u in analysis.units if u.document and u.concept}
        return named or set(self.analyzer.document_concepts(text))

    # --- the supporting quote of a calculated answer ----------------------------------------------
    def supporting_quote(self, queries: list[str], passages: list[Passage]) -> tuple[Passage, str] | None:
        """One supporting sentence for a calculated answer: the best match of the first query that matches
        anything (the rule that decided, then the user's own words, then the rule's topic). A rule that excludes
        ("..., but those currently residing in Japan are not eligible") whose best match says what is allowed
        ("Applicants may apply even if they reside in a country different ...": ``permission``) is shown by the
        sentence that states the exclusion instead."""
        units = [passage_units(p) for p in passages]
        for query in queries:
            if not query.strip():
                continue
            analysis = self.analyzer.analyze(query) if self.analyzer is not None else None
            criteria = self.types.attribute_criteria(query)
            # the clauses of the query that state an exclusion ("but those currently residing in Japan are not
            # eligible"), each read with its own words
            excluding = [(c, self.analyzer.analyze(c) if self.analyzer is not None else None)
                         for c in self.types.contrast_clauses(query) if "exclusion" in self.types.detect(c)]
            best: tuple[float, int, str] | None = None
            best_exclusion: tuple[float, int, str] | None = None
            seen: set[str] = set()
            for rank, passage in enumerate(passages):
                heading = heading_of(passage)
                for unit in units[rank]:
                    # (an item of a list of criteria is evidence when it is the criterion on what the user said of
                    # themselves: "JLPT N4, not yet N3" and the language item)
                    criterion_item = unit.kind == ITEM and any(p.search(unit.text) for p in criteria)
                    if (unit.kind != SENTENCE and not criterion_item) or unit.text in seen or len(unit.text) < 12:
                        continue
                    seen.add(unit.text)
                    hits = unit_hits(query, unit.text, heading, self.analyzer, analysis)
                    value = len([h for h in hits if not h.startswith("^")]) * (0.9 ** rank)
                    # the criterion on what the user said about themselves (a graduate) is the evidence
                    # (of several, the one listed first: what no calculator checks, a student's documents, before
                    # the language criterion an eligibility check states itself)
                    listed = next((i for i, p in enumerate(criteria) if p.search(unit.text)), None)
                    if value > 0 and listed is not None:
                        value += ATTRIBUTE_BONUS * (2 - listed / len(criteria))
                    if value > 0 and (best is None or value > best[0]):
                        best = (value, rank, unit.text)
                    if excluding and "exclusion" in self.types.detect(unit.text):
                        # (a word of the clause the unit states in full counts most: "residing" in "those currently
                        # residing in Japan", not "locations in Japan")
                        shared = max(sum(strength ** 2 for h, strength in unit_hits(
                            c, unit.text, heading, self.analyzer, a).items() if not h.startswith("^"))
                            for c, a in excluding) * (0.9 ** rank)
                        if shared and (best_exclusion is None or shared > best_exclusion[0]):
                            best_exclusion = (shared, rank, unit.text)
            if best is not None and best_exclusion is not None and self.types.permits(best[2]):
                best = best_exclusion
            if best is not None:
                return passages[best[1]], best[2]
        return None


# The types of a value a quote states (a count, a share, an amount, a length, a date), as opposed to a reason.
_VALUE_TYPES = frozenset({"number", "amount", "duration", "date"})
# The types of a unit that says whom to contact.
_CONTACT_TYPES = frozenset({"contact", "office", "phone"})
# (the order a value a question states is read in: "the full 5 years" is a length before it is a count)
_VALUE_TYPES_ORDER = ("duration", "amount", "date", "number")
# The end of a sentence (as bot/answers/types.py splits a message).
_MESSAGE_SENTENCES = re.compile(r"(?<=[.!?])\s+|(?<=[。！？?])")


# the clauses of a unit whose qualifiers are read apart (a qualifier belongs to the program its clause names)
_CLAUSE = re.compile(r"[,;，、。]\s*|\s+(?:or|and)\s+(?=by\b|through\b|after\b|from\b)")


def unit_hits(query: str, sentence: str, context: str, analyzer: Any, analysis: Any) -> dict[str, float]:
    """Which parts of the query a unit covers, and how well ("^" marks a part only its context covers).

    With the analyzer, a concept counts only when one of its whole terms is there, at the strength the
    retriever gives it (the user's own term 1, a synonym less): "trainee" alone is not the quota term
    "number of trainees", and "employee-employer" is not "hire".
    """
    if analyzer is None:
        query_terms = set(terms(query))
        hits = query_terms & set(terms(sentence))
        return {**{t: 1.0 for t in hits}, **{"^" + t: 1.0 for t in (query_terms & set(terms(context))) - hits}}
    sentence_tokens = frozenset(analyzer.document_tokens(sentence))
    context_tokens = frozenset(analyzer.document_tokens(context)) if context else frozenset()
    found: dict[str, float] = {}
    for unit in analysis.units:
        strength = _strength(unit, sentence_tokens)
        if strength > 0:
            found[unit.label] = strength
            continue
        strength = _strength(unit, context_tokens) if context_tokens else 0.0
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


def _period(value: StatedValue) -> tuple[int | None, int | None]:
    """(year, month) a stated date names (None where it names none)."""
    year = value.groups.get("year") or ""
    return (int(year) if year.isdigit() else None), month_number(value.groups.get("month") or "")


# the marker that opens an enumerated step: "(ⅳ)", "(4)", "4.", "④", "(d)"
_STEP_MARKER = re.compile(r"^\s*(?:\(?\s*(?P<roman>[\u2160-\u216b\u2170-\u217b])\s*\)|\((?P<paren>\d{1,2})\)|(?P<dot>\d{1,2})[.)](?!\d)|"
                          r"(?P<circled>[\u2460-\u2473])|\((?P<letter>[a-z])\))")


def _step_number(text: str) -> tuple[str, int] | None:
    """The family and ordinal of the step marker ``text`` opens with, or None."""
    match = _STEP_MARKER.match(text)
    if match is None:
        return None
    kind, value = next((k, v) for k, v in match.groupdict().items() if v)
    if kind == "roman":
        code = ord(value)
        return ("roman", (code - 0x2170 if code >= 0x2170 else code - 0x2160) + 1)
    if kind == "circled":
        return ("circled", ord(value) - 0x2460 + 1)
    if kind == "letter":
        return ("letter", ord(value) - ord("a") + 1)
    return ("number", int(value))
