"""Class: a yes/no answered by a requirement the user lacks (the five years, limited to excellent companies, asked by a
normal company: limits UNMET) says what the rule book gives the user instead (a standard organization: No.1 and No.2;
No.3 only for excellent ones), from the quota's stage rows with their ids, in English and Japanese."""

from __future__ import annotations

import pytest

from bot.answers.limits import Limits
from tests.agent.each_asking_part import answered


@pytest.mark.parametrize("question", [
    "Can every company keep a technical intern trainee for up to 5 years? We're a normal company and our supervising "
    "organization is not the excellent type.",
    "We are not an excellent implementing organization. Can we keep our technical intern trainees for five years?",
    "普通の会社で、監理団体も優良ではありません。技能実習生を5年間受け入れることはできますか？",
])
def test_what_the_rule_book_gives_instead(bot, question: str) -> None:
    answer = answered(bot, question, r"(?:No\.3|3号)", r"`titp\.quota\.standard\.no3`", r"`titp\.quota\.standard\.no2`")
    assert answer.startswith(("No", "いいえ")), answer


@pytest.mark.parametrize("requirement, name", [
    ("excellent companies under an excellent supervisory organization", "excellent"),
    ("優良な実習実施者", "excellent"),
    ("university students", ""),
])
def test_the_requirement_named(requirement: str, name: str) -> None:
    assert Limits.load().unmet_instead(requirement) == name
