"""Class: a bare age in a self-description list (brief read30: "Nepali 24 N3 living in Kathmandu. JIP?" read no age).
A number from 15 to 99 standing alone as an item of an applicant's list (between commas or slashes, or right before a
JLPT level) is the age, in a message about the applicant (the program or a JLPT level named); JA 「ネパール人、24、N3」
and 「ネパール人 24 N3」 likewise. A count with its unit, a duration or a count of people is never one."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text,age", [
    ("Nepali 24 N3 living in Kathmandu. JIP?", 24),
    ("Filipino, 31, N2, in Manila. Can I apply for JIP?", 31),
    ("vietnamese / 27 / JLPT N2 / living in Hanoi. can i join the japan internship program?", 27),
    ("Indonesian, 29, N3. eligible for JIP?", 29),
    ("Hello, I am Kenyan, 26, English fluent, never in Japan. JIP ok?", 26),
    ("ネパール人、24、N3、カトマンズ在住です。JIPに応募できますか？", 24),
    ("ネパール人 24 N3 カトマンズ在住 JIPに応募できますか", 24),
    ("ベトナム人 27 N2 ハノイ在住です。インターンに応募できますか", 27),
    ("インドネシア国籍/29/N3です。インターンに応募できますか", 29),
])
def test_the_bare_number_is_the_age(text: str, age: int) -> None:
    assert UNDERSTANDER.parse(text).slots.get("age") == age


@pytest.mark.parametrize("text", [
    "Viet Nam, N2, 3 years of work experience. JIP?",
    "We have 45 full-time staff, how many trainees?",
    "Our 2 Nepali trainees have N3, 24 hours of training a week. ok?",
    "常勤 24 人です。N3 の実習生を受け入れたい",
    "ネパール人 2 人が N3 を持っています。JIPに応募できますか",
])
def test_a_number_with_its_unit_is_no_age(text: str) -> None:
    assert "age" not in UNDERSTANDER.parse(text).slots


def test_the_eligibility_is_decided_with_the_age(bot) -> None:
    from support import converse

    reply = converse(bot, "Nepali 24 N3 living in Kathmandu. JIP?")
    calls = [c for c in reply.tool_calls if c.name == "jip_eligibility"]
    assert calls and calls[-1].args.get("age") == 24, reply.answer[:300]
