"""Class: a second ask pointing back to the first ask's event ("on that trip", "during that visit", 「その時に」) is
answered by the entry of the same date as the one answering the first ask (the Esuhai company visited in December 2019,
with the JICA Ho Chi Minh office), not by another entry sharing its words (a June visit naming WAASA)."""

from __future__ import annotations

import pytest

from bot.answers.types import AnswerTypes
from tests.agent.each_asking_part import answered


@pytest.mark.parametrize("question", [
    "Support desk question: when did WAASA visit the JICA office in Ho Chi Minh City, and which Vietnamese company did "
    "they visit on that trip?",
    "When did WAASA visit the JICA Ho Chi Minh office? Which company in Vietnam did they visit during that trip?",
    "WAASAがJICAベトナム・ホーチミン事務所を訪問したのはいつですか。その時に訪問したベトナムの会社はどこですか？",
])
def test_the_entry_of_the_same_event(bot, question: str) -> None:
    answer = answered(bot, question, r"Esuhai", r"2019 Dec: Visit to the JICA")
    assert "June" not in answer and "CINGA" not in answer, answer


@pytest.mark.parametrize("text, expected", [
    ("which Vietnamese company did they visit on that trip?", True),
    ("what did they do during that visit?", True),
    ("who did they meet at the same time?", True),
    ("その時に訪問した会社はどこですか？", True),
    ("その際に会った団体は？", True),
    ("which company did they visit?", False),
    ("what is the purpose of the trip?", False),
    ("訪問した会社はどこですか？", False),
])
def test_pointing_back_to_the_event(text: str, expected: bool) -> None:
    assert AnswerTypes.load().asks_of_event_before(text) == expected
