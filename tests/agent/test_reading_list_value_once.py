"""One value stated twice is one value: "I already did the JIP online internship in 2023 (FY2023)" took part in one
fiscal year, not [2023, 2023]; no list argument holds a duplicate (EN and JA)."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text,years", [
    ("Namaste. I am from Nepal, 24 years old. I have JLPT N4. Also I already did the JIP online internship in 2023 "
     "(FY2023). I want apply again for in-person this time, it is possible?", [2023]),
    ("I joined JIP in FY2019 and again in 2019, and in FY2022.", [2019, 2022]),
    ("2023年度（FY2023）にJIPに参加しました。ネパール人、24歳です。また応募できますか？", [2023]),
])
def test_a_year_stated_twice_is_one_year(text: str, years: list[int]) -> None:
    assert UNDERSTANDER.parse(text).slots["participated_fiscal_years"] == years


def test_no_list_slot_holds_a_duplicate() -> None:
    parsed = UNDERSTANDER.parse("I did JIP in 2021 (FY2021) and 2022 (FY2022). I'm Indian, 30, N2. Can I apply?")
    for value in parsed.slots.values():
        if isinstance(value, list):
            assert len(value) == len(set(value))
