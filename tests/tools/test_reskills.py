"""reskills_course_check: practical share, basic IT exclusion, covered fields, later rounds' 20 hours."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from bot.rules import RuleBook
from bot.tools import reskills_course_check


def _verdicts(result) -> dict[str, str]:
    return {c.criterion: c.verdict for c in result.criteria}


@pytest.mark.parametrize(
    ("practical", "total", "field", "basic", "eligible", "pct", "field_id"),
    [
        (30, 60, "machine learning", False, "yes", 50.0, "reskills.field.ai_iot_data_cloud"),
        (29, 60, "machine learning", False, "no", 48.3, "reskills.field.ai_iot_data_cloud"),
        (40, 60, "Cloud security", False, "yes", 66.7, "reskills.field.security_network"),
        (40, 60, "Model-based development for automobiles", False, "yes", 66.7, "reskills.field.it_utilization"),
        (40, 60, "AI", False, "yes", 66.7, "reskills.field.ai_iot_data_cloud"),
        (40, 60, "IoT", True, "no", 66.7, "reskills.field.ai_iot_data_cloud"),
        (40, 60, None, False, "unknown", 66.7, None),
        (40, 60, "cooking", False, "unknown", 66.7, None),
        (10, 20, "data science", False, "no", 50.0, "reskills.field.ai_iot_data_cloud"),
        (11, 20.5, "data science", False, "yes", 53.7, "reskills.field.ai_iot_data_cloud"),
    ],
)
def test_course_table(rules: RuleBook, practical, total, field, basic, eligible, pct, field_id) -> None:
    result = reskills_course_check(practical, total, field, basic, rules=rules)
    assert result.eligible == eligible
    assert result.practical_pct == pct
    assert result.matched_field_id == field_id
    assert result.explanation
    assert "reskills.practical.min" in {r.id for r in result.rules_used}


def test_criteria_verdicts(rules: RuleBook) -> None:
    result = reskills_course_check(10, 20, None, True, rules=rules)
    assert _verdicts(result) == {"practical_share": "yes", "not_basic_it": "no", "covered_field": "unknown",
                                 "minimum_length": "no"}
    assert result.eligible == "no"
    assert any(m.startswith("field:") for m in result.missing)


def test_unknown_field_is_not_guessed(rules: RuleBook) -> None:
    result = reskills_course_check(40, 60, "cooking", rules=rules)
    assert result.eligible == "unknown"
    assert "does not match a covered field" in result.explanation
    assert result.missing


def test_notes_carry_dates_and_confidence(rules: RuleBook) -> None:
    result = reskills_course_check(30, 60, "agile development", rules=rules)
    joined = " ".join(result.notes)
    assert "2017-09-15" in joined and "2017-10-28" in joined and "April 2018" in joined
    assert "confidence H" in joined  # later rounds: METI round-13 page and round-17 form (RULES.md 4)


@pytest.mark.parametrize(
    ("args", "field"),
    [
        ((-1, 10), "practical_hours"),
        ((1, 0), "total_hours"),
        ((1, -5), "total_hours"),
        ((1, 10_001), "total_hours"),
        ((float("nan"), 10), "practical_hours"),
        ((1, float("inf")), "total_hours"),
        (("lots", 10), "practical_hours"),
        ((1, 10, "x" * 201), "field"),
    ],
)
def test_bad_input_names_the_field(rules: RuleBook, args, field: str) -> None:
    with pytest.raises(ValidationError) as info:
        reskills_course_check(*args, rules=rules)
    assert info.value.errors()[0]["loc"] == (field,)


def test_practical_more_than_total(rules: RuleBook) -> None:
    with pytest.raises(ValidationError, match="practical_hours \\(70\\) cannot be more than total_hours \\(60\\)"):
        reskills_course_check(70, 60, "AI", rules=rules)
