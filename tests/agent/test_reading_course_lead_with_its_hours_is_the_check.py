"""A course told in a lead sentence with its hours (lectures, hands-on exercises, a project presentation) and a start
date, then a verdict asked ("Would it meet the Re-Skills practical-work requirement?"), is a course check: the lead is
the course's data, never a self-introduction to drop (en7d-23 answered with a knowledge quote). bot/agent/understand.py
`_introduced` / `_hours_stated`, pack act ``course_verdict_asked``; a question of another kind after the lead
("When does the next window open?") keeps the reading it had."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize(("text", "practical", "total"), [
    ("We run a 120-hour data science bootcamp for working adults: 50 hours of lectures and 70 hours of hands-on "
     "exercises plus a final project presentation. It starts June 2018. Would it meet the Re-Skills practical-work "
     "requirement?", 70, 120),
    ("We run a 90-hour cloud course: 30 hours of lectures and 60 hours of hands-on labs. Starts April 2019. Does it "
     "satisfy the Re-Skills practical requirement?", 60, 90),
    ("We are a training school with a 100-hour AI course: 40 hours of lectures and 60 hours of exercises. Could it get "
     "Re-Skills certification?", 60, 100),
    ("社会人向けに120時間のデータサイエンス講座を運営しています。講義50時間、演習70時間に最終発表もあります。2018年6月開講です。"
     "Reスキルの実習要件を満たしますか？", 70, 120),
    ("研修会社なんですが、全90時間のクラウド講座で講義30時間、実習60時間です。2019年4月開講予定。Reスキルの認定を受けられますか？",
     60, 90),
], ids=["en-case", "en-starts", "en-training-school", "ja-case", "ja-intro-nandesuga"])
def test_a_course_lead_with_its_hours_then_a_verdict_asked_is_a_course_check(
        text: str, practical: int, total: int) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert not parsed.introduction
    assert parsed.slots["practical_hours"] == practical
    assert parsed.slots["total_hours"] == total
    assert not parsed.asks_knowledge


@pytest.mark.parametrize("text", [
    "We run a care home in Osaka. Would it meet the requirements for accepting trainees?",
    "I'm HR at a small company (40 ppl) in tokyo. Does it qualify for the excellent category?",
], ids=["en-no-hours", "en-people-not-hours"])
def test_a_lead_without_course_hours_stays_an_introduction(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert "practical_hours" not in parsed.slots


def test_the_reply_checks_the_course(bot) -> None:
    from support import converse

    reply = converse(bot, "We run a 120-hour data science bootcamp for working adults: 50 hours of lectures and 70 "
                          "hours of hands-on exercises plus a final project presentation. It starts June 2018. Would "
                          "it meet the Re-Skills practical-work requirement?")
    call = next(c for c in reply.tool_calls if c.name == "reskills_course_check")
    assert (call.args["practical_hours"], call.args["total_hours"]) == (70, 120)
    assert "58.3%" in reply.answer
