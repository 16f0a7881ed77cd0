"""Class: a past participation in the JIP said without the word participate ("did the online version before, in
FY2022", "did it in FY2022", "joined in 2021", "I was an intern of this program in FY2019",
「2022年度にオンラインでやりました」) fills participated_fiscal_years, and as a follow-up re-runs the pending eligibility
check; a year of something else done ("finished university in 2022", "joined my company in 2021") is no
participation."""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calls_named, slots_of


@pytest.mark.parametrize("text,year", [
    ("oh and i forgot, i did the online version before, in FY2022", 2022),
    ("i did it in FY2022", 2022),
    ("i joined in 2021", 2021),
    ("I was an intern of this program in FY2019", 2019),
    ("I took the in-person one back in 2020", 2020),
    ("2022年度にオンラインでやりました", 2022),
    ("2021年度に受けました", 2021),
])
def test_past_participation_without_the_word(text: str, year: int) -> None:
    assert slots_of(text).get("participated_fiscal_years") == [year]


@pytest.mark.parametrize("text", [
    "I finished university in 2022",
    "I joined my company in 2021",
    "did JIP change the age limit in 2024?",
    "2024年度に制度が変わりました",
])
def test_another_thing_done_in_a_year_is_no_participation(text: str) -> None:
    assert "participated_fiscal_years" not in slots_of(text)


def test_the_participation_as_a_follow_up_reruns_the_check(bot) -> None:
    reply = converse(bot, "hi i am from kenya 25 years old, i want the meti internship, am i eligible?",
                     "i live in nairobi. no japanese but my english is good (ielts 7.0)",
                     "oh and i forgot, i did the online version before, in FY2022")
    calls = calls_named(reply, "jip_eligibility")
    assert calls, reply
    args = calls[-1].args
    assert args.get("participated_fiscal_years") == [2022]
    assert args.get("nationality") == "Kenya" and args.get("age") == 25
    assert args.get("residing_in_japan") is False and args.get("english_proficient") is True
    assert "cannot apply" in reply.answer


def test_the_participation_in_japanese_as_a_follow_up_reruns_the_check(bot) -> None:
    reply = converse(bot, "ケニア国籍の25歳です。ナイロビに住んでいて、英語が得意です。JIPに応募できますか？",
                     "そういえば、2022年度にオンラインでやりました")
    calls = calls_named(reply, "jip_eligibility")
    assert calls, reply
    assert calls[-1].args.get("participated_fiscal_years") == [2022]
