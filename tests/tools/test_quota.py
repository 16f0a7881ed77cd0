"""trainee_quota: every row of the basic-number table at and beyond its edges, every cap, nursing care,
the exact-fraction rule for 301 or more, the excellent-supervisor condition and the uncovered cases."""

from __future__ import annotations

import pytest
import math
from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from bot.rules import QUOTA_CASES, RuleBook
from bot.tools import trainee_quota as compute_quota
from bot.tools.models import ToolArgumentError
from bot.tools.speech import spoken


def trainee_quota(*args, rules: RuleBook, **kwargs):
    """The tool's result with its words, as every entry point (run_tool) returns it."""
    return spoken("trainee_quota", compute_quota(*args, rules=rules, **kwargs), rules)

# (full-time employees, basic number, table row, No.1 at once, No.2 at once) - standard organization.
# 301 or more: each limit is floor(multiplier x employees / 20), multiplied first and rounded down last.
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
    (310, 15, "titp.quota.basic.301-plus", 15, 31),
    (319, 15, "titp.quota.basic.301-plus", 15, 31),
    (399, 19, "titp.quota.basic.301-plus", 19, 39),
    (400, 20, "titp.quota.basic.301-plus", 20, 40),
    (1000, 50, "titp.quota.basic.301-plus", 50, 100),
    (100000, 5000, "titp.quota.basic.301-plus", 5000, 10000),
]

# (full-time employees, No.1 at once, No.2 at once, No.3 at once) - excellent organization
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
    (310, 31, 62, 93),
    (399, 39, 79, 119),
    (400, 40, 80, 120),
    (1000, 100, 200, 300),
    (100000, 10000, 20000, 30000),
]

# (first, last care staff, basic number, No.1 at once, No.2 at once) - nursing care, standard, 0-35
NURSING_STANDARD = [
    (0, 0, 0, 0, 0),
    (1, 1, 1, 1, 1),  # No.2 would be 2, but all trainees together may not exceed the 1 care worker
    (2, 10, 1, 1, 2),
    (11, 20, 2, 2, 4),
    (21, 30, 3, 3, 6),
    (31, 35, 4, 4, 8),
]

# (care staff, No.1 at once, No.2 at once, No.3 at once) - nursing care, excellent
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
    assert (result.no1_at_once, result.no2_at_once) == (no1, no2)
    assert result.no1_per_year == result.no1_at_once  # kept for compatibility: the same head-count
    assert result.no3_allowed is False and result.no3_at_once == 0
    assert result.organization == "standard"
    assert row in {r.id for r in result.rules_used}
    # at no staff the reply says no trainee can be accepted yet instead of listing limits of 0
    assert "not allowed" in result.explanation or (employees == 0 and "cannot accept" in result.explanation)
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
    ids = {r.id for r in result.rules_used}
    assert {"nursing.small.seed", "nursing.stages.excellent"} <= ids
    assert result.all_stages_at_once == 12
    # the nursing stages are confirmed now (RULES.md 2): no UNCONFIRMED caveat about them
    assert rules.rows["nursing.stages.excellent"].confidence == "M"
    assert not any("UNCONFIRMED" in n for n in result.notes)


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
    assert any("rounded down at the end" in n for n in result.notes)
    assert [f.params["basic_number_exact"] for f in result.findings if f.code == "fraction_basic_number"] == ["399/20"]
    at_300 = trainee_quota(300, rules=rules)
    assert "titp.quota.rounding" not in {r.id for r in at_300.rules_used}
    assert "fraction_basic_number" not in {f.code for f in at_300.findings}


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"full_time_employees": -1}, "full_time_employees"),
        ({"full_time_employees": 1_000_001}, "full_time_employees"),
        ({"full_time_employees": 10**18}, "full_time_employees"),
        ({"full_time_employees": "abc"}, "full_time_employees"),
        ({"full_time_employees": 4.5}, "full_time_employees"),
        ({"full_time_employees": 3.5}, "full_time_employees"),
        ({"full_time_employees": "3.5"}, "full_time_employees"),
        ({"full_time_employees": "3,5"}, "full_time_employees"),
        ({"full_time_employees": [3]}, "full_time_employees"),
        ({"full_time_employees": 10, "supervisor_excellent": "perhaps"}, "supervisor_excellent"),
        ({"full_time_employees": 10, "special_case": "agriculture"}, "special_case"),
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
    # the function's message is the one line run_tool, the CLI and the LangChain tool show
    assert isinstance(info.value, ToolArgumentError)
    assert str(info.value).startswith(f"{field}: ") and "\n" not in str(info.value)


def test_numeric_string_is_accepted(rules: RuleBook) -> None:
    # language models sometimes send numbers as strings; the value is still bounded and exact
    assert trainee_quota("45", rules=rules).basic_number == 5


