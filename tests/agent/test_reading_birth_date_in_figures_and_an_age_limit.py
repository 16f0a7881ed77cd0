"""A birth date written in figures ("1984/9/10生まれ", "1984.9.10", "born on 10/09/1984") gives the age on the rule's
reference date (JIP: 1 August 2024), and none of its numbers is an age (the 9 of "10/09/1984" was read as age 9 and the
birth date skipped). Day and month as figures both orders allow are read day/month and the reply says so, with the
other order's age (bot/text/dates.py ``day_month_readings``, note ``reading.age_birth_date_day_month``). An age said as
the rule's limit beside a birth date ("Is over 40 a problem?", 「40歳過ぎてるとダメですよね？」) is no stated age: the birth
date's age is used without "you gave 40 as your age now" (pack ``age_bounds``, bot/agent/understand.py
``_age_said_apart``)."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize(("text", "age", "born"), [
    ("インドネシア国籍、1984/9/10生まれです。英語ができます。JIPに応募できますか", 39, "1984-09-10"),
    ("1984.9.10生まれ、インドネシア国籍です。JIPに応募できますか", 39, "1984-09-10"),
    ("生年月日は1983/8/2です。ネパール国籍、N3。JIPに応募できますか。", 40, "1983-08-02"),
    ("昭和59年9月10日生まれ、インドネシア国籍です。JIPに応募できますか", 39, "1984-09-10"),
    ("Indonesian, English ok. DOB 20/09/1984. Can I apply to JIP?", 39, "1984-09-20"),
    ("Kenyan, N3, born on 09/20/1984. JIP eligible?", 39, "1984-09-20"),
], ids=["ja-slashes", "ja-dots", "ja-seinengappi", "ja-era", "en-day-over-12", "en-month-first"])
def test_a_birth_date_in_figures_gives_the_age_and_no_number_of_it_is_an_age(text: str, age: int, born: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.slots["age"] == age
    assert dict(parsed.notes)["reading.birth_date"]["born"] == born


@pytest.mark.parametrize(("text", "age", "other_age"), [
    ("Indonesian, born on 10/09/1984. Can I apply to JIP?", 39, 39),
    ("Indonesian, English ok. DOB 05/08/1984. JIP ok?", 39, 40),
    ("Date of birth: 03.04.1990, Vietnamese, N2. Can I join JIP?", 34, 34),
    ("インドネシア国籍、生年月日は1984/9/10、英語可。JIPに応募できますか", 39, None),
], ids=["en-same-age", "en-ages-differ", "en-dots", "ja-year-first-no-doubt"])
def test_day_and_month_in_figures_read_day_first_and_said(text: str, age: int, other_age: int | None) -> None:
    parsed = UNDERSTANDER.parse(text)
    notes = dict(parsed.notes)
    assert parsed.slots["age"] == age
    if other_age is None:
        assert "reading.age_birth_date_day_month" not in notes
    else:
        assert notes["reading.age_birth_date_day_month"]["other_age"] == other_age


@pytest.mark.parametrize("text", [
    "あ、年齢を書き忘れました。1984年9月10日生まれです。40歳過ぎてるとダメですよね？",
    "1984年9月10日生まれです。40歳を超えていると応募できませんか？",
    "インドネシア国籍、英語可。1984年9月10日生まれ、40歳以上は対象外ですか？",
    "I was born 10 September 1984. Is over 40 a problem?",
    "Indonesian, English ok, born 10 Sep 1984. Are people older than 40 excluded from JIP?",
    "Indonesian, English fine, born 1984-09-10. Does the 40 age limit rule me out of JIP?",
], ids=["ja-case", "ja-koete", "ja-ijou", "en-over", "en-older-than", "en-age-limit"])
def test_an_age_said_as_the_rules_limit_is_no_stated_age_beside_a_birth_date(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    notes = dict(parsed.notes)
    assert parsed.slots["age"] == 39
    assert "reading.age_birth_date_over_stated" not in notes
    assert notes["reading.birth_date"]["age"] == 39


@pytest.mark.parametrize(("text", "line"), [
    ("Indonesian, living in Perth, English is fine, born on 05/08/1984. Can I apply to JIP?",
     "I read 05/08/1984 as day/month/year; if you meant month/day, 1984-05-08, you were 40 then"),
    ("Indonesian, living in Perth, English is fine, born on 10/09/1984. Can I apply to JIP?",
     "read month/day, 1984-10-09, the age is the same"),
], ids=["en-ages-differ", "en-same-age"])
def test_the_reply_says_the_day_month_reading(bot, text: str, line: str) -> None:
    from support import converse

    reply = converse(bot, text)
    call = next(c for c in reply.tool_calls if c.name == "jip_eligibility")
    assert call.args["age"] == 39
    assert line in reply.answer


def test_the_follow_up_with_a_birth_date_and_the_limit_uses_the_birth_dates_age(bot) -> None:
    from support import converse

    reply = converse(bot, "インドネシア国籍で、いまはオーストラリアのメルボルンで働いています。JLPTはN4しか持っていませんが、英語は仕事で"
                          "普通に使っています。JIPに応募できますか？", "あ、年齢を書き忘れました。1984年9月10日生まれです。40歳過ぎてるとダメですよね？")
    call = next(c for c in reply.tool_calls if c.name == "jip_eligibility")
    assert call.args["age"] == 39
    assert "2024年8月1日時点で39歳" in reply.answer
    assert "現在40歳" not in reply.answer
