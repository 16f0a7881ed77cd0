"""Query understanding without a model: normalisation, tokenisation and vocabulary expansion.

The same `TextAnalyzer` tokenises documents (for BM25) and queries, so exact terms such as "No.2",
"N3" or "e-Gov" produce the same tokens on both sides. The domain vocabulary (knowledge/vocabulary.yaml)
groups terms that mean the same thing; a query that uses one term is expanded with the others.
"""

from __future__ import annotations

import importlib.util
import re
import sys
import threading
import unicodedata
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable

import Stemmer
import yaml
from pydantic import BaseModel, Field, ValidationError, model_validator

from bot.datafile import parse_yaml
from bot.errors import ConfigError
from bot.text import rx
from bot.text.normalise import enclosed_numbers

DEFAULT_MAX_QUERY_CHARS = 1000
# Texts whose document tokens (and analyses) are kept: the passages, units and clauses of the knowledge base and of
# recent turns.
DOCUMENT_TOKENS_CACHE = 8192

# "No. 2", "No.2", "no2" -> "no.2": the programs' stage names must be one token on both sides.
_STAGE_RE = re.compile(r"\bno\s*\.\s*(\d)\b|\bno(\d)\b")
# A word, possibly with inner joiners that are part of exact terms ("e-gov", "no.2", "oecd/dac").
_TOKEN_RE = re.compile(r"[^\W_]+(?:[.\-/+'][^\W_]+)*")
_SPLIT_PARTS_RE = re.compile(r"[\-/+']")
# An aside in parentheses (after normalisation full-width parentheses are ASCII ones).
_ASIDE_RE = re.compile(r"\(([^()]{1,200})\)")
_SPACE_RE = re.compile(r"\s+")
_NOT_PLAIN_ASCII_RE = re.compile(r"[^\x20-\x7e]")
_ANSI_RE = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]")  # terminal colour codes pasted along with text
_CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]")
_CJK_SPLIT_RE = re.compile("(" + _CJK_RE.pattern + "+)")
# Japanese content words are written in kanji or katakana; hiragana is mostly particles, endings and
# function words. A run of either that no vocabulary term covers is content the documents cannot answer.
_JA_CONTENT_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆ヶ]+|[\u30a1-\u30faー\uff66-\uff9f]{2,}")
MAX_TOKEN_CHARS = 40  # longer "words" (pasted hashes, keyboard mashing) can never match anything
_ASCII_WORD_RE = re.compile(r"^[a-z]+$")
_HIRAGANA_RE = re.compile(r"[\u3041-\u3096ー]+")
_LITERAL_RE = re.compile(r"[()]")
# Latin words (two or more, no sentence end) then a space before the first Japanese character of a message: search
# terms put in front of a Japanese question ("JIPの年齢は？", "JIP 年齢" have one word or none before it)
_LATIN_LEAD_RE = re.compile(
    r"^\s*([A-Za-z0-9][A-Za-z0-9'’.,()&/-]*(?:\s+[A-Za-z0-9'’.,()&/-]+)+)\s+(?=[\u3040-\u30ff\u3400-\u9fff])"
)
_PLAIN_WORDS_RE = re.compile(r"[^\W\d_]+(?:[ -][^\W\d_]+)*")  # "kanri dantai", "kaigo-shi": no pattern syntax


class Concept(BaseModel):
    """Terms that mean the same thing to a user of this bot."""

    id: str
    terms: list[str] = Field(min_length=1)
    anchor: bool = Field(False, description="A match places the question inside the bot's scope.")
    evidence: list[str] = Field(
        default_factory=list,
        description="When given, the only terms that show the concept in a document (the documents print an "
        "organisation's main number as \"Tel:\", never as \"main phone number\"): the other terms are how users ask, and "
        "their words (\"main\", \"general\") are no evidence in a text.",
    )
    document: bool = Field(
        False,
        description="A program or institution a whole document can be about: every chunk of a document whose "
        "title names it counts as naming it (the age rule of the JIP page is about the JIP too).",
    )


class Combination(BaseModel):
    """Concepts that, asked together, ask for another one: "when" (date) with "submit applications" (apply) asks
    for the application window, whatever words say so."""

    concepts: list[str] = Field(min_length=2)
    means: str
    unless: list[str] = Field(
        default_factory=list,
        description="Concepts that give the words another sense: with one of them the combination means nothing "
        "(\"online\" with applying is the electronic application, with an internship the online internship).",
    )
    consumes: list[str] = Field(
        default_factory=list,
        description="Concepts of the combination that, read together, are only the meant concept and no longer count "
        "alone: \"online\" with applying is the electronic application, so a passage about the online internship is "
        "no evidence for it.",
    )


class PartSearch(BaseModel):
    """A part of a message that its other part outranks, searched on its own: "when is the application period, and
    how do we apply?" ranks the passages on the period first and the one that names the system and its access below
    those the answer sees. Asked beside ``beside``, a question with all concepts of one of ``when`` also searches the
    ``search`` concept's own words in the program it names."""

    when: list[list[str]] = Field(min_length=1, description="Sets of concepts; a question with all of one set asks it.")
    beside: list[str] = Field(min_length=1, description="Concepts of the other part that outranks it.")
    search: str = Field(description="The concept whose own words (its evidence, else its terms) are searched.")
    words: str = Field(default="", description="The words searched in place of the concept's own, when those find "
                       "another passage of the concept first (\"fields covered\": the covered fields, not the course "
                       "requirements that name occupations).")


