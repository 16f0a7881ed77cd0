"""Where the person lives, read from their work: an employer named where a place would be ("I worked 5 years at
Toyota", 「トヨタで働いています」, "Kawasaki Heavy Industries") is no place, so nothing is read of where they live (a place
needs a place name: "Toyota city", 「豊田市で」); one's job named with its place ("software developer in Bengaluru",
"nurse in Manila") is where one lives, while a past internship "with a company in Nagoya" is not; a city named with
its country after "I'm from" ("I'm from Santiago, Chile") is where one lives when nothing else is said of it."""

from __future__ import annotations

import pytest

from tests.agent.reading_checks import slots_of


@pytest.mark.parametrize("text", [
    "I work at Toyota. I'm Thai, 28, N3. Can I apply for JIP?",
    "I worked 5 years at Toyota, now I'm 30, Indonesian, english good. Eligible for the Japan internship?",
    "I'm working at Hitachi, Vietnamese, 27, N2. Can I apply for JIP?",
    "I am an engineer at Toyota Motor Thailand, 27, Thai, N2, JIP eligible?",
    "タイ人、27歳、N2です。トヨタで働いています。JIPに応募できますか？",
    "ベトナム人、29歳、N3。川崎重工に勤務しています。JIPは応募できますか？",
])
def test_an_employer_is_no_place(text) -> None:
    assert "residing_in_japan" not in slots_of(text)


@pytest.mark.parametrize("text", [
    "I live in Toyota city. I'm Brazilian, 25, N3. Can I apply for JIP?",
    "I work in Toyota, Aichi. I'm Brazilian, 25, N3. Can I apply for JIP?",
    "I'm working at Kawasaki Heavy Industries in Kobe. Vietnamese, 27, N2. JIP?",
    "タイ人、27歳、N2です。豊田市で働いています。JIPに応募できますか？",
    "ベトナム人、28歳、N3です。大阪の自動車工場で働いています。JIPに応募できますか？",
    "I'm a software engineer in Tokyo, Indian, 29. Can I apply for JIP?",
])
def test_a_place_name_is_still_a_place(text) -> None:
    assert slots_of(text).get("residing_in_japan") is True


@pytest.mark.parametrize("text", [
    "Hello sir, Rahul here, Indian national, 33 years, software developer in Bengaluru, english fluent (my whole career "
    "is in english). I did the METI online internship in FY2021 with a company in Nagoya and loved it. Can I apply "
    "again for the FY2024 round, maybe in-person this time?",
    "I'm a nurse in Manila, Filipino, 29, english good. JIP eligible?",
    "Hola! I'm from Santiago, Chile, 30 years old, industrial engineer, my english is good (TOEFL 95). I want to do the "
    "Japan internship program from METI, online or in person. Am I eligible?",
])
def test_a_job_or_a_home_city_abroad_is_not_residing_in_japan(text) -> None:
    assert slots_of(text).get("residing_in_japan") is False


@pytest.mark.parametrize("text,expected", [
    ("I'm from Chile, 30, english good. JIP eligible?", None),  # a country alone: the nationality only
    ("I'm from Hanoi, Vietnam but I live in Osaka now. 25, N2. Can I apply to JIP?", True),
    ("I'm from Santiago, Chile and I'm currently in Tokyo. 30, english good. JIP eligible?", True),
])
def test_what_else_is_said_of_residence_wins_over_the_home_city(text, expected) -> None:
    assert slots_of(text).get("residing_in_japan") is expected