STAGES = ("no1_at_once", "no2_at_once", "no3_at_once")


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
        assert 0 <= value <= math.floor(rule.multiplier * Fraction(result.basic_number_exact))
        assert value <= rule.cap_multiple * employees
        if not rule.allowed:
            assert value == 0
        if occupation == "nursing_care":
            assert value <= employees
    assert result.explanation and result.rules_used


# --- 301 or more: exact fractions, multiply first, round down last (RULES.md 1 and 2) -------------------

@settings(max_examples=200, deadline=None)
@given(
    employees=st.one_of(st.integers(min_value=301, max_value=399), st.integers(min_value=1000, max_value=1_000_000)),
    excellent=st.booleans(),
)
def test_301_plus_every_stage_is_floor_of_multiplier_times_fte_over_20(
    rules: RuleBook, employees: int, excellent: bool
) -> None:
    result = trainee_quota(employees, excellent=excellent, supervisor_excellent=True, rules=rules)
    org = "excellent" if excellent else "standard"
    for stage, field in zip(("no1", "no2", "no3"), STAGES):
        m = rules.quota.stage(org, stage).multiplier if rules.quota.stage(org, stage).allowed else 0
        assert getattr(result, field) == (m * employees) // 20, (stage, employees)
    assert result.basic_number == employees // 20
    assert result.basic_number_exact == str(Fraction(employees, 20))


@pytest.mark.parametrize("employees", [*range(301, 400), 1000, 1001, 1019, 1020, 5555, 999_999])
@pytest.mark.parametrize("excellent", [False, True])
def test_301_to_399_and_1000_plus_exact_fraction_every_stage(rules: RuleBook, employees: int, excellent: bool) -> None:
    result = trainee_quota(employees, excellent=excellent, rules=rules)
    multipliers = (2, 4, 6) if excellent else (1, 2, 0)
    got = (result.no1_at_once, result.no2_at_once, result.no3_at_once)
    assert got == tuple(math.floor(Fraction(m * employees, 20)) for m in multipliers)


def test_done_when_310_excellent_gives_31_62_93_with_rule_rows_and_sources(rules: RuleBook) -> None:
    result = trainee_quota(310, excellent=True, rules=rules)
    assert (result.no1_at_once, result.no2_at_once, result.no3_at_once) == (31, 62, 93)
    assert result.basic_number_exact == "31/2"
    refs = {r.id: r for r in result.rules_used}
    for rule_id in ("titp.quota.basic.301-plus", "titp.quota.rounding", "titp.quota.excellent.no1",
                    "titp.quota.excellent.no2", "titp.quota.excellent.no3", "titp.quota.excellent.condition"):
        assert refs[rule_id].source, rule_id
    assert "Ordinance" in refs["titp.quota.basic.301-plus"].source
    standard = trainee_quota(310, rules=rules)
    assert (standard.no1_at_once, standard.no2_at_once) == (15, 31)


