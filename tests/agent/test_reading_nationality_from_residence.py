"""The country the applicant lives in gives the nationality when the message states none anywhere, said as an
assumption, by one rule in both languages: "Now I'm 27, still living in Indonesia ... can I apply again?" is checked
as Indonesia, "Assumed: you are a citizen of Indonesia, where you live"; so are "I live in Singapore" (read before as
no nationality), a country after the city lived in ("living in Dhaka, Bangladesh": English read it as a nationality
stated, with no assumption said) and 「バングラデシュのダッカに住んでいる」 (Japanese read no nationality: the two languages
differed), and the country of a city lived in ("I live in Dhaka", 「ダッカに住んでいる」). A nationality stated anywhere
wins ("I'm Kenyan ... living in Berlin, Germany" keeps Kenya; "a PRC passport but live in Singapore" keeps China:
test_reading_nationality_over_residence); Japan, two countries lived in, a stay that is over or another person's home
say nothing; "Sri Lanka" lived in is the country, never a city named "Sri"."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()
NOTE = "assume.nationality_from_residence"


@pytest.mark.parametrize("text,country", [
    ("Halo! I did the JIP online internship in FY2022 (company in Osaka, I worked from home in Bandung). Now I'm 27, "
     "still living in Indonesia, English is ok. I really liked it, can I apply again for the FY2024 in-person one?",
     "Indonesia"),
    ("I'm 25, still living in Vietnam, N3. Can I apply for the Japan Internship Program?", "Viet Nam"),
    ("I still live in Sri Lanka, 29 years old, english fluent. am I eligible for JIP?", "Sri Lanka"),
    ("I'm 30, N2, still based in Malaysia. Can I apply for JIP?", "Malaysia"),
    ("my friend lives in Peru. I'm 24, N3, I have always lived in Chile. can I apply for JIP?", "Chile"),
    ("今もインドネシアに住んでいる27歳です。英語は大丈夫です。JIPに応募できますか？", "Indonesia"),
    ("I live in Singapore. 24, N1. Can I apply to JIP?", "Singapore"),
    ("I am living in Singapore, 24, N1, can I apply to JIP?", "Singapore"),
    ("シンガポールに住んでいます。24歳、N1。JIPに応募できますか？", "Singapore"),
    ("I'm a 31 year old engineer living in Dhaka, Bangladesh. I have JLPT N2. Can I apply to JIP?", "Bangladesh"),
    ("im 29 and based in Nairobi, Kenya, english fluent, can I join JIP?", "Kenya"),
    ("バングラデシュのダッカにすんでいる31さいのエンジニアです。JLPT N2をもっています。JIPにおうぼできますか？", "Bangladesh"),
    ("バングラデシュ在住の31歳です。JLPT N2です。JIPに応募できますか？", "Bangladesh"),
    ("I'm 31, I live in Dhaka. JLPT N2. Can I apply to JIP?", "Bangladesh"),
    ("ダッカに住んでいる31歳です。JLPT N2です。JIPに応募できますか？", "Bangladesh"),
])
def test_the_country_lived_in_gives_the_nationality_said_as_assumed(text: str, country: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.slots["nationality"] == country
    assert NOTE in [k for k, _ in parsed.notes]


@pytest.mark.parametrize("text,nationality", [
    ("Hello. I'm Kenyan (Kenya passport) but currently living and working in Berlin, Germany for 3 years as logistics "
     "coordinator. I am 31. Can I apply to JIP?", "Kenya"),
    ("I'm Filipino, 28, living in Vietnam, english fluent. Can I apply for JIP?", "Philippines"),
    ("I am 26 and I live in Japan. Can I apply for JIP?", None),
    ("I'm 27, I live in Thailand and in Laos half of the year. N3. Can I apply for JIP?", None),
    ("ケニア国籍で、ドイツに住んでいる31歳です。英語は流暢です。JIPに応募できますか？", "Kenya"),
])
def test_a_stated_nationality_wins_and_japan_or_two_countries_say_none(text: str, nationality: str | None) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.slots.get("nationality") == nationality
    assert NOTE not in [k for k, _ in parsed.notes]


def test_the_reply_states_the_assumed_nationality(bot) -> None:
    from support import converse

    reply = converse(bot, "Now I'm 27, still living in Indonesia, English is ok. Can I apply for the Japan Internship "
                          "Program?")
    call = next(c for c in reply.tool_calls if c.name == "jip_eligibility")
    assert call.args["nationality"] == "Indonesia"
    assert "you are a citizen of Indonesia, where you live" in reply.answer