class Vocabulary(BaseModel):
    """The domain vocabulary, kept as data in knowledge/vocabulary.yaml."""

    concepts: list[Concept] = Field(default_factory=list)
    stopwords: list[str] = Field(default_factory=list)
    acronyms: list[str] = Field(
        default_factory=list,
        description="Words that are another word in lower case (IT is not the pronoun it, ID not I'd): "
        "written in capitals they become their own token on both sides.",
    )
    spellings: dict[str, str] = Field(
        default_factory=dict,
        description="Word endings written two ways (British -> American), unified before stemming.",
    )
    general_ja: list[str] = Field(
        default_factory=list,
        description="Japanese words (kanji or katakana) that are not a topic: question words and generic nouns "
        "(何, 場合, 必要, 方法). Any other kanji or katakana no vocabulary term covers counts as unknown content.",
    )
    function_kana: list[str] = Field(
        default_factory=list,
        description="Hiragana words that are not a topic (particles, auxiliaries, question words, greetings): "
        "the rest of a hiragana-only question no vocabulary term covers is unknown content (あした, てんき).",
    )
    numerals_ja: str = Field(
        "",
        description="The kanji that write numbers (一, 二, 十, 百): a run of them, with at most one counter after "
        "it (百二十名, 三十人), is a quantity, not a word.",
    )
    counters_ja: list[str] = Field(
        default_factory=list, description="Counter words written after a number in kanji (名, 人, 年, 円)."
    )
    symbols: dict[str, str] = Field(
        default_factory=dict,
        description="Symbols read as a word in documents and questions alike (\"50%\" is \"50 percent\", so a "
        "question about the percentage finds the passage that writes it with the sign).",
    )
    romanized: dict[str, str] = Field(
        default_factory=dict,
        description="Japanese words written in Latin letters inside an English question (\"jisshusei\", "
        "\"seishain\", \"2go\"): a pattern (a regular expression, whole words) -> the English words, applied in "
        "order to queries and documents alike. The one list is the reading layer's (knowledge/nlu/en_romaji.yaml, "
        "``readings``; ``load_vocabulary`` reads it), so the understanding and the search read a word the same way.",
    )
    context_clauses_ja: list[str] = Field(
        default_factory=list,
        description="Endings of a Japanese clause that sets the scene for the question after it in the same "
        "sentence (\"インターンで日本に行くときに\"): the message is split after them, and the last part asks.",
    )
    back_references: list[str] = Field(
        default_factory=list,
        description="Patterns (regular expressions) of an asking sentence that judges what the message said before "
        "it (\"Is that assumption correct?\", \"その理解で合っていますか\"): it asks about that background, which is "
        "then read with it.",
    )
    unmarked_questions: list[str] = Field(
        default_factory=list,
        description="Patterns (regular expressions) of a sentence that asks without a question mark (\"... usually? and "
        "also what is the age limit for the METI internship\", \"電話番号もあれば知りたいです。\"): beside a sentence that "
        "ends in one it asks too, so relevance is decided by both, not by the marked one alone.",
    )
    answer_forms: list[str] = Field(
        default_factory=list,
        description="Words that ask for the form of the reply (its currency, language, length, layout: \"in yen\", "
        "\"in English\", \"give me the list\", 円で, 日本語で), not for a subject: a part of a message that is nothing "
        "but them (and words without content) only qualifies the question beside it (\"how much ...? pls tell me in "
        "yen\") and is no question of its own (``TextAnalyzer.qualifies``).",
    )
    negations: list[str] = Field(
        default_factory=list,
        description="Words that turn a term into its opposite (\"not\" in \"not included\"): they are stopwords, so "
        "a term that holds one shrinks to the word it negates and is no evidence of its concept in a text.",
    )
    unstemmed: list[str] = Field(
        default_factory=list,
        description="Words the stemmer must leave whole because their stem is another word users write "
        "(excellent -> excel, the spreadsheet).",
    )
    number_words: dict[str, str] = Field(
        default_factory=dict,
        description="Numbers written as words and their digits (\"five\": \"5\"): a question's number, in either form, "
        "finds a passage that writes it in the other (\"5年間\" finds \"up to five years\"). Only the question is read "
        "both ways; the documents keep their words, so \"two types\" is never the stage term \"type 2\".",
    )

    combinations: list[Combination] = Field(
        default_factory=list,
        description="Concepts that, all found in one question, add the concept they mean together (see Combination).",
    )

    part_searches: list[PartSearch] = Field(
        default_factory=list,
        description="Parts of a message searched on their own beside a part that outranks them (see PartSearch).",
    )

    @model_validator(mode="after")
    def _combinations_name_concepts(self) -> "Vocabulary":
        ids = {concept.id for concept in self.concepts}
        for part in self.part_searches:
            unknown = [c for c in [*(c for s in part.when for c in s), *part.beside, part.search] if c not in ids]
            if unknown:
                raise ValueError(f"part search {part.search}: unknown concepts {unknown}")
        for combination in self.combinations:
            unknown = [c for c in [*combination.concepts, combination.means, *combination.unless] if c not in ids]
            if unknown:
                raise ValueError(f"combination {combination.concepts} -> {combination.means}: unknown concepts {unknown}")
            foreign = [c for c in combination.consumes if c not in combination.concepts]
            if foreign:
                raise ValueError(f"combination {combination.concepts} -> {combination.means}: consumes {foreign}, "
                                 "which it is not made of")
        return self

    @classmethod
    def load(cls, path: Path) -> "Vocabulary":
        """Read the YAML file; a missing file is an empty vocabulary, a broken one a ConfigError."""
        if not path.exists():
            return cls()
        try:
            data = parse_yaml(path.read_text(encoding="utf-8")) or {}
            return cls.model_validate(data)
        except (yaml.YAMLError, ValidationError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{path}: not a valid vocabulary file ({exc})") from exc


@dataclass(frozen=True)
class NormalizedText:
    text: str
    original_chars: int
    truncated: bool


def acronym_pattern(acronyms: list[str] | tuple[str, ...]) -> re.Pattern[str] | None:
    """A pattern for the capitalised acronyms as whole words (a CJK neighbour counts as a boundary)."""
    words = sorted({a.strip() for a in acronyms if a and a.strip()}, key=len, reverse=True)
    if not words:
        return None
    return rx.compile(r"(?<![A-Za-z0-9])(" + "|".join(map(re.escape, words)) + r")(?![A-Za-z0-9])")


def _acronym_token(match: re.Match[str]) -> str:
    # "IT" -> "i.t": one token (the "." joins it, as in "no.2") that no stopword list holds
    return ".".join(match.group(1).lower())


def normalize(text: str, max_chars: int | None = None, acronyms: re.Pattern[str] | None = None) -> NormalizedText:
    """NFKC, case-folded, control and format characters removed, whitespace collapsed, length capped.
    With ``acronyms`` (see ``acronym_pattern``), those words written in capitals become dotted tokens."""
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    original = len(text)
    # Cut before the expensive steps so a huge paste costs nothing; 2x leaves room for removed junk.
    precut = max_chars is not None and original > 2 * max_chars
    if precut:
        text = text[: 2 * max_chars]
    text = _ANSI_RE.sub(" ", text)
    text = _NOT_PLAIN_ASCII_RE.sub(_clean_char, text)  # the callback only sees the rare non-ASCII/control chars
    text = unicodedata.normalize("NFKC", enclosed_numbers(text))
    if acronyms is not None:
        text = acronyms.sub(_acronym_token, text)
    text = text.casefold()
    text = _STAGE_RE.sub(lambda m: f"no.{m.group(1) or m.group(2)}", text)
    text = _SPACE_RE.sub(" ", text).strip()
    truncated = precut
    if max_chars is not None and len(text) > max_chars:
        cut = text[:max_chars]
        space = cut.rfind(" ")
        text = (cut[:space] if space > max_chars // 2 else cut).strip()
        truncated = True
    return NormalizedText(text=text, original_chars=original, truncated=truncated)


def _clean_char(match: re.Match[str]) -> str:
    ch = match.group(0)
    cat = unicodedata.category(ch)
    if cat in ("Cc", "Zl", "Zp"):
        return " "  # newlines, tabs, NUL, escape sequences: a separator at most
    if cat in ("Cf", "Cs", "Co", "Cn"):
        return ""  # zero-width and invisible characters, lone surrogates, unassigned code points
    return ch


def has_cjk(text: str) -> bool:
    return bool(_CJK_RE.search(text))


def _latin_lead(text: object) -> re.Match[str] | None:
    """The English search terms in front of a Japanese question (``_LATIN_LEAD_RE``), if any."""
    return _LATIN_LEAD_RE.match(text) if isinstance(text, str) and has_cjk(text) else None


@dataclass(frozen=True)
class QueryUnit:
    """One thing the query asks about: a vocabulary concept or a single content word."""

    label: str
    tokens: frozenset[str]  # any of these in a passage means the unit is covered
    concept: str | None = None
    anchor: bool = False
    document: bool = False  # a document whose title names it is about it throughout (Concept.document)
    # For a concept: its terms as token tuples (a term scores as the sum of its tokens' BM25).
    terms: tuple[tuple[str, ...], ...] = ()
    # The terms the user actually wrote (they weigh more than their synonyms).
    matched: tuple[tuple[str, ...], ...] = ()

    def strength(self, tokens: frozenset[str] | set[str], synonym_weight: float = 0.6) -> float:
        """How well a text with these tokens matches the unit: 1 for the user's own word or term, less
        for a synonym (more for a synonym of several words, such as "maximum period", than for a single
        common one), 0 when no whole term is there. A concept needs a whole term: "trainee" alone is
        not the quota term "number of trainees"."""
        if self.tokens.isdisjoint(tokens):
            return 0.0  # the common case, and cheap: no word of the unit is in the text
        if not self.concept:
            return 1.0
        best = 0.0
        for term in self.matched:
            if term and all(t in tokens for t in term):
                return 1.0
        for term in self.terms:
            if term and all(t in tokens for t in term):
                best = max(best, min(1.0, synonym_weight * (1.0 + 0.25 * (len(term) - 1))))
        return best


@dataclass
class QueryAnalysis:
    """A query made ready for search."""

    original: str
    text: str  # normalised (and possibly shortened) query
    truncated: bool
    tokens: list[str]  # stemmed content tokens of the query itself
    units: list[QueryUnit] = field(default_factory=list)
    concepts: list[str] = field(default_factory=list)
    dense_text: str = ""
    # Japanese content (kanji or katakana runs) that no vocabulary term or general word covers ("天気").
    unknown_ja: list[str] = field(default_factory=list)
    # The stems written only inside an aside in parentheses ("can one of our member companies (a 90-person machine
    # maker in Higashi-Osaka) host instead?"): a description beside the question, not what it asks.
    aside: frozenset[str] = frozenset()

    @property
    def empty(self) -> bool:
        return not self.units

    @property
    def unknown_written(self) -> list[str]:
        """The unknown Japanese content written in kanji or katakana (a hiragana-only word is a guess: "ひつよう"
        is 必要)."""
        return [w for w in self.unknown_ja if not _HIRAGANA_RE.fullmatch(w)]

    @property
    def anchored(self) -> bool:
        return any(u.anchor for u in self.units)


_STEMMERS = threading.local()  # PyStemmer objects must not be shared between threads


def english_stemmer() -> Stemmer.Stemmer:
    """This thread's Snowball English stemmer (PyStemmer): the one stemmer of the search and of the yes/no leads."""
    stemmer = getattr(_STEMMERS, "stemmer", None)
    if stemmer is None:
        stemmer = _STEMMERS.stemmer = Stemmer.Stemmer("english")
    return stemmer


class TextAnalyzer:
    """Tokeniser + stemmer + stopwords + vocabulary matcher shared by documents and queries."""

    def __init__(self, vocabulary: Vocabulary | None = None, max_query_chars: int = DEFAULT_MAX_QUERY_CHARS):
        self.vocabulary = vocabulary or Vocabulary()
        self.max_query_chars = max_query_chars
        self._acronyms = acronym_pattern(self.vocabulary.acronyms)
        self._cached_document_tokens = lru_cache(maxsize=DOCUMENT_TOKENS_CACHE)(self._document_tokens)
        self._cached_analyze = lru_cache(maxsize=DOCUMENT_TOKENS_CACHE)(self._analyze)
        self._unstemmed = frozenset(normalize(w).text for w in self.vocabulary.unstemmed)
        self._negations = frozenset(normalize(w).text for w in self.vocabulary.negations if w)
        self._romanized = _readings(self.vocabulary.romanized)
        clauses = sorted({c for c in self.vocabulary.context_clauses_ja if c}, key=len, reverse=True)
        self._context_clause = rx.compile("(" + "|".join(map(re.escape, clauses)) + ")") if clauses else None
        self._spelling = _spelling_pattern(self.vocabulary.spellings)
        refs = [r for r in self.vocabulary.back_references if r]
        self._back_reference = rx.compile("|".join(f"(?:{r})" for r in refs), re.IGNORECASE) if refs else None
        unmarked = [q for q in self.vocabulary.unmarked_questions if q]
        self._unmarked_question = (
            rx.compile("|".join(f"(?:{q})" for q in unmarked), re.IGNORECASE) if unmarked else None
        )
        forms = sorted({normalize(f).text for f in self.vocabulary.answer_forms if f}, key=len, reverse=True)
        self._answer_form = rx.compile(
            "|".join(re.escape(f) if has_cjk(f) else rf"\b{re.escape(f)}\b" for f in forms)
        ) if forms else None
        symbols = {normalize(k).text: normalize(v).text for k, v in self.vocabulary.symbols.items() if k and v}
        self._symbols = (
            rx.compile("|".join(map(re.escape, sorted(symbols, key=len, reverse=True)))), symbols
        ) if symbols else None
        self.stopwords = _bm25s_stopwords() | {
            w for s in self.vocabulary.stopwords for w in self._raw_tokens(normalize(s).text)
        }
        # Latin terms match on stemmed token sequences; CJK terms as substrings of the query.
        self._term_index: dict[tuple[str, ...], list[Concept]] = {}
        self._literal_terms: list[tuple[str, Concept]] = []
        self._concept_terms: dict[str, tuple[tuple[str, ...], ...]] = {}
        self._max_term_len = 1
        self._asked_only: set[tuple[str, tuple[str, ...]]] = set()  # (concept, term) seen in questions only
        for concept in self.vocabulary.concepts:
            term_tokens: list[tuple[str, ...]] = []
            evidence = {self.normalize(str(t)).text for t in concept.evidence}
            for term in concept.terms:
                norm = self.normalize(str(term)).text
                if evidence and norm not in evidence:
                    if not (has_cjk(norm) or _LITERAL_RE.search(norm)):
                        seq = tuple(self._stem(self._raw_tokens(norm)))
                        if seq:
                            self._term_index.setdefault(seq, []).append(concept)
                            self._max_term_len = max(self._max_term_len, len(seq))
                            self._asked_only.add((concept.id, seq))
                    else:
                        self._literal_terms.append((norm, concept))
                    continue
                if not norm:
                    continue
                if has_cjk(norm) or _LITERAL_RE.search(norm):
                    # Japanese, and terms such as "(ii)" whose meaning is in the brackets (a bare "i"
                    # is the English pronoun): matched as they are written.
                    self._literal_terms.append((norm, concept))
                    term_tokens.append(tuple(self.tokenize(norm)))
                    continue
                raw_term = self._raw_tokens(norm)
                seq = tuple(self._stem(raw_term))
                if not seq:
                    continue
                self._term_index.setdefault(seq, []).append(concept)
                self._max_term_len = max(self._max_term_len, len(seq))
                content = tuple(t for t in self.tokenize(norm))
                if self._shrunk(concept, content, len(_TOKEN_RE.findall(norm)), self._negated(raw_term)):
                    continue
                if content:
                    term_tokens.append(content)
            self._concept_terms[concept.id] = tuple(dict.fromkeys(t for t in term_tokens if t))
        self._literal_terms.sort(key=lambda pair: -len(pair[0]))
        self._concepts_by_id = {concept.id: concept for concept in self.vocabulary.concepts}
        self._general_ja = sorted({self.normalize(w).text for w in self.vocabulary.general_ja if w}, key=len, reverse=True)
        self._quantity_ja = _quantity_pattern(self.vocabulary.numerals_ja, self.vocabulary.counters_ja)
        self._function_kana = frozenset(self.normalize(w).text for w in self.vocabulary.function_kana if w)
        self._function_suffixes = sorted(self._function_kana, key=len, reverse=True)
        self._particles = particles(self.vocabulary.function_kana)
        # number word <-> digit, by the stemmed form a token has ("twelve" is "twelv")
        self._number_alias: dict[str, str] = {}
        for word, digits in self.vocabulary.number_words.items():
            stems = self._stem([normalize(str(word)).text])
            digit = normalize(str(digits)).text
            if stems and stems[0] and digit:
                self._number_alias[stems[0]] = digit
                self._number_alias.setdefault(digit, stems[0])

    def _negated(self, raw: list[str] | tuple[str, ...]) -> bool:
        """Whether a term's words hold a negation (``negations`` in the vocabulary)."""
        return not self._negations.isdisjoint(raw)

    @staticmethod
    def _shrunk(concept: Concept, content: tuple[str, ...], words: int, negated: bool = False) -> bool:
        """A term of several words that the stopword list shrinks to one token that does not carry its
        meaning: a name (a ``document`` or ``anchor`` concept) shrunk to a common word ("re skills" ->
        "skill", so any "Specific Skill" would name Re-Skills; "number one" -> "number", so any "number of
        employees" would be stage No. 1), a term shrunk to a bare number ("no 1" -> "1", so "April 1"
        would be stage No. 1), or a negated term, which without its negation says the opposite ("not
        included" -> "include", so "plans to include" would say that something is excluded). Such a term
        is no evidence of the concept in a text; a query still matches the whole term (the term index
        keeps stopwords)."""
        if negated:
            return words > 1
        return words > 1 and len(content) == 1 and (concept.document or concept.anchor or content[0].isdigit())

    def document_concepts(self, text: str) -> set[str]:
        """The ``document`` concepts (programs, institutions) a text names with one of their whole terms."""
        tokens = set(self.document_tokens(text))
        return {
            concept.id
            for concept in self.vocabulary.concepts
            if concept.document
            and any(term and all(t in tokens for t in term) for term in self._concept_terms.get(concept.id, ()))
        }

    def asks(self, part: str) -> bool:
        """Whether a part of a message is written as a question: it ends in a question mark or asks without one
        (``Vocabulary.unmarked_questions``). A part that only tells ("わたしビザもうすぐきれる。") does not."""
        if part.rstrip().endswith(("?", "？")):
            return True
        return self._unmarked_question is not None and self._unmarked_question.search(part) is not None

    def search_terms_lead(self, text: str) -> str | None:
        """English search terms written before a Japanese question (the agent searches "technical intern trainees years
        大阪でおすすめのラーメン屋は？…"): not the user's words, so not a part of its first sentence (``asking_parts``)."""
        lead = _latin_lead(text)
        return lead.group(1).strip() if lead else None

    def qualifies(self, part: str) -> bool:
        """Whether a part of a message only asks for the form of the reply ("pls tell me in yen", "in English please",
        "give me the list pls", "円で教えてください"): without its answer-form words (``Vocabulary.answer_forms``) nothing
        searchable is left. Such a part is no question of its own: it qualifies the one beside it."""
        if self._answer_form is None or not isinstance(part, str):
            return False
        text = self.normalize(part, self.max_query_chars).text
        rest, found = self._answer_form.subn(" ", text)
        if not found:
            return False
        left = self.analyze(rest)
        return left.empty and not left.unknown_written  # hiragana left over ("えて" of 教えて) is no subject

    def asking_parts(self, text: str, unmarked: bool = False) -> tuple[list[str], list[str]]:
        """The parts of a message (its sentences; a Japanese sentence also split after a context clause,
        ``Vocabulary.context_clauses_ja``) and the parts that ask: the sentences that end in a question mark,
        else every part but the context clauses (a request without a question mark, "…をご教示ください。開始日と
        締切日を確認したく存じます。", may ask in any of its sentences). The other parts are background.

        With ``unmarked`` (the search's relevance), a sentence that asks without a question mark
        (``Vocabulary.unmarked_questions``: "and also what is the age limit ...") asks beside the marked ones, and in
        a message without any mark such sentences are the parts that ask when it has some."""
        from bot.text.sentences import split_sentences

        parts: list[str] = []
        context: set[int] = set()  # the parts that end in a context clause
        lead = _latin_lead(text) if unmarked else None
        if lead:
            # English search terms written before a Japanese question (the agent searches "technical intern trainees
            # years 大阪でおすすめのラーメン屋は？それと、…"): background, not a part of its first sentence, which would
            # otherwise never be off topic
            parts.append(lead.group(1).strip())
            context.add(0)
            text = text[lead.end():]
        for sentence in split_sentences(text):
            if self._context_clause is not None and has_cjk(sentence):
                pieces = [p for p in self._context_clause.split(sentence) if p]
                # the marker is kept with the clause it ends: "…行くときに" | "大阪で…"
                merged: list[list] = []  # [text, ends in a context clause]
                for piece in pieces:
                    if merged and self._context_clause.fullmatch(piece):
                        merged[-1] = [merged[-1][0] + piece, True]
                    else:
                        merged.append([piece, False])
                for piece, is_context in merged:
                    if piece.strip(" 、,"):
                        parts.append(piece.strip(" 、,"))
                        if is_context:
                            context.add(len(parts) - 1)
            else:
                parts.append(sentence)
        asking = [p for p in parts if p.rstrip().endswith(("?", "？"))]
        if unmarked and asking and self._unmarked_question is not None:
            # "...in august usually? and also what is the age limit for the METI internship": a question the user
            # did not mark asks as well as the marked one beside it
            asking = [p for p in parts if self.asks(p)]
        if asking and self._back_reference is not None:
            # "…it automatically becomes eligible. Is that assumption correct?": the question judges the part before
            # it, so that part asks too
            joined = []
            for i, p in enumerate(parts):
                if p in asking and i > 0 and self._back_reference.search(p):
                    joined.append(parts[i - 1] + " " + p)
                elif p in asking:
                    joined.append(p)
            asking = joined
        if unmarked and not asking and self._unmarked_question is not None and len(parts) > 1:
            # no question mark: the parts that ask without one ("JIPに参加する予定です。北海道の天気を教えてください。")
            asking = [p for i, p in enumerate(parts) if i not in context and self._unmarked_question.search(p)]
        return parts, asking or [p for i, p in enumerate(parts) if i not in context]

    # --- tokens ---------------------------------------------------------------------------------
    def normalize(self, text: str, max_chars: int | None = None) -> NormalizedText:
        """``normalize`` with this vocabulary's acronyms and romanized words: the one normalisation of
        documents and queries."""
        norm = normalize(text, max_chars, self._acronyms)
        read = norm.text
        for pattern, written in self._romanized:
            read = pattern.sub(written, read)
        if read == norm.text:
            return norm
        # the readings write English as the pack's patterns read it ("No.2"): normalised as the rest of the text
        read = _SPACE_RE.sub(" ", _STAGE_RE.sub(lambda m: f"no.{m.group(1) or m.group(2)}", read.casefold())).strip()
        return NormalizedText(read, norm.original_chars, norm.truncated)

    @property
    def _stemmer(self) -> Stemmer.Stemmer:
        return english_stemmer()

    def _stem(self, tokens: list[str]) -> list[str]:
        plain = [i for i, t in enumerate(tokens) if _ASCII_WORD_RE.match(t) and t not in self._unstemmed]
        if not plain:
            return list(tokens)
        words = [tokens[i] for i in plain]
        if self._spelling is not None:
            pattern, endings = self._spelling
            words = [pattern.sub(lambda m: m.group(1) + endings[m.group(2)], w) if len(w) >= 6 else w for w in words]
        stemmed = self._stemmer.stemWords(words)
        out = list(tokens)
        for i, s in zip(plain, stemmed):
            out[i] = s
        return out

    def _raw_tokens(self, text: str) -> list[str]:
        """Tokens of already-normalised text, before stopwords and stemming."""
        if self._symbols is not None:
            pattern, words = self._symbols
            text = pattern.sub(lambda m: f" {words[m.group(0)]} ", text)
        out: list[str] = []
        has_cjk_text = _CJK_RE.search(text) is not None  # one check per text, not per token
        for tok in _TOKEN_RE.findall(text):
            if has_cjk_text and _CJK_RE.search(tok):
                # "re-skills講座": the Latin word inside Japanese is tokenised as it would be alone (so
                # it matches the same vocabulary terms), the kana and kanji become grams
                for run in _CJK_SPLIT_RE.split(tok):
                    if not run:
                        continue
                    if _CJK_RE.match(run):
                        out.extend(_cjk_grams(run))
                    else:
                        for word in _TOKEN_RE.findall(run):  # a run may end in a joiner: "re-"
                            _latin_token(word, out)
                continue
            _latin_token(tok, out)
        return out

    def tokenize(self, text: str, normalized: bool = True) -> list[str]:
        """Content tokens (stopwords dropped, stemmed) of a text; used for every BM25 document."""
        if not normalized:
            text = self.normalize(text).text
        raw = [t for t in self._raw_tokens(text) if t not in self.stopwords]
        return self._stem(raw)

    def document_tokens(self, text: str) -> list[str]:
        """``tokenize`` of a text as written. The selector and the focus check tokenise the same passages and units
        many times in a turn (about 1,700 calls in a turn of several asks), so the tokens are kept per text."""
        return list(self._cached_document_tokens(text))

    def _document_tokens(self, text: str) -> tuple[str, ...]:
        return tuple(self.tokenize(text, normalized=False))

    def literal_terms(self, text: str, concepts: Iterable[str] | None = None) -> list[str]:
        """The literal vocabulary terms (Japanese, and bracketed ones such as "(ii)") written in ``text``, longest
        first: the words a question uses for its concepts, as the vocabulary spells them (normalised: NFKC, lower
        case). ``concepts``: only the terms of these concept ids (None: of every concept). A term is found as a
        plain substring of ``text`` (pass the question as it is written, or its normalised form); unlike
        ``analyze`` it is not blanked by a longer term around it, so "東京" is found inside "東京都".

        The public face of the list ``_literal_terms`` (kept as it was for older callers)."""
        wanted = None if concepts is None else frozenset(concepts)
        return list(dict.fromkeys(term for term, concept in self._literal_terms
                                  if (wanted is None or concept.id in wanted) and term in text))

    # --- queries --------------------------------------------------------------------------------
    def analyze(self, query: str) -> QueryAnalysis:
        """The analysis of a query. The selector analyses each clause of each candidate unit, again for each ask, so
        analyses are kept per text; each caller gets its own lists."""
        kept = self._cached_analyze(query)
        return replace(kept, tokens=list(kept.tokens), units=list(kept.units), concepts=list(kept.concepts),
                       unknown_ja=list(kept.unknown_ja))

    def _analyze(self, query: str) -> QueryAnalysis:
        norm = self.normalize(query, self.max_query_chars)
        text = norm.text
        raw = self._raw_tokens(text)
        stemmed = self._stem(raw)
        units: list[QueryUnit] = []
        consumed = [False] * len(raw)

        matches: dict[str, list[tuple[str, ...]]] = {}
        order: list[Concept] = []

        def add_concept(concept: Concept, term: tuple[str, ...]) -> None:
            if concept.id not in matches:
                matches[concept.id] = []
                order.append(concept)
            if term and term not in matches[concept.id]:
                matches[concept.id].append(term)

        # Longest vocabulary term first, left to right, over stemmed tokens with stopwords kept
        # ("how many", "no 2" are made of stopwords).
        i = 0
        while i < len(stemmed):
            matched = 0
            for n in range(min(self._max_term_len, len(stemmed) - i), 0, -1):
                concepts = self._term_index.get(tuple(stemmed[i : i + n]))
                if concepts:
                    term = tuple(s for r, s in zip(raw[i : i + n], stemmed[i : i + n]) if r not in self.stopwords)
                    for concept in concepts:
                        # the user named it, but "skill" is not what "re skills" means (see _shrunk)
                        shrunk = self._shrunk(concept, term, n, self._negated(raw[i : i + n])) or (
                            (concept.id, tuple(stemmed[i : i + n])) in self._asked_only
                        )
                        add_concept(concept, () if shrunk else term)
                    matched = n
                    break
            if matched:
                for j in range(i, i + matched):
                    consumed[j] = True
                i += matched
            else:
                i += 1
        remaining = self._literal_matches(text, add_concept)
        consumed_concepts: set[str] = set()
        for combination in self.vocabulary.combinations:
            meant = self._concepts_by_id.get(combination.means)
            if meant is not None and all(c in matches for c in combination.concepts) and not any(
                c in matches for c in combination.unless
            ):
                add_concept(meant, ())
                consumed_concepts.update(combination.consumes)
        if consumed_concepts:  # their words stay consumed: no word unit comes back for them
            order = [concept for concept in order if concept.id not in consumed_concepts]
        unknown_ja = self._unknown_ja(remaining) if has_cjk(remaining) else []
        # CJK grams cannot be matched against an English corpus without a segmenter: only the
        # vocabulary speaks for a Japanese query.
        for j, tok in enumerate(raw):
            if _CJK_RE.search(tok):
                consumed[j] = True

        for concept in order:
            terms = self._concept_terms.get(concept.id, ())
            if not terms:
                continue
            units.append(
                QueryUnit(
                    label=concept.id,
                    tokens=frozenset(t for term in terms for t in term),
                    concept=concept.id,
                    anchor=concept.anchor,
                    document=concept.document,
                    terms=terms,
                    matched=tuple(matches[concept.id]),
                )
            )

        if not units and not unknown_ja and has_cjk(remaining):
            # Nothing the vocabulary knows and no kanji or katakana content: hiragana words that are not
            # function words ("あしたの てんきは？") are content the documents do not speak of.
            unknown_ja = self._unknown_kana(remaining)

        content: list[str] = []
        parts_of_compound = 0
        for j, (tok, stem) in enumerate(zip(raw, stemmed)):
            if parts_of_compound:
                # The parts of "h-1b" or "full-time" follow the compound: they help documents match,
                # but the question asks about the compound once, not about "h" and "1b".
                parts_of_compound -= 1
                continue
            compound_of_stopwords = False
            if _SPLIT_PARTS_RE.search(tok):
                parts = [p for p in _SPLIT_PARTS_RE.split(tok) if p]
                parts_of_compound = len(parts)
                # "sir/madam", "no-one": a compound of words without content is none either
                compound_of_stopwords = all(p in self.stopwords for p in parts)
            if tok in self.stopwords or not tok or compound_of_stopwords:
                continue
            if not consumed[j]:
                content.append(stem)
        tokens = [s for r, s in zip(raw, stemmed) if r not in self.stopwords and not _CJK_RE.search(r)]
        concept_tokens = {t for u in units for t in u.tokens}
        for stem in dict.fromkeys(content):
            if stem in concept_tokens:
                continue  # already part of a concept the query uses
            alias = self._number_alias.get(stem)
            units.append(QueryUnit(label=stem, tokens=frozenset({stem, alias} if alias else {stem})))

        # The dense side sees the query plus the names of the concepts it uses: for a heavily
        # paraphrased question this gives the embedding words that occur in the documents. For a
        # question in Japanese it sees only its Latin words and those names: the documents are English,
        # and the kana and kanji only add noise to an embedding of English passages (on the fact table
        # of tests/test_query_facts.py, with the offline embedder, that noise outvoted BM25's clear
        # winner in 1 question of 7).
        expansions = []
        for u in units:
            if u.concept:
                for concept in self.vocabulary.concepts:
                    if concept.id == u.concept:
                        expansions.append(str(concept.terms[0]))
                        break
        dense_text = text if not expansions else f"{text} ({', '.join(expansions)})"
        if expansions and has_cjk(text):
            latin = " ".join(run.strip() for run in _CJK_SPLIT_RE.split(text) if run.strip() and not _CJK_RE.match(run))
            dense_text = f"{latin} ({', '.join(expansions)})" if latin else ", ".join(expansions)
        return QueryAnalysis(
            original=query if isinstance(query, str) else str(query),
            text=text,
            truncated=norm.truncated,
            tokens=tokens,
            units=units,
            concepts=[u.concept for u in units if u.concept],
            dense_text=dense_text,
            unknown_ja=unknown_ja,
            aside=self._aside(text),
        )

    def _aside(self, text: str) -> frozenset[str]:
        """The stems of ``text`` written only inside parentheses (a Latin aside; a Japanese one names terms)."""
        inside = " ".join(m.group(1) for m in _ASIDE_RE.finditer(text))
        if not inside:
            return frozenset()
        outside = set(self._stem(self._raw_tokens(_ASIDE_RE.sub(" ", text))))
        return frozenset(set(self._stem(self._raw_tokens(inside))) - outside)

    def _literal_matches(self, text: str, add: Callable[[Concept, tuple[str, ...]], None]) -> str:
        """Match the literal (Japanese) terms in ``text``, longest first, and return it with the matches blanked.

        A match inside a longer one is no match of its own ("支援" in "都の支援"); a match that only overlaps another
        counts too ("東京都" beside "都の支援" in "東京都の支援": the city is not left over as an unknown "東京"). A term
        written in hiragana is a word only where it ends: not where its last kana begin a particle with the kana
        after it ("さんか" in "企業さんから" is さん + から, not 参加; see ``kana_word``)."""
        spans: list[tuple[int, int, str]] = []
        for term, concept in self._literal_terms:
            found = False
            start = text.find(term)
            while start >= 0:
                end = start + len(term)
                # the same term in two concepts matches for both ("対象分野" is the fields and what is covered), as a
                # Latin term does (``_term_index``)
                if not any(a <= start and end <= b and t != term for a, b, t in spans) and (
                    not _HIRAGANA_RE.fullmatch(term) or kana_word(text, start, end, self._particles)
                ):
                    spans.append((start, end, term))
                    found = True
                start = text.find(term, start + 1)
            if found:
                add(concept, ())
        if not spans:
            return text
        chars = list(text)
        for a, b, _ in spans:
            chars[a:b] = " " * (b - a)
        return "".join(chars)

    def _unknown_ja(self, remaining: str) -> list[str]:
        """The kanji and katakana runs of a query (its vocabulary terms already blanked out) that are
        not general words: what the question asks about beyond the vocabulary ("天気", "レストラン")."""
        out = []
        for run in _JA_CONTENT_RE.findall(remaining):
            rest = run
            for word in self._general_ja:
                if word in rest:
                    rest = rest.replace(word, " ")
            # A lone kanji is mostly the stem of a verb or adjective (決まる, 行う, 出す) or an affix
            # (中, 先, 者): only words of two characters or more count (a lone-kanji noun such as 雨 is missed).
            out.extend(
                part for part in _JA_CONTENT_RE.findall(rest)
                if len(part) >= 2 and not (self._quantity_ja is not None and self._quantity_ja.fullmatch(part))
            )
        return out


    def _unknown_kana(self, remaining: str) -> list[str]:
        """The hiragana words of a query that are not function words (``Vocabulary.function_kana``): each
        run loses its particles and endings from the end, keeping two characters at least ("てんきは" ->
        "てんき", "なんですか" -> "なん"); what is left counts unless it is made of function words only ("への")."""
        out = []
        for run in _HIRAGANA_RE.findall(remaining):
            word = run
            while word and word not in self._function_kana:
                # at least two characters stay: "あした" is not "あ" + the past ending "した"
                suffix = next((f for f in self._function_suffixes if len(f) <= len(word) - 2 and word.endswith(f)), None)
                if suffix is None:
                    break
                word = word[: -len(suffix)]
            if len(word) >= 2 and not self._function_only(word):
                out.append(word)
        return out

    def _function_only(self, word: str) -> bool:
        """Whether hiragana ``word`` is a sequence of function words ("への", "には", "なんです")."""
        ends = [True] + [False] * len(word)  # ends[i]: word[:i] splits into function words
        for i in range(len(word)):
            if ends[i]:
                for j in range(i + 1, len(word) + 1):
                    if word[i:j] in self._function_kana:
                        ends[j] = True
        return ends[-1]


def _bm25s_stopwords() -> frozenset[str]:
    """bm25s's English stopword list (``bm25s.stopwords.STOPWORDS_EN_PLUS``), read from its module file
    without importing the bm25s package, whose ``__init__`` imports scipy: a search process that loads
    a saved index never needs either (about 0.2 s of start-up)."""
    if "bm25s.stopwords" in sys.modules:
        return frozenset(sys.modules["bm25s.stopwords"].STOPWORDS_EN_PLUS)
    package = importlib.util.find_spec("bm25s")
    if package is None or not package.submodule_search_locations:  # pragma: no cover - a dependency
        raise ConfigError("the bm25s package is missing: pip install bm25s")
    path = Path(list(package.submodule_search_locations)[0]) / "stopwords.py"
    spec = importlib.util.spec_from_file_location("_bot_bm25s_stopwords", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return frozenset(module.STOPWORDS_EN_PLUS)


def _spelling_pattern(spellings: dict[str, str]) -> tuple[re.Pattern[str], dict[str, str]] | None:
    """A pattern for the word endings of ``Vocabulary.spellings`` (longest first) and their mapping."""
    endings = {normalize(k).text: normalize(v).text for k, v in spellings.items() if k and v}
    if not endings:
        return None
    alternatives = "|".join(map(re.escape, sorted(endings, key=len, reverse=True)))
    return rx.compile(r"^(.+?)(" + alternatives + r")$"), endings


def _readings(readings: dict[str, str]) -> list[tuple[re.Pattern[str], str]]:
    """The ``romanized`` readings compiled, in their order (a broken pattern is a ConfigError naming it). A key that
    is only words ("kaigo", "kanri dantai": the earlier word list) is read as those words, whole and in any case."""
    out = []
    for pattern, written in readings.items():
        if not pattern or written is None:
            continue
        if _PLAIN_WORDS_RE.fullmatch(pattern):
            pattern = r"(?i)(?<![^\W_])" + re.escape(normalize(pattern).text) + r"(?![^\W_]|-[^\W_])"
        try:
            out.append((rx.compile(pattern), str(written)))
        except re.error as exc:
            raise ConfigError(f"romanized reading {pattern!r} is not a valid pattern ({exc})") from exc
    return out


_ONE_KANA_PARTICLES = frozenset("はがをにでともへのやかねよ")  # one-kana particles a word may end before


def particles(function_kana: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """The function words of two kana or more (から, まで, ので, です): the ones a word's last kana can begin."""
    return tuple(sorted({normalize(w).text for w in function_kana if w and len(normalize(w).text) >= 2
                         and _HIRAGANA_RE.fullmatch(normalize(w).text)}, key=len, reverse=True))


def kana_word(text: str, start: int, end: int, particle_words: tuple[str, ...] | list[str]) -> bool:
    """Whether the kana ``text[start:end]`` ends as a word: its last kana do not begin a particle that runs on into
    the kana after it ("企業さんから": "さんか" is さん + から, not 参加; "さんかしたい" is 参加). Plain Japanese is
    written without spaces between words, and hiragana nouns are followed by particles: a reading of the word that
    cuts a particle in two is the wrong reading."""
    after = text[end:end + 8]
    if not after or not _HIRAGANA_RE.match(after):
        return True
    word = text[start:end]
    crossed = any(
        len(particle) > k and particle.startswith(word[-k:]) and after.startswith(particle[k:])
        for k in range(1, len(word)) for particle in particle_words
    )
    # the kana after it may still begin a word of their own ("なりたい|です", "ぜんぶで|は"): then it ends there too
    return not crossed or any(after.startswith(p) for p in particle_words) or after[0] in _ONE_KANA_PARTICLES


def read_words(pattern: str, written: str, text: str, particle_words: tuple[str, ...] | list[str] = ()) -> str:
    """``rx.sub(pattern, written, text)``, except that a reading of kana that ends inside a particle (``kana_word``:
    "さんか" in "企業さんから") is left as written, unless the kana the particle starts with stay kana in the reading
    ("ぜんぶで" -> "全部で" before "は" still reads). The reading layer's kana readings (LanguagePack.read)."""
    if not particle_words:
        return rx.sub(pattern, written, text)

    def reading(match: re.Match[str]) -> str:
        out = match.expand(written)
        word = match.group(0)
        if word and _HIRAGANA_RE.fullmatch(word) and not kana_word(text, match.start(), match.end(), particle_words):
            kept = [k for k in range(1, len(word)) if out.endswith(word[-k:])]
            if not kept:
                return word
        return out

    return rx.sub(pattern, reading, text)


def _quantity_pattern(numerals: str, counters: list[str]) -> re.Pattern[str] | None:
    """A number written in kanji, with at most one counter after it (``Vocabulary.numerals_ja``)."""
    digits = "".join(dict.fromkeys(normalize(numerals).text))
    if not digits:
        return None
    words = sorted({normalize(c).text for c in counters if c}, key=len, reverse=True)
    counter = "(?:" + "|".join(map(re.escape, words)) + ")?" if words else ""
    return rx.compile("[" + re.escape(digits) + "]+" + counter)


def _latin_token(tok: str, out: list[str]) -> None:
    """Append a non-CJK token and, for a compound, its parts ("full-time" also as "full", "time";
    "no.2" stays whole); over-long "words" are dropped."""
    if len(tok) > MAX_TOKEN_CHARS:
        return
    out.append(tok)
    if "-" in tok or "/" in tok or "+" in tok or "'" in tok:
        out.extend(p for p in _SPLIT_PARTS_RE.split(tok) if p)


def _cjk_grams(token: str) -> list[str]:
    """Character bigrams of a CJK run (unigram for a single character): no segmenter needed."""
    if len(token) == 1:
        return [token]
    return [token[i : i + 2] for i in range(len(token) - 1)]


ROMAJI_FILE = Path("nlu") / "en_romaji.yaml"  # the romaji readings, shared with the reading layer (LanguagePack)


def load_romaji(path: Path) -> dict[str, str]:
    """The ``readings`` of the romaji file (pattern -> English words, in order); none when there is no file."""
    if not path.exists():
        return {}
    try:
        data = parse_yaml(path.read_text(encoding="utf-8")) or {}
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: not a valid romaji file ({exc})") from exc
    readings = data.get("readings") if isinstance(data, dict) else None
    if not isinstance(readings, dict):
        raise ConfigError(f"{path}: no 'readings' table (romaji spelling pattern -> English words)")
    return {str(k): str(v) for k, v in readings.items()}


def load_vocabulary(knowledge_dir: Path) -> Vocabulary:
    """knowledge/vocabulary.yaml with the romaji readings of knowledge/nlu/en_romaji.yaml (``romanized``)."""
    vocabulary = Vocabulary.load(knowledge_dir / "vocabulary.yaml")
    romaji = load_romaji(knowledge_dir / ROMAJI_FILE)
    if romaji:
        vocabulary = vocabulary.model_copy(update={"romanized": {**vocabulary.romanized, **romaji}})
    return vocabulary


# A number that opens an ask of a numbered list ("①", "1)", "(2)", or "2" after a comma once ② is normalized to 2):
# after the start, a comma, a full stop, a space, a bracket or the か that ends the ask before, before no digit,
# counter or unit (not "、2号", "、3年").
_NUMBERED = re.compile(r"(?:^|(?<=[、。，,.?？!！：:;\s)）か]))(?:[(（]\s*)?([1-9１-９①-⑨])(?:\s*[)）.．])?\s*"
                       r"(?![\d０-９.,%％年月日時人名歳号円社件回割倍級期分週]|st\b|nd\b|rd\b|th\b)")


def numbered_asks(sentence: str) -> list[str]:
    """The asks of a numbered list in one sentence ("①中小企業でもなれますか、②パソコンは…、③航空券や宿泊先は…",
    "1) can I choose? 2) which companies?"): the text from each number to the next, when the numbers run 1, 2, ...
    from the first; none otherwise."""
    found = [(m.start(), m.end(), int(unicodedata.normalize("NFKC", m.group(1))))
             for m in _NUMBERED.finditer(sentence)]
    run: list[tuple[int, int, int]] = []
    for start, end, n in found:
        if n == len(run) + 1:
            run.append((start, end, n))
    if len(run) < 2:
        return []
    asks = [sentence[end: run[i + 1][0] if i + 1 < len(run) else len(sentence)].strip(" 、,，")
            for i, (_, end, _) in enumerate(run)]
    return asks if all(asks) else []


# A letter that opens an ask of a lettered list ("(a) the period, (b) which system, ... and (d) the address?"): a
# bracketed letter, or a letter before its closing bracket, after the start, a colon, a comma or a space.
_LETTERED = re.compile(r"(?:^|(?<=[\s:;,]))(?:\(([a-hA-H])\)|([a-hA-H])\))\s+")
# what joins the last two asks ("..., and (d) ..."): no part of the ask before
_ASK_TAIL = re.compile(r"[\s,;、]*(?:\b(?:and|or|also|and also)\b)?[\s,;、]*$", re.IGNORECASE)


def lettered_asks(text: str) -> list[str]:
    """The asks of a lettered list ("Can you tell me: (a) the exact period applications were accepted, (b) which
    system you apply through, ... and (d) the postal address ...?"): the text from each letter to the next, when the
    letters run a, b, ... from the first (at least two); none otherwise. The message's question mark closes each."""
    run: list[tuple[int, int]] = []
    for m in _LETTERED.finditer(text):
        letter = (m.group(1) or m.group(2)).lower()
        if ord(letter) - ord("a") == len(run):
            run.append((m.start(), m.end()))
    if len(run) < 2:
        return []
    asks = []
    for i, (_, end) in enumerate(run):
        ask = text[end: run[i + 1][0] if i + 1 < len(run) else len(text)]
        ask = _ASK_TAIL.sub("", ask.strip()).strip(" ?？.")
        if not ask:
            return []
        asks.append(f"{ask}?")
    return asks

