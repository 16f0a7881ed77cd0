"""Two classes of question the vocabulary alone used to send to the wrong passage.

An organisation's main (general, switchboard, 代表) phone number: the documents print it as "Tel:" after the
organisation's name and address at the end of a notice, never as "main phone number"; the words users ask
with ("main", "general") are in other passages ("mainly", "in general"), so only "tel" and "switchboard" show
the concept in a document (``evidence`` in knowledge/vocabulary.yaml).

What is excluded, asked with a negation ("can't be certified", "not included", 対象にならない): the negation
is a stopword, so without the rule on ``negations`` "not included" shrank to "include" and every passage that
"plans to include" something said it was excluded.

For four of these questions ("経産省 代表電話", "Re-Skillsで対象外になる講座は？") BM25 ranks the passage first by a clear
margin but the dense side's short list leaves it out: the rank fusion keeps such a clear winner (bot/retrieval.py
HybridRetriever._clear_winner), so every question finds its passage.
"""

from __future__ import annotations


import pytest

from bot.retrieval import HybridRetriever
from tests.knowledge import repo_analyzer

ANALYZER = repo_analyzer()

MAIN_NUMBER = "3501-1511"
MAIN_NUMBER_QUESTIONS = [
    "What is METI's main phone number?",
    "METI switchboard number?",
    "What's the main number of METI?",
    "Could you give me the general phone number of METI?",
    "What's the general telephone number of the ministry of economy?",
    "経済産業省の代表電話番号は？",
    "METIの代表番号を教えて",
    "経産省 代表電話",
]

EXCLUDED = "Fundamental and basic IT skill courses are excluded"
EXCLUDED_QUESTIONS = [
    "Which Re-Skills courses are excluded?",
    "which courses can't be certified as Re-Skills?",
    "Which courses cannot be certified as Re-Skills courses?",
    "Are there courses that don't qualify for Re-Skills certification?",
    "Reスキルの対象にならない講座はありますか",
    "Re-Skillsで対象外になる講座は？",
    "Re-Skillsで認定されない講座はどんなもの？",
    "リスキル講座として認められない講座は？",
]


@pytest.mark.parametrize("question", MAIN_NUMBER_QUESTIONS)
def test_an_organisations_main_number_finds_its_tel_line(retriever: HybridRetriever, question: str) -> None:
    result = retriever.search(question, k=5)
    assert result.relevant, result.confidence
    assert any(MAIN_NUMBER in p.text for p in result.passages), [p.section for p in result.passages]


@pytest.mark.parametrize("question", MAIN_NUMBER_QUESTIONS)
def test_the_words_of_main_number_are_no_evidence_in_a_passage(question: str) -> None:
    """"main" and "general" in a passage ("mainly in the fields of IT") do not show a main number."""
    unit = next(u for u in ANALYZER.analyze(question).units if u.concept == "switchboard")
    assert unit.tokens == {"tel", "switchboard"}
    assert not any("main" in t or "general" in t for t in unit.matched)


@pytest.mark.parametrize("question", EXCLUDED_QUESTIONS)
def test_what_cannot_be_certified_finds_the_exclusion(retriever: HybridRetriever, question: str) -> None:
    result = retriever.search(question, k=5)
    assert result.relevant, result.confidence
    assert any(EXCLUDED in p.text for p in result.passages), [p.section for p in result.passages]


@pytest.mark.parametrize("term", ["not included", "does not include", "not covered", "not eligible", "can't be certified"])
def test_a_negated_term_is_no_evidence_of_its_opposite(term: str) -> None:
    """Questions still match the negated term; in a passage, "include", "cover", "eligible" and "certified"
    without the negation do not say that something is excluded."""
    analysis = ANALYZER.analyze(f"Which courses are {term}?")
    assert "excluded" in analysis.concepts
    for tokens in ({"includ"}, {"cover"}, {"elig"}, {"certifi"}):
        assert all(u.strength(frozenset(tokens)) == 0 for u in analysis.units if u.concept == "excluded"), tokens
    assert next(u for u in analysis.units if u.concept == "excluded").strength(frozenset({"exclud"})) > 0


# The support an intern gets, asked without the program's name and in the user's own words for the journey
# and the lodging ("travel", "staying place", 交通費, 住む所), after a background of who is asking.
SUPPORT_LIST = "Arrangement of accommodation"
SUPPORT_QUESTIONS = [
    "What support do interns get for travel and accommodation?",
    "Is there help with travel and a staying place for interns?",
    "Dear sir, I am a mechanical engineer in Ho Chi Minh City. I would like to understand what kind of support "
    "the program provides to the interns, for example about travel, staying place and so on. Could you please "
    "list the support items?",
    "Will my flight and hotel be paid by the program?",
    "インターン生は渡航費や宿泊先の支援を受けられますか？",
    "交通費や住む所のサポートはありますか？",
    "渡航と泊まるところは用意してもらえる？",
    "if i get selected for jip in person where i will sleep",
    "JIPのインターンで寝る場所はありますか？",
]


@pytest.mark.parametrize("question", SUPPORT_QUESTIONS)
def test_the_support_for_travel_and_lodging_finds_the_support_list(retriever: HybridRetriever, question: str) -> None:
    result = retriever.search(question, k=5)
    assert result.relevant, result.confidence
    assert SUPPORT_LIST in result.passages[0].text, [p.section for p in result.passages]
