"""Class: whether an organisation may host ("can an industry association host?", "is that possible for us?", "can
one of our member companies (a machine maker) host instead?", 受け入れることはできますか) asks the host condition:
the unit that limits the hosts (small to medium-sized companies, excluding industry associations ...) answers, with
the "no" for the excluded kind the user says they are, even when the English message quotes that kind in Japanese
("an industry association (一般社団法人)")."""

from __future__ import annotations

import pytest

from bot.answers.asks import asked_text
from bot.answers.types import AnswerTypes
from tests.agent.each_asking_part import answered

SME = r"small to medium"


@pytest.mark.parametrize("question", [
    "Hello, I work for an industry association (一般社団法人) in Osaka, we have about 40 staff. We would like to host "
    "a foreign intern from the METI Japan Internship Program. Is that possible for us? If not, can one of our member "
    "companies (a 90-person machine maker in Higashi-Osaka) host instead?",
    "We are a non-profit organization (NPO, about 12 staff in Kobe). Can we host a JIP intern? If not, could one of our "
    "partner companies (a 50-person food factory) host?",
    "当団体は一般社団法人（業界団体）です。経済産業省のJIPでインターンを受け入れることはできますか。できない場合、会員企業"
    "（従業員90名の機械メーカー）なら受け入れられますか。",
])
def test_the_host_condition_answers_with_the_exclusion(bot, question: str) -> None:
    answered(bot, question, SME, r"(?:exclud|対象外)")


@pytest.mark.parametrize("question", [
    "Is that possible for us?",
    "If not, can one of our member companies (a 90-person machine maker in Higashi-Osaka) host instead?",
    "Can an industry association host an intern?",
    "Could we accept a JIP intern?",
])
def test_whether_someone_may_host_asks_the_condition(types: AnswerTypes, question: str) -> None:
    assert "condition" in types.classify(question).types


@pytest.mark.parametrize("message", [
    "Hello, I work for an industry association (一般社団法人) in Osaka. Is that possible for us?",
    "Our school (学校法人) wants to apply. Which forms do we need?",
])
def test_an_english_message_quoting_a_japanese_term_is_read_whole(message: str) -> None:
    assert asked_text(message) == message


def test_english_keywords_before_a_japanese_question_are_left_out() -> None:
    assert asked_text("maximum period years 技能実習の期間は最長何年ですか？") == "技能実習の期間は最長何年ですか？"
