"""trainee_quota: every row of the basic-number table at and beyond its edges, every cap, nursing care."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from bot.rules import RuleBook
from bot.tools import trainee_quota

# (full-time employees, basic number, table row, No.1 per year, No.2 at once) - standard organization
STANDARD = [
    (0, 3, "titp.quota.basic.0-30", 0, 0),
    (1, 3, "titp.quota.basic.0-30", 1, 2),
    (2, 3, "titp.quota.basic.0-30", 2, 4),
    (3, 3, "titp.quota.basic.0-30", 3, 6),
    (30, 3, "titp.quota.basic.0-30", 3, 6),
    (31, 4, "titp.quota.basic.31-40", 4, 8),
    (40, 4, "titp.quota.basic.31-40", 4, 8),
    (41, 5, "titp.quota.basic.41-50", 5, 10),
    (50, 5, "titp.quota.basic.41-50", 5, 10),
    (51, 6, "titp.quota.basic.51-100", 6, 12),
    (100, 6, "titp.quota.basic.51-100", 6, 12),
    (101, 10, "titp.quota.basic.101-200", 10, 20),
    (200, 10, "titp.quota.basic.101-200", 10, 20),
    (201, 15, "titp.quota.basic.201-300", 15, 30),
    (300, 15, "titp.quota.basic.201-300", 15, 30),
    (301, 15, "titp.quota.basic.301-plus", 15, 30),
    (399, 19, "titp.quota.basic.301-plus", 19, 38),
    (400, 20, "titp.quota.basic.301-plus", 20, 40),
    (1000, 50, "titp.quota.basic.301-plus", 50, 100),
    (100000, 5000, "titp.quota.basic.301-plus", 5000, 10000),
]

# (full-time employees, No.1 per year, No.2 at once, No.3 at once) - excellent organization
EXCELLENT = [
    (0, 0, 0, 0),
    (1, 1, 2, 3),
    (2, 2, 4, 6),
    (3, 3, 6, 9),
    (5, 5, 10, 15),
    (6, 6, 12, 18),
    (30, 6, 12, 18),
    (31, 8, 16, 24),
    (40, 8, 16, 24),
    (41, 10, 20, 30),
    (50, 10, 20, 30),
    (51, 12, 24, 36),
    (100, 12, 24, 36),
    (101, 20, 40, 60),
    (200, 20, 40, 60),
    (201, 30, 60, 90),
    (300, 30, 60, 90),
    (301, 30, 60, 90),
    (399, 38, 76, 114),
    (400, 40, 80, 120),
    (1000, 100, 200, 300),
    (100000, 10000, 20000, 30000),
]

# (first, last care staff, basic number, No.1 per year, No.2 at once) - nursing care, standard, 0-35
NURSING_STANDARD = [
    (0, 0, 0, 0, 0),
    (1, 1, 1, 1, 1),  # No.2 would be 2, but all trainees together may not exceed the 1 care worker
    (2, 10, 1, 1, 2),
    (11, 20, 2, 2, 4),
    (21, 30, 3, 3, 6),
    (31, 35, 4, 4, 8),
]

# (care staff, No.1 per year, No.2 at once, No.3 at once) - nursing care, excellent
NURSING_EXCELLENT = [
    (0, 0, 0, 0),
    (1, 1, 1, 1),
    (2, 2, 2, 2),
    (3, 2, 3, 3),
    (4, 2, 4, 4),
    (5, 2, 4, 5),
    (6, 2, 4, 6),
    (10, 2, 4, 6),
    (11, 4, 8, 11),
    (12, 4, 8, 12),
    (20, 4, 8, 12),
    (21, 6, 12, 18),
    (30, 6, 12, 18),
    (31, 8, 16, 24),
    (35, 8, 16, 24),
]


@pytest.mark.parametrize(("employees", "basic", "row", "no1", "no2"), STANDARD)
def test_standard_table(rules: RuleBook, employees: int, basic: int, row: str, no1: int, no2: int) -> None:
    result = trainee_quota(employees, rules=rules)
    assert result.basic_number == basic
    assert result.table_row_id == row
    assert (result.no1_per_year, result.no2_at_once) == (no1, no2)
    assert result.no3_allowed is False and result.no3_at_once == 0
    assert result.organization == "standard"
    assert row in {r.id for r in result.rules_used}
    assert "not allowed" in result.explanation
    assert "never count as full-time employees" in result.explanation


@pytest.mark.parametrize(("employees", "no1", "no2", "no3"), EXCELLENT)
def test_excellent_multipliers_and_caps(rules: RuleBook, employees: int, no1: int, no2: int, no3: int) -> None:
    result = trainee_quota(employees, excellent=True, rules=rules)
    assert (result.no1_per_year, result.no2_at_once, result.no3_at_once) == (no1, no2, no3)
    assert result.no3_allowed is True
    assert result.organization == "excellent"
    assert {"titp.quota.excellent.no1", "titp.quota.excellent.no2", "titp.quota.excellent.no3"} <= {
        r.id for r in result.rules_used
    }


@pytest.mark.parametrize(("first", "last", "basic", "no1", "no2"), NURSING_STANDARD)
def test_nursing_care_standard_0_to_35(rules: RuleBook, first: int, last: int, basic: int, no1: int, no2: int) -> None:
    for staff in range(first, last + 1):
        result = trainee_quota(staff, "nursing_care", rules=rules)
        assert result.basic_number == basic, staff
        assert (result.no1_per_year, result.no2_at_once, result.no3_at_once) == (no1, no2, 0), staff
        assert result.total_at_once_cap == staff
        ids = {r.id for r in result.rules_used}
        assert {"nursing.counted_staff", "nursing.total_cap"} <= ids
        assert result.table_row_id == ("nursing.small" if staff <= 30 else "titp.quota.basic.31-40")


@pytest.mark.parametrize(("staff", "no1", "no2", "no3"), NURSING_EXCELLENT)
def test_nursing_care_excellent(rules: RuleBook, staff: int, no1: int, no2: int, no3: int) -> None:
    result = trainee_quota(staff, "nursing_care", True, rules=rules)
    assert (result.no1_per_year, result.no2_at_once, result.no3_at_once) == (no1, no2, no3)


def test_nursing_explains_total_cap_and_cites_seed(rules: RuleBook) -> None:
    result = trainee_quota(12, "nursing_care", True, rules=rules)
    assert "may never exceed 12" in result.explanation
    assert "added up (24)" in result.explanation
    assert "nursing.small.seed" in {r.id for r in result.rules_used}
    assert any("UNCONFIRMED" in n for n in result.notes)


@pytest.mark.parametrize(
    ("employees", "excellent", "expected"),
    [
        (2, False, [("no1", 3, 2), ("no2", 6, 4)]),
        (3, False, []),
        (1, True, [("no1", 6, 1), ("no2", 12, 2), ("no3", 18, 3)]),
        (5, True, [("no1", 6, 5), ("no2", 12, 10), ("no3", 18, 15)]),
        (6, True, []),
        (45, False, []),
    ],
)
def test_every_cap_that_bit_is_reported(rules: RuleBook, employees: int, excellent: bool, expected) -> None:
    result = trainee_quota(employees, excellent=excellent, rules=rules)
    assert [(c.stage, c.uncapped, c.capped_to) for c in result.caps_applied] == expected
    if expected:
        assert "lowered" in result.explanation


def test_nursing_total_cap_is_reported(rules: RuleBook) -> None:
    result = trainee_quota(1, "nursing_care", rules=rules)
    # No.2 would be 2 x basic 1 = 2 (within 2 x 1 staff), but all trainees together may not exceed 1
    assert [(c.stage, c.uncapped, c.capped_to, c.rule_id) for c in result.caps_applied] == [
        ("no2", 2, 1, "nursing.total_cap")
    ]


def test_zero_employees_is_explained(rules: RuleBook) -> None:
    result = trainee_quota(0, rules=rules)
    assert result.basic_number == 3
    assert result.no1_per_year == 0
    assert "cannot accept trainees yet" in result.explanation


@pytest.mark.parametrize(
    ("employees", "occupation", "threshold", "next_basic"),
    [
        (0, "general", 31, 4),
        (30, "general", 31, 4),
        (45, "general", 51, 6),
        (100, "general", 101, 10),
        (250, "general", 320, 16),  # 301-319 keep 15 (1/20 rounded down); 320 is the first 16
        (301, "general", 320, 16),
        (399, "general", 400, 20),
        (5, "nursing_care", 11, 2),
        (0, "nursing_care", 1, 1),
        (30, "nursing_care", 31, 4),
    ],
)
def test_next_threshold_hint(rules: RuleBook, employees: int, occupation: str, threshold: int, next_basic: int) -> None:
    result = trainee_quota(employees, occupation, rules=rules)
    assert (result.next_threshold_employees, result.next_basic_number) == (threshold, next_basic)
    assert f"with {threshold} or more" in result.next_threshold.lower()
    assert f"rises to {next_basic}" in result.next_threshold


def test_issue_example_hint(rules: RuleBook) -> None:
    result = trainee_quota(45, rules=rules)
    assert result.next_threshold == "With 51 or more full-time employees the basic number rises to 6."
    assert result.next_threshold in result.explanation


def test_rounding_rule_is_cited_above_300(rules: RuleBook) -> None:
    result = trainee_quota(399, rules=rules)
    assert "titp.quota.rounding" in {r.id for r in result.rules_used}
    assert any("UNCONFIRMED" in n for n in result.notes)
    assert "titp.quota.rounding" not in {r.id for r in trainee_quota(300, rules=rules).rules_used}


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"full_time_employees": -1}, "full_time_employees"),
        ({"full_time_employees": 1_000_001}, "full_time_employees"),
        ({"full_time_employees": 10**18}, "full_time_employees"),
        ({"full_time_employees": "abc"}, "full_time_employees"),
        ({"full_time_employees": 4.5}, "full_time_employees"),
        ({"full_time_employees": float("nan")}, "full_time_employees"),
        ({"full_time_employees": float("inf")}, "full_time_employees"),
        ({"full_time_employees": True}, "full_time_employees"),
        ({"full_time_employees": None}, "full_time_employees"),
        ({"full_time_employees": 10, "occupation": "farming"}, "occupation"),
        ({"full_time_employees": 10, "excellent": "perhaps"}, "excellent"),
    ],
)
def test_bad_input_names_the_field(rules: RuleBook, kwargs: dict, field: str) -> None:
    with pytest.raises(ValidationError) as info:
        trainee_quota(**kwargs, rules=rules)
    assert info.value.errors()[0]["loc"] == (field,)


def test_numeric_string_is_accepted(rules: RuleBook) -> None:
    # language models sometimes send numbers as strings; the value is still bounded and exact
    assert trainee_quota("45", rules=rules).basic_number == 5


STAGES = ("no1_per_year", "no2_at_once", "no3_at_once")


@settings(max_examples=150, deadline=None)
@given(
    employees=st.integers(min_value=0, max_value=999_999),
    occupation=st.sampled_from(["general", "nursing_care"]),
    excellent=st.booleans(),
)
def test_quota_never_decreases_as_employees_grow(rules: RuleBook, employees: int, occupation: str, excellent: bool) -> None:
    now = trainee_quota(employees, occupation, excellent, rules=rules)
    more = trainee_quota(employees + 1, occupation, excellent, rules=rules)
    assert more.basic_number >= now.basic_number
    for stage in STAGES:
        assert getattr(more, stage) >= getattr(now, stage)


@settings(max_examples=150, deadline=None)
@given(
    employees=st.integers(min_value=0, max_value=1_000_000),
    occupation=st.sampled_from(["general", "nursing_care"]),
    excellent=st.booleans(),
)
def test_quota_never_exceeds_a_cap(rules: RuleBook, employees: int, occupation: str, excellent: bool) -> None:
    result = trainee_quota(employees, occupation, excellent, rules=rules)
    org = "excellent" if excellent else "standard"
    for stage, field in zip(("no1", "no2", "no3"), STAGES):
        rule = rules.quota.stage(org, stage)
        value = getattr(result, field)
        assert 0 <= value <= rule.multiplier * result.basic_number
        assert value <= rule.cap_multiple * employees
        if not rule.allowed:
            assert value == 0
        if occupation == "nursing_care":
            assert value <= employees
    assert result.explanation and result.rules_used
