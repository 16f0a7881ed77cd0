"""A birth date gives the age on the program's reference date (JIP: 1 August 2024), computed from the date and said
as an assumption ("born 1983-09-15, so 40 on 1 August 2024"); it was read as no age. A birth year alone (or a year and
the reference date's month) allows two ages there: the reply says so and the age is asked."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize(("text", "age"), [
    ("Uzbek passport, living in Seoul for work. Born 15 September 1983. English is fine. Am I too old for the FY2024 "
     "Japan internship program?", 40),
    ("Vietnamese, born on September 15th, 1983, JLPT N2, living in Hanoi. Can I apply to JIP?", 40),
    ("DOB: 1990-03-02, Vietnamese, living in Hanoi, JLPT N2. eligible for JIP?", 34),
    ("I was born Aug 1, 1984 and I'm from Kenya with N3. JIP eligible?", 40),
    ("Date of birth 2 August 1983, Nepali, N3. Can I join the Japan internship program?", 40),
    ("ベトナム国籍、1983年9月15日生まれ、N2です。JIPに応募できますか。", 40),
    ("昭和60年3月1日生まれのインドネシア人です。英語ができます。JIPの対象ですか。", 39),
    ("生年月日は1983年8月2日です。ネパール国籍、N3。JIPに応募できますか。", 40),
])
def test_a_birth_date_gives_the_age_on_the_reference_date(text: str, age: int) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.slots["age"] == age
    assert ("reading.birth_date" in [key for key, _ in parsed.notes])


@pytest.mark.parametrize(("text", "ages"), [
    ("Born August 1983, Filipino, N2. JIP?", [40, 41]),
    ("I'm Indian, born in 1983, N2. Can I join JIP?", [40, 41]),
    ("born 2006, Thai, living in Bangkok, N3. JIP ok?", [17, 18]),
    ("1983年生まれのケニア人です。N3です。JIPに参加できますか。", [40, 41]),
])
def test_a_birth_year_alone_whose_ages_straddle_the_limit_is_said_and_the_age_asked(text: str, ages: list[int]) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert "age" not in parsed.slots
    notes = dict(parsed.notes)
    assert notes["reading.birth_year_only"]["ages"] == ages


@pytest.mark.parametrize(("text", "ages", "within"), [
    ("I'm Kenyan, born in 1984, N3. Can I join JIP?", [39, 40], True),
    ("平成7年生まれ、フィリピン国籍、N3。JIPに応募できますか。", [28, 29], True),
    ("1984年生まれのケニア人です。N3です。JIPに参加できますか。", [39, 40], True),
    ("born 1970, Indian, living in Delhi, N2. can I apply for JIP?", [53, 54], False),
    ("1970年生まれのインド人で、デリー在住、N2です。JIPに応募できますか？", [53, 54], False),
])
def test_a_birth_year_alone_whose_ages_all_meet_or_all_miss_the_limit_decides_it(
        text: str, ages: list[int], within: bool) -> None:
    """Either possible age gives the same verdict: the check is made with the younger, and both are said."""
    parsed = UNDERSTANDER.parse(text)
    assert parsed.slots["age"] == ages[0]
    note = dict(parsed.notes)["reading.birth_year_either_age"]
    assert note["ages"] == ages and note["within"] is within


@pytest.mark.parametrize(("text", "said"), [
    ("I was born in 1990, I'm from Vietnam and live in Hanoi, JLPT N2. Can I join the Japan Internship Program?",
     "33 or 34 on 1 August 2024 depending on the birthday; either age is within the age limit"),
    ("1995年生まれのインドネシア人で、ジャカルタに住んでいます。JLPT N2です。JIPに応募できますか？",
     "誕生日によって28歳か29歳ですが、どちらでも年齢要件を満たすため"),
])
def test_a_decided_birth_year_says_both_ages_in_the_reply(bot, text: str, said: str) -> None:
    reply = bot.reply(bot.new_conversation(), text)
    assert said in reply.answer, reply.answer


def test_a_stated_age_wins() -> None:
    parsed = UNDERSTANDER.parse("I am 35 years old (born in 1989), from Vietnam, JLPT N3. Can I apply to JIP?")
    assert parsed.slots["age"] == 35


@pytest.mark.parametrize(("text", "line"), [
    ("Uzbek passport, living in Seoul for work. Born 15 September 1983. English is fine. Am I too old for the FY2024 "
     "Japan internship program?", "born 1983-09-15, so 40 on 1 August 2024"),
    ("ベトナム国籍、1983年9月15日生まれ、N2、ハノイ在住です。JIPに応募できますか。", "2024年8月1日時点で40歳"),
])
def test_the_reply_runs_with_the_age_and_says_how(bot, text: str, line: str) -> None:
    from support import converse

    reply = converse(bot, text)
    call = next(c for c in reply.tool_calls if c.name == "jip_eligibility")
    assert call.args["age"] == 40
    assert line in reply.answer
