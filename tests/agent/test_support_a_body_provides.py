"""Class: a question on the support a body provides (東京都の支援みたいなもの, "anything from the Tokyo government to
help SMEs", "does Tokyo offer anything that supports ...") asks for every support measure the passage lists: the
TOKYO WorkNet and the Pasona support project, in English and Japanese, however loosely the support is named."""

from __future__ import annotations

import pytest

from bot.answers.types import AnswerTypes
from tests.agent.each_asking_part import answered

QUESTIONS = [
    "I do HR at a small printing company in Tokyo. Is there anything from the Tokyo government side to help SMEs "
    "recruit and employ foreign workers? what is it called and who runs it?",
    "Is there anything the Tokyo government does to support small companies hiring foreigners?",
    "Does Tokyo offer anything that helps SMEs take on foreign staff?",
    "東京の中小企業です。初めて外国人を雇おうと思っているんですが、東京都がやっている支援みたいなものってありますか？",
    "都内で町工場をやっています。外国人を雇いたいけど何から始めればいいかわからない。東京都には中小企業向けの支援みたいなものってあるんですか？",
    "東京都には外国人を雇う会社へのサポートのようなものはありますか",
]


@pytest.mark.parametrize("question", QUESTIONS)
def test_support_a_body_provides_asks_for_the_list(question: str) -> None:
    assert "list" in AnswerTypes.load().classify(question).types


@pytest.mark.parametrize("question", QUESTIONS)
def test_every_support_measure_is_quoted(bot, question: str) -> None:
    answered(bot, question, r"(?i)work\s*net|ワークネット", r"(?i)pasona|パソナ")
