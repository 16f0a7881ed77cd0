"""A full birth date beside an age stated for today ("born 20 September 1984 ... I am 42 now"): the age the rule counts
is the one on its reference date (JIP: 1 August 2024), from the birth date (39); the stated age, a few years later, is
today's. The reply says which age it used and why (bot/agent/understand.py `_birth_date`, note
``reading.age_birth_date_over_stated``). An age the birth date cannot tell apart (a year alone) or an earlier age than
the reference date's stays as stated."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text", [
    "Hello, I am from Indonesia, born 20 September 1984, living in Surabaya. I only have JLPT N4 but my English is good "
    "(IELTS 7.0). Never joined JIP before. I am 42 now - am I too old for the internship?",
    "I'm 42 now, born on 1984-09-20, Indonesian, English is fine. Can I apply to JIP?",
    "Indonesian, DOB 20/09/1984, currently 41 years old, good English. JIP eligible?",
    "インドネシア出身で、1984年9月20日生まれ、今42歳です。英語は得意です。JIPに応募できますか？",
    "生年月日は1984年9月20日で、現在41歳です。インドネシア国籍、英語ができます。JIPの対象ですか？",
], ids=["en-case", "en-age-first", "en-currently", "ja-ima", "ja-genzai"])
def test_birth_date_gives_the_age_on_the_reference_date_over_an_age_now(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.slots["age"] == 39
    notes = dict(parsed.notes)
    assert notes["reading.age_birth_date_over_stated"]["age"] == 39


@pytest.mark.parametrize(("text", "age"), [
    ("I am 35 years old (born in 1989), from Vietnam, JLPT N3. Can I apply to JIP?", 35),
    ("I'm 39, born 20 September 1984, Indonesian, English is fine. Can I apply to JIP?", 39),
    ("1989年生まれ、35歳、ベトナム国籍、N3です。JIPに応募できますか？", 35),
], ids=["en-year-only", "en-same-age", "ja-year-only"])
def test_stated_age_kept_when_the_birth_date_does_not_tell_otherwise(text: str, age: int) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.slots["age"] == age
    assert "reading.age_birth_date_over_stated" not in dict(parsed.notes)


@pytest.mark.parametrize(("text", "line"), [
    ("Hello, I am from Indonesia, born 20 September 1984, living in Surabaya. My English is good (IELTS 7.0). Never "
     "joined JIP before. I am 42 now - am I too old for the internship?", "you were 39 then, so I used 39"),
    ("インドネシア出身で、1984年9月20日生まれ、今42歳です。ジャカルタ在住で英語は得意です。JIPに応募できますか？", "その日の39歳で確認しました"),
], ids=["en", "ja"])
def test_the_reply_says_which_age_it_used(bot, text: str, line: str) -> None:
    from support import converse

    reply = converse(bot, text)
    call = next(c for c in reply.tool_calls if c.name == "jip_eligibility")
    assert call.args["age"] == 39
    assert line in reply.answer
