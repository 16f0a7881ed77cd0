"""Class: an aside in parentheses describes the one asking ("can one of our member companies (a 90-person machine
maker in Higashi-Osaka) host instead?"); the words of it no document uses are no content of the question, so they do
not make a question on topic look off topic. An off-topic question stays off topic, aside or not."""

from __future__ import annotations

import pytest

from bot.retrieval import HybridRetriever
from tests.knowledge import repo_analyzer


@pytest.mark.parametrize("message", [
    "We would like to host a foreign intern from the METI Japan Internship Program. Is that possible for us? If not, "
    "can one of our member companies (a 90-person machine maker in Higashi-Osaka) host instead?",
    "Can our member company (a 120-person bakery chain in Sapporo, founded by my grandfather) host a JIP intern?",
    "How many technical intern trainees can a company (family-run ceramics kiln near Arita, Saga) accept?",
])
def test_an_aside_does_not_make_a_question_off_topic(retriever: HybridRetriever, message: str) -> None:
    result = retriever.search(message, k=8)
    assert result.relevant, result.confidence


@pytest.mark.parametrize("message", [
    "What is the weather in Osaka (Namba area) tomorrow?",
    "Which ramen shop (tonkotsu, near Hakata station) is the best?",
])
def test_an_off_topic_question_with_an_aside_stays_off_topic(retriever: HybridRetriever, message: str) -> None:
    assert not retriever.search(message, k=8).relevant


def test_the_aside_words_are_the_ones_written_only_in_parentheses() -> None:
    analysis = repo_analyzer().analyze("Can one of our member companies (a machine maker in Osaka) host? Osaka is far.")
    assert {"machin", "maker"} <= analysis.aside
    assert "osaka" not in analysis.aside  # written outside the aside too
