"""Years of work are no age, and an age stated for the rule's own day is the age: "software engineer, 6 years working
in an outsourcing company ... I turned 40 in March this year so i will still be 40 on 1 August 2024" is 40 (before: 6,
"You cannot apply ... Age 6"). A duration after a self-description word ("engineer, 6 years working", "graduate, 3 yrs
of experience", 「6年勤務」) is how long someone worked; "turned 40", "will (still) be 40 on <date>" state the age."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text,age", [
    ("Hello, my name is Thanh. I am from Vietnam, software engineer, 6 years working in an outsourcing company here in "
     "Da Nang. I turned 40 in March this year so i will still be 40 on 1 August 2024. I have JLPT N2. Am I still ok to "
     "apply for the METI Japan Internship Program or I am too old already?", 40),
    ("I'm a nurse, 8 years of experience. I will be 35 on 1 August 2024. Vietnamese, N3. Can I apply for JIP?", 35),
    ("Graduate, 3 years working as a translator in Manila, I turned 29 last month. Filipino, english fluent, can I "
     "apply to JIP?", 29),
    ("I am an engineer, 12 yrs in the industry, i'm 38, Indian citizen, N2. eligible for JIP?", 38),
    ("Student, 5 years studying Japanese; I will be 22 on 1 Aug 2024. I'm from Nepal, N3. Can I apply for the "
     "internship program?", 22),
    ("software engineer, 7 years of work in Hanoi, 33 years old, Vietnamese, N2, can i apply for JIP?", 33),
    ("ソフトウェアエンジニアとしてダナンの会社で6年勤務しています。今年3月に40歳になりました。ベトナム国籍でN2です。"
     "JIPに応募できますか？", 40),
    ("ベトナム人のエンジニアです。6年間働いています。2024年8月1日時点で40歳です。N2あります。応募できますか？", 40),
])
def test_years_of_work_are_no_age(text: str, age: int) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.slots["age"] == age


def test_an_age_stated_for_the_rules_day_needs_no_dated_note() -> None:
    parsed = UNDERSTANDER.parse("I turned 40 in March this year so i will still be 40 on 1 August 2024. Vietnamese, "
                                "N2. Can I apply for JIP?")
    assert parsed.slots["age"] == 40
    assert "reading.age_dated" not in [k for k, _ in parsed.notes]


def test_the_reply_checks_the_stated_age(bot) -> None:
    from support import converse

    reply = converse(bot, "I am from Vietnam, software engineer, 6 years working in an outsourcing company here in Da "
                          "Nang. I turned 40 in March this year so i will still be 40 on 1 August 2024. I have JLPT N2. "
                          "Am I still ok to apply for the Japan Internship Program?")
    call = next(c for c in reply.tool_calls if c.name == "jip_eligibility")
    assert call.args["age"] == 40
    assert "Age 6" not in reply.answer and "not eligible" not in reply.answer
