"""Properties of the domain vocabulary (knowledge/vocabulary.yaml) as bot/query.py reads it."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.query import TextAnalyzer, Vocabulary, has_cjk, load_vocabulary

KNOWLEDGE = Path(__file__).resolve().parent.parent / "knowledge"
VOCABULARY = load_vocabulary(KNOWLEDGE)
ANALYZER = TextAnalyzer(VOCABULARY)

# Question frames as Japanese owners write them: polite, casual, keywords only.
JA_FRAMES = ["{}について教えてください。", "{}ってどうなってる？", "{}"]
JA_TERMS = sorted({t for c in VOCABULARY.concepts for t in c.terms if has_cjk(t)})

# "period" is both a date ("the period for acceptance") and a length ("the maximum period"): the two
# concepts are the two readings of one word, kept on purpose.
# 対象分野 is both the fields and what is covered (its two halves, 対象 and 分野, cannot match apart inside it)
SHARED_ON_PURPOSE = {"period", "tel", "対象分野"}


@pytest.mark.parametrize("frame", JA_FRAMES)
def test_every_japanese_term_alone_in_a_question_is_searchable(frame: str) -> None:
    silent = [t for t in JA_TERMS if ANALYZER.analyze(frame.format(t)).empty]
    assert not silent, silent


def test_every_japanese_term_reaches_its_own_concept() -> None:
    """A Japanese term is matched as a substring, longest first: a longer term of another concept that
    contains it must not swallow it when it stands alone."""
    wrong = []
    for concept in VOCABULARY.concepts:
        for term in concept.terms:
            if has_cjk(term) and concept.id not in ANALYZER.analyze(f"{term}について").concepts:
                wrong.append((term, concept.id))
    assert not wrong, wrong


def _key(term: str) -> tuple[str, ...]:
    norm = ANALYZER.normalize(term).text
    if has_cjk(norm) or "(" in norm:
        return ("literal", norm)
    return tuple(ANALYZER._stem(ANALYZER._raw_tokens(norm)))


def test_no_term_belongs_to_two_concepts() -> None:
    """After normalisation and stemming ("allowance" and "allowed" are both "allow"), a term that two
    concepts hold makes every question that uses it ask about both."""
    owner: dict[tuple[str, ...], str] = {}
    clashes = []
    for concept in VOCABULARY.concepts:
        for term in concept.terms:
            key = _key(term)
            other = owner.setdefault(key, concept.id)
            if other != concept.id and term not in SHARED_ON_PURPOSE:
                clashes.append((term, other, concept.id))
    assert not clashes, clashes


def test_stems_that_are_other_words_are_kept_apart() -> None:
    tokens = set(ANALYZER.document_tokens("excellent companies; developed countries; a certificate"))
    assert {"excellent", "developed", "certificate"} <= tokens
    assert "excel" in ANALYZER.analyze("an Excel course").tokens
    assert "excellent" not in ANALYZER.analyze("an Excel course").concepts
    # a family's dependents are no word of the documents ("depending on the field" is another word)
    assert "dependents" in ANALYZER.document_tokens("does the visa help cover dependents?")
    assert "dependents" not in ANALYZER.document_tokens("depending on the field")


def test_capitalised_acronyms_are_words_but_the_pronoun_is_not() -> None:
    assert "i.t" in ANALYZER.document_tokens("courses in the fields of IT and data")
    assert "i.t" in ANALYZER.analyze("ITの基礎講座").tokens
    assert "i.t" not in ANALYZER.analyze("is it eligible?").tokens
    assert "i.t" not in ANALYZER.document_tokens("submit it by post")


def test_latin_words_inside_japanese_match_like_english_ones() -> None:
    for text in ("Re-Skills講座として", "re-skills講座", "Re-Skills 講座"):
        assert "reskills" in ANALYZER.analyze(text).concepts, text
    assert "egov" in ANALYZER.analyze("e-Govで申請").concepts


def test_contractions_are_not_search_terms() -> None:
    labels = [u.label for u in ANALYZER.analyze("I'm HR and we're hiring, don't know where to start").units]
    assert not {"i'm", "we're", "don't"} & set(labels)


def test_acronyms_and_unstemmed_words_are_data() -> None:
    concepts = [{"id": "x", "terms": ["IT"]}]
    assert TextAnalyzer(Vocabulary(concepts=concepts)).analyze("IT").empty  # only the pronoun "it"
    assert TextAnalyzer(Vocabulary(concepts=concepts, acronyms=["IT"])).analyze("IT skills").concepts == ["x"]
    assert TextAnalyzer(Vocabulary()).tokenize("excellent") == ["excel"]
    assert TextAnalyzer(Vocabulary(unstemmed=["excellent"])).tokenize("excellent") == ["excellent"]


@pytest.mark.parametrize(
    ("british", "american"),
    [("organisation", "organization"), ("recognised", "recognized"), ("labour", "labor"), ("centre", "center"),
     ("catalogue", "catalog"), ("specialising", "specializing")],
)
def test_british_and_american_spellings_are_one_word(british: str, american: str) -> None:
    assert ANALYZER.tokenize(british) == ANALYZER.tokenize(american)


def test_short_words_keep_their_ending() -> None:
    assert ANALYZER.tokenize("hour four rise") == ["hour", "four", "rise"]


def test_no_term_stems_to_a_stopword() -> None:
    """A single-word term whose stem is a stopword's ("kinds" -> "kind") matches the stopword itself:
    "what kind of support" asked about types."""
    stop_stems = set(ANALYZER._stem(sorted(ANALYZER.stopwords)))
    bad = []
    for concept in VOCABULARY.concepts:
        for term in concept.terms:
            raw = ANALYZER._raw_tokens(ANALYZER.normalize(term).text)
            if len(raw) == 1 and not has_cjk(term) and raw[0] not in ANALYZER.stopwords:
                if ANALYZER._stem(raw)[0] in stop_stems:
                    bad.append((concept.id, term))
    assert not bad, bad
    labels = [u.label for u in ANALYZER.analyze("What kind of support do interns get from the JIP program?").units]
    assert "support" in labels and "types" not in labels


def test_a_combination_consumes_only_its_own_concepts() -> None:
    """``consumes`` drops concepts the combination reads as its meaning: only concepts it is made of."""
    concepts = [{"id": i, "terms": [i]} for i in ("apply", "online", "egov", "jip")]
    Vocabulary.model_validate({"concepts": concepts, "combinations": [
        {"concepts": ["apply", "online"], "means": "egov", "consumes": ["online"]}]})
    with pytest.raises(ValueError, match="jip"):
        Vocabulary.model_validate({"concepts": concepts, "combinations": [
            {"concepts": ["apply", "online"], "means": "egov", "consumes": ["jip"]}]})
