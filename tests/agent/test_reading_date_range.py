"""A duration given as a date range ("from oct 1 to nov 14", "10月1日から11月14日まで", "10月1日〜14日") gives the days,
both ends counted unless the message says one is not, and the reply says the counting; it asked for the days before.
A range without a year counts only the months' lengths."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize(("text", "days"), [
    ("my in-person JIP internship runs from oct 1 to nov 14 (both days counted). how much activity support money will "
     "i get in total?", 45),
    ("Online internship from 1 October to 14 November, how much support money in total?", 45),
    ("in-person JIP from Dec 20 to Jan 10, support funds total?", 22),
    ("In-person internship between 2024-10-01 and 2024-11-14: how much support money?", 45),
    ("in-person internship from 2024-10-01 to 2024-11-14, not counting the last day. how much support money?", 44),
    ("対面のインターンシップで、10月1日から11月14日までです。活動支援金はいくらですか。", 45),
    ("オンラインで10月1日〜14日まで参加します。支援金はいくら？", 14),
    ("対面で2024年10月1日～2024年11月14日のインターンシップ、最終日は含めない場合の活動支援金は？", 44),
])
def test_a_date_range_gives_the_days(text: str, days: int) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.slots["days"] == days
    assert [key for key, _ in parsed.notes] == ["reading.date_range"]
    assert parsed.slots.keys() <= {"days", "mode"}


def test_days_stated_win_over_a_range() -> None:
    parsed = UNDERSTANDER.parse("in-person, 40 days starting from oct 1 to nov 14 maybe. support money?")
    assert parsed.slots["days"] == 40


@pytest.mark.parametrize(("text", "line"), [
    ("my in-person JIP internship runs from oct 1 to nov 14 (both days counted). how much activity support money will "
     "i get in total?", "oct 1 to nov 14 is 45 days, both ends counted"),
    ("対面のインターンシップで、10月1日から11月14日までです。活動支援金はいくらですか。", "両端の日を含めて45日"),
])
def test_the_funds_run_with_the_days_and_say_the_counting(bot, text: str, line: str) -> None:
    from support import converse

    reply = converse(bot, text)
    assert reply.tool_calls[0].name == "jip_support_funds" and reply.tool_calls[0].args["days"] == 45
    assert line in reply.answer


@pytest.mark.parametrize("text", [
    "What were the dates when METI accepted Re-Skills applications? Was it from April 1 to May 31?",
    "Re-Skillsの申請受付期間はいつでしたか？4月1日から5月31日まで？",
])
def test_dates_asked_about_are_no_duration(text: str) -> None:
    assert "days" not in UNDERSTANDER.parse(text).slots


def test_a_range_answers_the_days_asked(bot) -> None:
    from support import converse

    reply = converse(bot, "How much support money do I get for an in-person JIP internship?", "it runs from oct 1 to nov 14")
    assert reply.tool_calls[0].name == "jip_support_funds" and reply.tool_calls[0].args["days"] == 45
