"""Class: past participation in the JIP with a year, in any phrasing ("did JIP in 2019", "joined JIP in FY2021", "took
part in the JIP in 2022", "participated in JIP in 2019", "2022年度にJIPに参加しました"), fills participated_fiscal_years; a
question about the program with a year ("did JIP change the age limit in 2024?") is no participation."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text,year", [
    ("ok im 29 from india. but i already did JIP in 2019 (the online one). can i join again this year?", 2019),
    ("I completed JIP in FY2021, 30, from Nepal. can i apply again?", 2021),
    ("i went on JIP in 2022. can i apply again?", 2022),
    ("I've done JIP in 2020, am I eligible?", 2020),
    ("I joined JIP in FY2021. can i apply again?", 2021),
    ("I took part in the JIP in 2022, can I apply again?", 2022),
    ("I participated in JIP in 2019. 29, indian. can i apply?", 2019),
    ("2022年度にJIPに参加しました。今年も応募できますか？", 2022),
    ("JIPには2021年度に参加済みです。応募できますか？", 2021),
])
def test_past_participation_with_a_year(text: str, year: int) -> None:
    assert UNDERSTANDER.parse(text).slots.get("participated_fiscal_years") == [year]


def test_a_question_with_a_year_is_no_participation() -> None:
    assert "participated_fiscal_years" not in UNDERSTANDER.parse("did JIP change the age limit in 2024?").slots


def test_participation_reaches_the_check_in_a_follow_up(bot) -> None:
    from support import converse

    reply = converse(bot, "what is the age limit for the METI japan internship program?",
                     "ok im 29 from india. but i already did JIP in 2019 (the online one). can i join again this year?")
    calls = [c for c in reply.tool_calls if c.name == "jip_eligibility"]
    assert calls and calls[-1].args.get("participated_fiscal_years") == [2019]
    assert "2016" in reply.answer
