"""The remaining hours are the total less the parts stated: a course told as "an 80-hour course: 48 hours of lectures
and the remaining hours hands-on labs" (「講義48時間、残りの時間は実習」, 「あとは全部演習」) has 80 − 48 = 32 practical
hours (en7d-25 read the lecture figure, 48, as the practical hours); the reply says the subtraction
(bot/agent/understand.py `_course_rest`, pack ``course_per_period`` ``rest``, note ``reading.course_rest_practical``).
A training plan's rest ("the rest is peripheral work", 「あとは全部周辺業務」) is the task's derived part (tasks.yaml
``derive``)."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize(("text", "practical", "total"), [
    ("We plan an 80-hour advanced cybersecurity course: 48 hours of lectures and the remaining hours hands-on labs. "
     "Could it get Re-Skills certification?", 32, 80),
    ("Our AI course is 100 hours in total: 30 hours of lectures, the rest is exercises. Does it meet Re-Skills?", 70, 100),
    ("Our cloud bootcamp is 60 hours: 20 hours of classroom theory and 10 hours of self-study; the remainder goes to "
     "hands-on labs. "
     "Re-Skills ok?", 30, 60),
    ("80時間のサイバーセキュリティ講座で、講義が48時間、残りの時間は実習です。Reスキル講座に認定されますか？", 32, 80),
    ("全80時間の講座です。講義48時間、あとは全部演習。Reスキルの認定は取れますか？", 32, 80),
    ("AI講座は合計100時間で、座学が60時間、それ以外はハンズオンです。Reスキルの要件を満たしますか？", 40, 100),
], ids=["en-remaining-hours", "en-the-rest-is", "en-remainder-two-theory-parts", "ja-nokori-no-jikan",
        "ja-ato-wa-zenbu", "ja-sore-igai"])
def test_the_remaining_hours_are_the_total_less_the_parts_stated(text: str, practical: int, total: int) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.slots["practical_hours"] == practical
    assert parsed.slots["total_hours"] == total
    assert dict(parsed.notes)["reading.course_rest_practical"]["practical"] == practical


@pytest.mark.parametrize("text", [
    "Our AI course is 60 hours: 36 hours of lectures and 24 hours of hands-on labs. Does it meet Re-Skills?",
    "The rest of the course details will follow. Our AI course is 60 hours with 30 hours of exercises. Re-Skills ok?",
    "AI講座は全60時間で、講義36時間、実習24時間です。Reスキルの要件を満たしますか？",
], ids=["en-parts-given", "en-rest-no-practical", "ja-parts-given"])
def test_no_rest_said_leaves_the_parts_as_read(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert "reading.course_rest_practical" not in dict(parsed.notes)


@pytest.mark.parametrize(("text", "plan"), [
    ("Our training plan is 2000 hours: 1000 hours required work, 600 hours related work, and the rest is peripheral "
     "work. Is that OK?", (1000, 600, 400)),
    ("実習計画は合計2000時間で、必須業務1000時間、関連業務600時間、あとは全部周辺業務です。大丈夫ですか？", (1000, 600, 400)),
    ("実習計画は全1800時間。必須業務900時間、周辺業務300時間、残りの時間は関連業務です。問題ありませんか？", (900, 600, 300)),
], ids=["en-plan-rest", "ja-plan-ato-wa-zenbu", "ja-plan-nokori"])
def test_the_remaining_hours_of_a_plan_are_the_total_less_the_parts_stated(bot, text: str, plan: tuple) -> None:
    from support import converse

    reply = converse(bot, text)
    call = next(c for c in reply.tool_calls if c.name == "training_time_split")
    assert (call.args["required_hours"], call.args["related_hours"], call.args["peripheral_hours"]) == plan


@pytest.mark.parametrize(("turns", "practical", "line"), [
    (["We plan an 80-hour advanced cybersecurity course: 48 hours of lectures and the remaining hours hands-on labs. "
      "Could it get Re-Skills certification?"], 32, "80 − 48"),
    (["We plan an 80-hour advanced cybersecurity course: 48 hours of lectures and the remaining hours hands-on labs. "
      "Could it get Re-Skills certification?", "What if we turn 10 of the lecture hours into labs?"], 42, None),
    (["80時間のサイバーセキュリティ講座で、講義が48時間、残りの時間は実習です。Reスキル講座に認定されますか？"], 32, "80−48"),
    (["全80時間の講座です。講義48時間、残りは実習。Reスキルの認定は取れますか？", "講義のうち10時間を実習に回したらどうですか？"], 42, None),
], ids=["en-turn-1", "en-turn-2-move", "ja-turn-1", "ja-turn-2-move"])
def test_the_reply_checks_the_remaining_hours(bot, turns: list[str], practical: int, line: str | None) -> None:
    from support import converse

    reply = converse(bot, *turns)
    call = next(c for c in reply.tool_calls if c.name == "reskills_course_check")
    assert (call.args["practical_hours"], call.args["total_hours"]) == (practical, 80)
    if line:
        assert line in reply.answer
