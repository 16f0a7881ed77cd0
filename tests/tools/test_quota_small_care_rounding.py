"""A small nursing-care establishment's basic number is 10% of its care staff rounded UP (the rule book's row
nursing.small, RULES.md): when that 10% is a fraction the quota tool says how No.1 is reached (finding
``limits_rounded`` with the row's method, ceil), so a user who rounded 1.8 down to 1 sees why it is 2."""

from __future__ import annotations

import pytest

from bot.rules import RuleBook
from bot.tools.quota import trainee_quota


def _rounded(result):
    return next((f for f in result.findings if f.code == "limits_rounded"), None)


@pytest.mark.parametrize("staff, exact, limit", [(18, "1.8", 2), (12, "1.2", 2), (5, "0.5", 1), (27, "2.7", 3)])
def test_a_fractional_ten_percent_is_reported_rounded_up(rules: RuleBook, staff: int, exact: str, limit: int) -> None:
    result = trainee_quota(full_time_employees=staff, occupation="nursing_care", rules=rules)
    finding = _rounded(result)
    assert result.no1_at_once == limit
    assert finding is not None and finding.params["method"] == rules.nursing.small_establishment.rounding == "ceil"
    assert finding.params["limits"] == [{"stage": "no1", "multiplier": 1, "exact": exact, "limit": limit}]


@pytest.mark.parametrize("staff, occupation", [(10, "nursing_care"), (30, "nursing_care"), (18, "general"),
                                               (45, "nursing_care")])
def test_a_whole_ten_percent_or_another_row_says_no_such_rounding(rules: RuleBook, staff: int, occupation: str) -> None:
    assert _rounded(trainee_quota(full_time_employees=staff, occupation=occupation, rules=rules)) is None
