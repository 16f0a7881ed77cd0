"""A share of a course said as a fraction in words or figures ("40 hours, two thirds of it hands-on practice", "half of
it hands-on", "labs make up one third", 「その3分の2が実習です」, 「実習は全体の3分の2」) is that share of the course's
total, read exactly (pack ``share_words`` "200/3", ``share_fractions``); a number of its own words ("two 3rds": 3) or
the total itself is no practical hours (it was read as 3 hours, 7.5%). Hours that are not whole (26.67) are said with
the share, which is what the rule compares (responses ``assume.course_practical_share``)."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize(("text", "share", "total"), [
    ("Our AI course is 40 hours, two thirds of it hands-on practice. Does it meet Re-Skills?", 200 / 3, 40),
    ("Our AI course is 36 hours, half of it hands-on practice. Re-Skills ok?", 50, 36),
    ("Our AI course is 40 hours, a quarter of it is exercises. Re-Skills?", 25, 40),
    ("Our AI course is 60 hours and hands-on labs make up one third. Re-Skills?", 100 / 3, 60),
    ("Our cloud course is 30 hours; 2/3 of it is hands-on labs. Does it meet Re-Skills?", 200 / 3, 30),
    ("AI講座は全40時間で、その3分の2が実習です。Reスキルの要件を満たしますか？", 200 / 3, 40),
    ("AI講座は40時間、うち4分の1が演習です。Reスキル講座の要件は？", 25, 40),
    ("AI講座は全30時間で、実習は全体の3分の2です。Reスキルの要件は？", 200 / 3, 30),
], ids=["en-two-thirds", "en-half-no-verb", "en-a-quarter", "en-make-up-one-third", "en-figures", "ja-sono",
        "ja-uchi", "ja-zentai-no"])
def test_a_share_in_words_is_that_share_of_the_course(text: str, share: float, total: int) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.slots["practical_share"] == pytest.approx(share)
    assert parsed.slots["total_hours"] == total
    assert "practical_hours" not in parsed.slots


@pytest.mark.parametrize(("text", "line", "hours"), [
    ("Our AI course is 40 hours, two thirds of it hands-on practice. Does it meet Re-Skills?",
     "66.7% of 40 hours practical (about 26.67 hours, not a whole number: the rule compares the share)", 26.67),
    ("AI講座は全40時間で、その3分の2が実習です。Reスキルの要件を満たしますか？", "40時間のうち66.7%が実習（約26.67時間で整数にならないため", 26.67),
    ("Our AI course is 36 hours, half of it hands-on practice. Re-Skills ok?", "50% of 36 hours practical", 18),
], ids=["en", "ja", "en-whole"])
def test_the_reply_checks_the_share_and_says_it(bot, text: str, line: str, hours: float) -> None:
    from support import converse

    reply = converse(bot, text)
    call = next(c for c in reply.tool_calls if c.name == "reskills_course_check")
    assert call.args["practical_hours"] == pytest.approx(hours)
    assert line in reply.answer
    assert "not a whole number" not in reply.answer or hours != int(hours)
