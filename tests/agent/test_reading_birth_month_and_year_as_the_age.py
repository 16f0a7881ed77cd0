"""A birth month and year as the age basis, also in a self-introduction before the question ("hi im vietnamese, born
november 1983, ... am i too old??"): the age on the reference date (JIP: 1 August 2024) is computed from it (40), and the
introduction's facts with it make the question the applicant's eligibility check (bot/agent/understand.py `_introduced`,
`_birth_date`). A birth year alone allows two ages there: they are said and the age is asked."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text", [
    "hi im vietnamese, born november 1983, live in ho chi minh city. i have JLPT N2. never did jip before. am i too "
    "old?? can apply?",
    "im vietnamese, born november 1983. i have JLPT N2. am i too old??",
    "I'm Filipino, born Nov 1983. N2. too old for JIP?",
    "hello, i am from nepal, born in november 1983. i have N3. am i too old?",
    "ベトナム人です、1983年11月生まれ、ホーチミン在住です。JLPT N2を持っています。JIPは初めてです。年齢的にもう無理ですか？応募できますか？",
    "ネパール出身で1983年11月生まれです。N3です。JIPに応募できますか？",
], ids=["en-case", "en-short", "en-abbreviated-month", "en-born-in", "ja-case", "ja-short"])
def test_birth_month_and_year_gives_the_age(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.slots.get("age") == 40
    assert "jip_eligibility" in parsed.intents
    notes = dict(parsed.notes)
    assert notes["reading.birth_date"]["born"] == "1983-11"


@pytest.mark.parametrize("text", [
    "I'm Kenyan, born in 1990, N3. am i too old for JIP?",
    "I'm from Vietnam, born in 1990, JLPT N2, can I apply to JIP?",
    "ベトナム国籍で1990年生まれ、JLPT N2、ハノイ在住です。JIPに応募できますか？",
], ids=["en-intro", "en-one-sentence", "ja"])
def test_birth_year_alone_says_both_ages_and_checks_with_either(text: str) -> None:
    """Both possible ages (33 or 34) are within the limit: the age check is made, both ages said."""
    parsed = UNDERSTANDER.parse(text)
    assert parsed.slots["age"] == 33
    assert dict(parsed.notes)["reading.birth_year_either_age"]["ages"] == [33, 34]
