"""Class: the user's word for their own organisation (当会, 当社, 弊社, 当方, うち, "our association", we) is never the
question's subject term: the subject is the kind they name (業界団体, an industry association, an NPO, a local
government), and the unit that names it answers (the in-person host rule that excludes it: no)."""

from __future__ import annotations

import re

import pytest

from bot.answers.types import AnswerTypes
from tests.agent.each_asking_part import answered

NOT_ELIGIBLE = r"(?i)対象外|除外|なれません|できません|not eligible|exclude"


@pytest.mark.parametrize("question,kind", [
    ("当会は一般社団法人の業界団体です。JIPのインターン生を当会で受け入れることはできますか？", "業界団体"),
    ("当方、一般社団法人の業界団体です。会員企業の海外展開支援のため、JIPの対面インターンの受入れ先になれますでしょうか。", "業界団体"),
    ("弊社はNPO法人です。うちでJIPのインターン生を受け入れられますか？", r"非営利|NPO"),
    ("We are an industry association. Can our association host a JIP intern in person?", "industry association"),
    ("Our organisation is a non-profit. Can we host an in-person JIP intern?", r"non-profit"),
])
def test_the_kind_named_is_the_subject_not_the_own_organisation_word(bot, question: str, kind: str) -> None:
    answer = answered(bot, question, NOT_ELIGIBLE, kind)
    assert "当会」" not in answer and "当方」" not in answer and "うち」" not in answer


@pytest.mark.parametrize("question", [
    "受入れ先になれますでしょうか。",
    "応募できますでしょうか",
])
def test_the_polite_yes_no_ask_is_a_yes_no(question: str) -> None:
    from bot.answers.limits import Limits

    assert Limits.load().asks_yes_no(question)
