"""Class: a number of weeks with the days taken part each week ("8 weeks, 5 days a week", "6 weeks, weekdays only",
"Mon-Fri for 4 weeks", 「8週間、週5日」, 「8しゅうかん、しゅう5日」, 「週5日で8週間」): the days are weeks x days a week (they were read
as 56, 42 or 5 days: a wrong figure at the support-funds tool), and the reply says the reading. Weeks alone are whole
weeks of seven days."""

from __future__ import annotations

import pytest

from support import converse
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text, days", [
    ("online internship 8 weeks, 5 days a week. total support?", 40),
    ("I will do the online internship for 6 weeks, weekdays only. How much support?", 30),
    ("in-person internship, Mon-Fri for 4 weeks, how much support money?", 20),
    ("3 days a week for 10 weeks online, support funds?", 30),
    ("JIPのオンラインインターンに8週間、週5日参加します。活動支援金はぜんぶでいくらですか？", 40),
    ("JIPのオンラインインターンに8しゅうかん、しゅう5日さんかします。かつどうしえんきんはぜんぶでいくらですか？", 40),
    ("対面のインターンで、週4日で6週間の場合、支援金はいくらですか？", 24),
    ("オンラインで6週間、平日のみ参加します。支援金は？", 30),
])
def test_weeks_with_days_a_week_are_their_product(text: str, days: int) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.slots.get("days") == days and ("reading.weeks_of_days" in dict(parsed.notes)), parsed


@pytest.mark.parametrize("text, days", [("in person 4 weeks, how much?", 28), ("対面で3週間の場合の支援金は？", 21)])
def test_weeks_alone_are_whole_weeks(text: str, days: int) -> None:
    assert UNDERSTANDER.parse(text).slots.get("days") == days


@pytest.mark.parametrize("text, days", [("online internship 8 weeks, 5 days a week. how much support in total?", 40),
                                        ("JIPのオンラインインターンに8週間、週5日参加します。支援金は全部でいくら？", 40)])
def test_the_tool_gets_the_product(bot, text: str, days: int) -> None:
    reply = converse(bot, text)
    calls = [c for c in reply.tool_calls if c.name == "jip_support_funds"]
    assert calls and calls[-1].args["days"] == days, reply.tool_calls
