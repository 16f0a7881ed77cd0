"""A city of origin gives the nationality, said as an assumption: "I am from Lagos" is Nigeria (before: "Did you mean
Lao?"), "from Kathmandu" Nepal (before: the tool got 'Kathmandu'), "from Almaty" Kazakhstan, "I grew up in Shanghai"
China, "from Pune" India, 「カトマンズ出身」 Nepal. A nationality stated outright wins; a city in Japan says nothing
about nationality (it is where one lives)."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text,country", [
    ("Good day sir/ma. I am Chinedu, i am from Lagos, 27yrs old. My english is very good. I am living in Lagos now. "
     "Please can i apply for the METI japan internship program??", "Nigeria"),
    ("Namaste. I am from Kathmandu, 24 years old. I have JLPT N4. Can I apply?", "Nepal"),
    ("Salem! I'm from Almaty, I graduated from university in 2019. I turned 40 in March 2024 - am I too old for the "
     "Japan Internship Program?", "Kazakhstan"),
    ("Hi, I grew up in Shanghai and I'm now doing my master's in Munich. I'm 26, I have JLPT N2 and IELTS 7.5. Since "
     "I live in Germany now (not in China), I can apply for the Japan Internship Program, correct?", "China"),
    ("hi im from Pune, 25, english fluent. can i join the japan internship program?", "India"),
    ("カトマンズ出身の24歳です。JLPT N3です。JIPに応募できますか？", "Nepal"),
])
def test_a_city_of_origin_gives_its_country_said_as_assumed(text: str, country: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.slots["nationality"] == country
    assert "assume.nationality_from_city" in [k for k, _ in parsed.notes]


@pytest.mark.parametrize("text,nationality", [
    ("I'm from Osaka but I'm Vietnamese, 25, N3. Can I apply?", "Viet Nam"),
    ("I'm Kenyan, originally from Lagos, 25, N3. Can I apply?", "Kenya"),
    ("大阪出身のベトナム人です。25歳です", "Viet Nam"),
    ("I'm from Osaka, 25, N3. Can I apply?", None),
])
def test_a_stated_nationality_wins_and_a_city_in_japan_says_none(text: str, nationality: str | None) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.slots.get("nationality") == nationality
    assert "assume.nationality_from_city" not in [k for k, _ in parsed.notes]


def test_the_reply_states_the_assumed_nationality(bot) -> None:
    from support import converse

    reply = converse(bot, "Good day. I am from Lagos, 27 years old, my english is fluent, I live in Lagos now. Can I "
                          "apply for the Japan Internship Program?")
    call = next(c for c in reply.tool_calls if c.name == "jip_eligibility")
    assert call.args["nationality"] == "Nigeria"
    assert "from Lagos, so a citizen of Nigeria" in reply.answer and "Lao" not in reply.answer


@pytest.mark.parametrize("text,nationality", [
    ("I am from an engineering background, 25, N3. Can I apply for JIP?", None),  # "an" is no Ans (Belgium)
    ("I come from the company side. How many trainees can we take with 40 staff?", None),  # "the" is no Teresina
    ("I'm from Ho Chi Minh City, 24, N3. Can I apply?", "Viet Nam"),  # the whole name, never Ho (Ghana)
])
def test_only_a_citys_whole_name_gives_a_nationality(text: str, nationality: str | None) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert (parsed.slots.get("nationality") if "assume.nationality_from_city" in [k for k, _ in parsed.notes]
            else None) == nationality