@pytest.mark.parametrize(
    ("staff", "excellent", "no1", "together"),
    [
        *[(n, False, n // 20, 3 * n // 20) for n in (301, 310, 399, 1000, 1234)],
        *[(n, True, n // 10, 3 * n // 5) for n in (301, 310, 399, 1000, 1234)],
        # RULES.md 2 examples: 11-20 staff standard 2 / 6, excellent 4 / the staff; 201-300 15 / 45, 30 / 180
        (11, False, 2, 6), (20, False, 2, 6), (201, False, 15, 45), (300, False, 15, 45),
        (11, True, 4, 11), (20, True, 4, 20), (201, True, 30, 180), (300, True, 30, 180),
    ],
)
def test_nursing_no1_and_together_limits(rules: RuleBook, staff: int, excellent: bool, no1: int, together: int) -> None:
    result = trainee_quota(staff, "nursing_care", excellent, rules=rules)
    assert (result.no1_at_once, result.all_stages_at_once) == (no1, together)
    assert result.all_stages_at_once <= staff
    assert f"nursing.stages.{'excellent' if excellent else 'standard'}" in {r.id for r in result.rules_used}


# --- every limit is a head-count at one time ---------------------------------------------------------

def test_limits_are_worded_as_head_counts_at_one_time(rules: RuleBook) -> None:
    result = trainee_quota(45, rules=rules)
    assert "5 No.1 trainees at one time" in result.explanation
    assert "about 5 new No.1 trainees a year" in result.explanation
    assert "titp.quota.headcount" in {r.id for r in result.rules_used}
    assert [f.params for f in result.findings if f.code == "headcount_at_once"] == [{"no1_at_once": 5}]
    assert all(s.period == "at_once" for s in rules.quota.stages)


# --- the excellent limits need an excellent supervising organization too -------------------------------

def test_excellent_with_unknown_supervisor_states_the_assumption(rules: RuleBook) -> None:
    result = trainee_quota(45, excellent=True, rules=rules)
    assert result.organization == "excellent" and result.no3_at_once == 30
    assert "excellent_supervisor_assumed" in {f.code for f in result.findings}
    assert any(n.startswith("Assumed:") and "一般監理団体" in n for n in result.notes)
    assert "titp.quota.excellent.condition" in {r.id for r in result.rules_used}


def test_excellent_with_a_standard_supervisor_gets_standard_limits_and_says_why(rules: RuleBook) -> None:
    result = trainee_quota(45, excellent=True, supervisor_excellent=False, rules=rules)
    standard = trainee_quota(45, rules=rules)
    assert result.organization == "standard"
    assert (result.no1_at_once, result.no2_at_once, result.no3_at_once) == (
        standard.no1_at_once, standard.no2_at_once, 0
    )
    finding = next(f for f in result.findings if f.code == "excellent_needs_excellent_supervisor")
    assert finding.rule_ids == ["titp.quota.excellent.condition"]
    assert any("standard limits apply" in n for n in result.notes)


def test_excellent_with_an_excellent_supervisor_states_no_assumption(rules: RuleBook) -> None:
    result = trainee_quota(45, excellent=True, supervisor_excellent=True, rules=rules)
    assert result.organization == "excellent"
    codes = {f.code for f in result.findings}
    assert "excellent_conditions_met" in codes and "excellent_supervisor_assumed" not in codes
    assert not any(n.startswith("Assumed:") for n in result.notes)


def test_supervisor_answer_alone_does_not_make_a_standard_company_excellent(rules: RuleBook) -> None:
    result = trainee_quota(45, supervisor_excellent=True, rules=rules)
    assert result.organization == "standard" and result.no3_at_once == 0
    assert "titp.quota.excellent.condition" not in {r.id for r in result.rules_used}


# --- cases the table does not cover are named, not computed ---------------------------------------------

@pytest.mark.parametrize("case", QUOTA_CASES)
@pytest.mark.parametrize("occupation", ["general", "nursing_care"])
def test_uncovered_case_is_named_not_computed(rules: RuleBook, case: str, occupation: str) -> None:
    result = trainee_quota(310, occupation, excellent=True, special_case=case, rules=rules)
    row = rules.quota.not_covered_case(case)
    assert result.computed is False and result.special_case == case
    numbers = (result.basic_number, result.no1_at_once, result.no1_per_year, result.no2_at_once,
               result.no3_at_once, result.all_stages_at_once)
    assert numbers == (None,) * len(numbers)
    assert row.text in result.explanation
    assert result.findings[0].code == "case_not_covered" and result.findings[0].params["case"] == case
    assert result.rules_used[0].id == row.id
    assert not any(ch.isdigit() for ch in result.explanation.replace(row.text, ""))


def test_the_2027_system_is_never_computed_with_the_old_table(rules: RuleBook) -> None:
    result = trainee_quota(45, special_case="employment_for_skill_development", rules=rules)
    assert result.computed is False and result.no1_at_once is None
    assert result.findings[0].params["effective"] == "2027-04-01"
    assert "育成就労" in result.explanation
    # and every computed answer says its numbers are Technical Intern Training ones
    normal = trainee_quota(45, rules=rules)
    assert "esd_replaces_titp" in {f.code for f in normal.findings}
    assert any("2027-04-01" in n and "never computed with this table" in n for n in normal.notes)


# --- each note appears where its topic is asked -------------------------------------------------------

def test_full_time_definition_note_is_in_every_computed_answer(rules: RuleBook) -> None:
    d = rules.quota.full_time_definition
    for occupation in ("general", "nursing_care"):
        result = trainee_quota(45, occupation, rules=rules)
        finding = next(f for f in result.findings if f.code == "full_time_definition")
        assert finding.params["min_days_per_year"] == d.min_days_per_year == 217
        assert any("217 days a year" in n and "employment insurance alone is not enough" in n for n in result.notes)
        assert "titp.fte.definition" in {r.id for r in result.rules_used}


def test_counted_staff_note_only_for_nursing_care(rules: RuleBook) -> None:
    nursing = trainee_quota(45, "nursing_care", rules=rules)
    general = trainee_quota(45, rules=rules)
    assert any("EPA candidates" in n and "office staff" in n for n in nursing.notes)
    assert "nursing_counted_staff" in {f.code for f in nursing.findings}
    assert not any("EPA" in n for n in general.notes)
    assert "nursing_counted_staff" not in {f.code for f in general.findings}


def test_excellent_condition_note_only_when_excellent_is_asked(rules: RuleBook) -> None:
    assert not any("一般監理団体" in n for n in trainee_quota(45, rules=rules).notes)
    assert any("一般監理団体" in n for n in trainee_quota(45, excellent=True, rules=rules).notes)
