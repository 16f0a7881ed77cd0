"""reskills_course_check decides without hours when a stated criterion already decides (fresh batches d and e:
enf6-reskills-basic-it-excluded, jaf5-reskills-basic-it).

The class: a course that teaches only basic IT skills is excluded whatever its hours, so the tool gives the failing
verdict with no hours, says which criterion fails and that the hours would not change it. Without such a criterion
the hours stay required (the input is refused), and with hours the verdict is the same as before.
"""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from bot.rules import RuleBook
from bot.tools import reskills_course_check as compute_check
from bot.tools.registry import run_tool
from bot.tools.speech import spoken


def check(*args, rules: RuleBook, **kwargs):
    return spoken("reskills_course_check", compute_check(*args, rules=rules, **kwargs), rules)


@pytest.mark.parametrize("field", [None, "network", "PC operation", "data science"])
def test_a_basic_it_course_fails_without_hours(rules: RuleBook, field) -> None:
    result = check(field=field, basic_it_only=True, rules=rules)
    assert result.eligible == "no" and result.practical_pct is None
    verdicts = {c.criterion: c.verdict for c in result.criteria}
    assert verdicts["not_basic_it"] == "no"
    assert "practical_share" not in verdicts and "minimum_length" not in verdicts
    assert "decided_without_hours" in " ".join(f.code for f in result.findings)
    assert not [f for f in result.findings if f.code == "missing"]  # nothing more is asked for
    assert "exclud" in result.explanation and "hours" in result.explanation


@pytest.mark.parametrize("kwargs", [{}, {"practical_hours": 10}, {"total_hours": 30}, {"field": "AI"}])
def test_without_a_deciding_criterion_the_hours_are_required(rules: RuleBook, kwargs) -> None:
    with pytest.raises(ValidationError):
        check(**kwargs, rules=rules)


@pytest.mark.parametrize("practical,total", [(30, 60), (5, 60), (0, 10)])
def test_with_hours_a_basic_it_course_fails_as_before(rules: RuleBook, practical, total) -> None:
    result = check(practical, total, "AI", True, rules=rules)
    assert result.eligible == "no" and result.practical_pct is not None


@pytest.mark.parametrize("lang,says", [("en", "exclud"), ("ja", "対象外")])
def test_the_spoken_result_names_the_failing_criterion(rules: RuleBook, lang, says) -> None:
    outcome = run_tool("reskills_course_check", {"basic_it_only": True}, rules, lang=lang)
    assert outcome.ok and says in outcome.result["explanation"]


def test_a_course_too_short_fails_without_practical_hours(rules: RuleBook) -> None:
    """A course whose total is at or under the later rounds' minimum is not eligible whatever its practical hours:
    the tool decides without them, says the minimum length fails and that its practical share would not change it."""
    bound = rules.reskills.min_total_hours.not_eligible_at_or_below
    for total in (bound, bound - 1, bound / 2):
        result = check(total_hours=total, field="AI", rules=rules)
        verdicts = {c.criterion: c.verdict for c in result.criteria}
        assert result.eligible == "no" and result.practical_pct is None
        assert verdicts["minimum_length"] == "no" and "practical_share" not in verdicts
        assert [f.params["criterion"] for f in result.findings if f.code == "reskills_decided_without_hours"] == [
            "minimum_length"]
        assert not [f for f in result.findings if f.code == "missing"]
        assert "whatever its practical share" in result.explanation


def test_a_course_over_the_minimum_still_needs_its_practical_hours(rules: RuleBook) -> None:
    with pytest.raises(ValidationError):
        check(total_hours=rules.reskills.min_total_hours.not_eligible_at_or_below + 1, rules=rules)
