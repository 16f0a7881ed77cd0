"""Class: a lead that describes the asker's course with its hours, then asks about a round or an application window and
no verdict ("We are a training school running a 100-hour AI course with 60 hours of hands-on practice. When does the
next application window open?", 「当校は100時間のAI講座（実習60時間）を運営しています。次の申請受付はいつ始まりますか？」)
is a knowledge question on the course's program: no course check runs, the acceptance period is quoted. A verdict
asked beside the round ("Can it be certified in the first round?"), or the check requested (「チェックをお願いします」,
"Please check our course"), still runs the check (ja6a-24)."""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calculators


@pytest.mark.parametrize("text", [
    "We are a training school running a 100-hour AI course with 60 hours of hands-on practice. When does the next "
    "application window open?",
    "Our school runs an 80-hour data science course, 50 hours of it practical. When is the next certification round?",
    "当校は100時間のAI講座（実習60時間）を運営しています。次の申請受付はいつ始まりますか？",
    "うちは全60時間（うち実習40時間）のクラウド講座をやっています。次の募集はいつですか？",
])
def test_the_round_asked_is_answered_without_a_check(bot, text: str) -> None:
    reply = converse(bot, text)
    assert not calculators(reply) and not reply.follow_up and not reply.refused, reply.answer
    assert "October 28, 2017" in reply.answer, reply.answer


@pytest.mark.parametrize("text", [
    "We run a 100-hour AI course with 60 hours of practice. Can it be certified in the next round?",
    "当校は100時間のAI講座（実習60時間）を運営しています。次の募集で認定されますか？",
    "講座の認定要件のチェックをお願いします。総時間40時間、うち実習・演習が24時間です。あと、2017年の最初の募集の締切日はいつでしたか？",
    "Please check our course: 40 hours in total, 24 of them practical. Also, when was the deadline of the first round?",
])
def test_a_verdict_asked_beside_the_round_runs_the_check(bot, text: str) -> None:
    (call,) = calculators(converse(bot, text))
    assert call.name == "reskills_course_check"
