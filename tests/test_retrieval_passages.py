"""Passages that hold an answer are found, with the default hybrid retrieval and the offline embedder.

Each test states a class of question with several phrasings (English and Japanese where it applies):

1. Words of asking, not of the topic: "Does Tokyo offer any help for companies like mine?" asks about Tokyo's
   support for small companies; "offer" and "mine" are no content the documents lack (they made the question
   look off topic), and a "shop" is a company. What is "allowed" asks what the rules permit, not for the JIP's
   allowance.
2. "provided" is not a training "provider": "Is housing provided for government interns?" finds the JIP support
   list, not the Re-Skills providers' requirements; "government interns" are the JIP's.
3. What a provider "needs to have" asks for its requirements: the passage on organisations providing courses.
4. "Can everyone stay 5 years?" asks whether the rule holds for all: the passage that says "limited to excellent
   companies" answers.
5. An application window asked by its two ends ("from which day until which day were the applications
   received?") is the acceptance period.
"""

from __future__ import annotations

import pytest

from bot.retrieval import HybridRetriever


def _rank(retriever: HybridRetriever, question: str, marker: str, k: int = 8) -> int | None:
    result = retriever.search(question, k=k)
    return next((i + 1 for i, p in enumerate(result.passages) if marker in p.text), None)


@pytest.mark.parametrize("question", [
    "Does Tokyo offer any help for small companies like mine?",
    "Does Tokyo offer support for small businesses?",
    "We are a small shop in Tokyo. Is there any help for hiring foreigners?",
    "東京都で中小企業向けの支援って何かある？",
    "東京都がやっている中小企業向けの外国人材受入れ支援って何かありましたか？",
])
def test_tokyo_support_for_small_companies_is_found_and_relevant(retriever: HybridRetriever, question: str) -> None:
    result = retriever.search(question, k=8)
    assert result.relevant, result.confidence
    assert "Tokyo WorkNet" in result.passages[0].text, [p.section for p in result.passages]


@pytest.mark.parametrize("word", ["mine", "offer", "offers", "offered"])
def test_words_of_asking_are_not_unknown_content(retriever: HybridRetriever, word: str) -> None:
    analysis = retriever.analyzer.analyze(f"Does Tokyo {word} help for small companies")
    assert all(word not in u.tokens for u in analysis.units)


@pytest.mark.parametrize("question", [
    "What is 'peripheral work' in a technical intern training plan and how much of it is allowed?",
    "How much related work is allowed for a trainee?",
    "Is peripheral work allowed in technical intern training?",
])
def test_allowed_is_permission_not_the_jip_allowance(retriever: HybridRetriever, question: str) -> None:
    """What is "allowed" stems as the JIP's "allowance" (its support funds) unless the word is kept whole."""
    concepts = {u.concept for u in retriever.analyzer.analyze(question).units}
    assert "allowance" not in concepts and "eligibility" in concepts
    assert retriever.search(question, k=3).passages[0].doc_id != "meti-japan-internship-program"


@pytest.mark.parametrize("question", [
    "Is housing provided for government interns?",
    "Is accommodation provided for JIP interns?",
    "Are hotels provided for METI interns?",
])
def test_housing_provided_finds_the_jip_support_list(retriever: HybridRetriever, question: str) -> None:
    assert _rank(retriever, question, "Arrangement of accommodation", k=3) == 1
    analysis = retriever.analyzer.analyze(question)
    assert "provider" not in {u.concept for u in analysis.units}


@pytest.mark.parametrize("question", [
    "What does a training provider need to have for its course to be certified?",
    "What does a school need to have to run certified courses?",
    "What requirements must a training provider meet?",
    "What does a course provider need to have?",
])
def test_what_a_provider_needs_finds_the_organisation_requirements(retriever: HybridRetriever, question: str) -> None:
    rank = _rank(retriever, question, "Organizations running the training courses should")
    assert rank is not None and rank <= 3, rank


@pytest.mark.parametrize("question", [
    "can everyone in technical intern training stay for 5 years?",
    "Can every trainee stay five years in technical intern training?",
    "技能実習生は誰でも5年間いられますか？",
])
def test_whether_everyone_may_stay_five_years_finds_the_limit(retriever: HybridRetriever, question: str) -> None:
    rank = _rank(retriever, question, "limited to excellent companies")
    assert rank is not None and rank <= 3, rank


@pytest.mark.parametrize("question", [
    "from which day until which day were the Re-Skills applications received?",
    "When were applications for Re-Skills certification accepted?",
    "Re-Skills講座の申請はいつまで受け付けていましたか？",
])
def test_the_application_window_is_found(retriever: HybridRetriever, question: str) -> None:
    rank = _rank(retriever, question, "October 28, 2017")
    assert rank is not None and rank <= 3, rank
