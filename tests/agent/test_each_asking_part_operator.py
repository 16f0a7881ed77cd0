"""Class: a "who runs / operates it" part beside a question about what a program offers gets the operator unit
(the staffing agency Pasona for Tokyo's SME project) beside the offer (Tokyo WorkNet)."""

from __future__ import annotations

import pytest

from bot.answers.types import AnswerTypes
from tests.agent.each_asking_part import answered


@pytest.mark.parametrize("question", ["who runs it?", "and who operates the project?", "運営しているのはどこですか？"])
def test_who_runs_it_asks_the_office(question: str) -> None:
    assert "office" in AnswerTypes.load().classify(question).hard


@pytest.mark.parametrize("question", [
    "I work at a local support office helping small companies in Tokyo that want to hire foreign staff. Is there "
    "anything the Tokyo metropolitan government offers for these SMEs? who runs it?",
    "What does Tokyo offer SMEs that hire foreign staff, and who operates the project?",
    "東京都は中小企業の外国人材受入れにどんな支援をしていますか？運営しているのはどこですか？",
])
def test_who_runs_it_gets_the_operator_beside_the_offer(bot, question: str) -> None:
    answered(bot, question, r"(?i)Tokyo\s*WorkNet", r"Pasona")
