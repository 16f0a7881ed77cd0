"""Class: a question (or a follow-up) asking the alternative to the electronic route (can't send electronically,
電子で送れない, by post instead, 紙で提出) is answered by the mailing unit: the address with the postmark condition."""

from __future__ import annotations

import pytest

from bot.answers.types import AnswerTypes
from tests.agent.each_asking_part import answered

MAILING = [r"100-8901|Kasumigaseki", r"(?i)postmark|消印"]


@pytest.mark.parametrize("question", [
    "添付書類がどうしても電子で送れない場合はどうしたらいいですか？",
    "電子申請ができないときはどうすればいいですか",
    "What if we can't send the attachments electronically?",
    "Can we send the documents by post instead?",
    "The e-Gov upload doesn't work. What now?",
])
def test_the_alternative_to_the_electronic_route_asks_the_address(question: str) -> None:
    assert "address" in AnswerTypes.load().classify(question).types


@pytest.mark.parametrize("turns", [
    ["経産省のリスキル講座の認定申請って、どうやって出すんですか？ざっくり流れを教えてください。",
     "添付書類がどうしても電子で送れない場合はどうしたらいいですか？"],
    ["How do we apply for Re-Skills course certification?", "What if we can't send the attachments electronically?"],
    ["How do we apply for Re-Skills course certification?", "Can we send the attachments by post instead?"],
    ["Reスキル講座の申請方法を教えてください。", "紙で提出することはできますか？"],
])
def test_a_follow_up_on_the_electronic_route_gets_the_mailing_unit(bot, turns: list[str]) -> None:
    answered(bot, turns, *MAILING)
