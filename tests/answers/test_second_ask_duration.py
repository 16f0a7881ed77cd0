"""A second ask whether a length is limited ("Is the number of years for No.2 limited?", 在留年数に上限は？)
asks a duration, so the unit that states it (the renewal of No. 2 is indefinite) is quoted beside the answer
to the first ask."""

from __future__ import annotations

import pytest

from bot.answers.types import AnswerTypes


@pytest.mark.parametrize("question", [
    "Is the number of years for No.2 limited?",
    "Which fields allow moving up from Specific Skill No.1 to No.2? Is the number of years for No.2 limited?",
    "Is there a limit on the years they can stay?",
    "Is the length of stay for Specific Skill No. 2 capped?",
    "特定技能2号の在留年数に上限はありますか？",
    "2号の在留期間は更新できますか？",
])
def test_whether_a_length_is_limited_asks_a_duration(types: AnswerTypes, question: str) -> None:
    assert "duration" in types.classify(question).types


@pytest.mark.parametrize("question", [
    "Is the number of trainees limited?",
    "Which fields allow moving up from Specific Skill No.1 to No.2?",
])
def test_other_limits_ask_no_duration(types: AnswerTypes, question: str) -> None:
    assert "duration" not in types.classify(question).types


@pytest.mark.parametrize("question,parts", [
    ("How do we file electronically, and who do we call for the ID?",
     ["How do we file electronically?", "who do we call for the ID?"]),
    ("We are a provider. When does the window open, and where do we send the forms?",
     ["When does the window open?", "where do we send the forms?"]),
])
def test_two_wh_questions_joined_by_and_are_two_asks(question: str, parts: list[str]) -> None:
    from bot.answers.asks import list_of_asks

    assert list_of_asks(question) == parts


@pytest.mark.parametrize("question", [
    "How do we file electronically and quickly?",  # one ask
    "We checked the list, and what now?",  # the first clause asks nothing
])
def test_one_ask_is_not_split(question: str) -> None:
    from bot.answers.asks import list_of_asks

    assert list_of_asks(question) == []


@pytest.mark.parametrize("question", [
    "What is the maximum period?", "How long at most?", "最長何年ですか？", "最大で何年まで？",
])
def test_a_maximum_asks_its_condition(types: AnswerTypes, question: str) -> None:
    assert types.asks_condition(question)


@pytest.mark.parametrize("question", ["How long is the training?", "期間はどのくらいですか？"])
def test_a_plain_length_asks_no_condition(types: AnswerTypes, question: str) -> None:
    assert not types.asks_condition(question)
