"""Earlier participation in a fiscal year ("I did the JIP internship in FY2022 already", 2023年度にも参加した) is read as
the years participated."""

from __future__ import annotations

import pytest

from tests.agent.reading_checks import slots_of


@pytest.mark.parametrize("text,years", [
    ("I did the JIP internship in FY2022 already. can I apply again for 2024? I'm Indonesian.", [2022]),
    ("I took part in the Japan Internship Program in 2019. Am I still eligible?", [2019]),
    ("実は2023年度にもこのインターンシップに参加したのですが、今回も応募できますか？", [2023]),
])
def test_earlier_participation_year_is_read(text: str, years: list[int]) -> None:
    assert slots_of(text).get("participated_fiscal_years") == years
