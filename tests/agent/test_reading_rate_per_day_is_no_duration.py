"""Class: a rate said per day is no duration. 「1日3,000円」, 「3,000円（1日）」, "1 day = 3,000 yen", "3,000 yen per day",
"for 1 day it's 3,000 yen" never fill the days of the support-funds calculator; a duration said beside the rate ("30日間
…1日3,000円で", "30 days at 3,000 yen per day") is still the days."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

RATES = [
    "JIPの活動支援金（対面だと1日3,000円）って、日本で所得税はかかるんですか？",
    "対面のインターンは1日3000円もらえるんですよね？",
    "オンラインだと1日1,000円相当ですか？",
    "対面だと3,000円（1日）ですよね？",
    "The JIP support fund (3,000 yen per day in person) - is it taxed in Japan?",
    "In person it is 3,000 yen a day, right? Is that taxable?",
    "Is 1 day = 3,000 yen for in-person internships?",
    "For 1 day it's 3,000 yen in person, right? Do I pay tax?",
]
DURATIONS = [
    ("対面で30日間のインターンだと、1日3,000円で合計いくら？", 30),
    ("対面で10日間だといくら？", 10),
    ("An in-person internship of 30 days at 3,000 yen per day: how much in total?", 30),
    ("How much would I get for 12 days online?", 12),
]


@pytest.mark.parametrize("text", RATES)
def test_a_rate_per_day_gives_no_days(text: str) -> None:
    assert "days" not in UNDERSTANDER.parse(text).slots


@pytest.mark.parametrize("text, days", DURATIONS)
def test_a_duration_beside_the_rate_is_the_days(text: str, days: int) -> None:
    assert UNDERSTANDER.parse(text).slots.get("days") == days
