"""When the fraction rule (301 or more full-time employees: basic number FTE/20) gives a non-integer limit, the quota
tool says which limits it rounded and how (finding ``limits_rounded`` with the exact value, the limit and the rule
book's method), and the reply says it was rounded down, EN and JA (RULES.md: multiply first, round down last)."""

from __future__ import annotations

import pytest

from bot.rules import RuleBook
from bot.tools.quota import trainee_quota


def _rounded(result):
    return next((f for f in result.findings if f.code == "limits_rounded"), None)


@pytest.mark.parametrize("employees, excellent, expected", [
    (350, False, [("no1", "17.5", 17)]),
    (310, False, [("no1", "15.5", 15)]),
    (315, False, [("no1", "15.75", 15), ("no2", "31.5", 31)]),
    (315, True, [("no1", "31.5", 31), ("no3", "94.5", 94)]),
])
def test_a_fractional_limit_is_reported_rounded(rules: RuleBook, employees: int, excellent: bool, expected) -> None:
    result = trainee_quota(full_time_employees=employees, excellent=excellent, supervisor_excellent=True if excellent
                           else None, rules=rules)
    finding = _rounded(result)
    assert finding is not None and finding.params["method"] == "floor"
    got = [(x["stage"], x["exact"], x["limit"]) for x in finding.params["limits"]]
    for item in expected:
        assert item in got


@pytest.mark.parametrize("employees", [45, 300, 340, 400])
def test_whole_limits_report_no_rounding(rules: RuleBook, employees: int) -> None:
    assert _rounded(trainee_quota(full_time_employees=employees, rules=rules)) is None

