"""A passing course check names every criterion it checked that the user gave: the covered field beside the practical
share ("a cloud security course, 120 hours, 70 of labs: does it meet the requirements?" said only "Practical work is
58.3%", so a reply never said the field is covered). A course with no field keeps its open point; a failing one says
what fails."""

from __future__ import annotations

import pytest

from bot.rules import RuleBook
from bot.tools import reskills_course_check as compute_check
from bot.tools.speech import spoken


@pytest.mark.parametrize("field,matched", [
    ("cloud security", "Advanced security and networking"),
    ("machine learning", None),
    ("IoT", None),
])
@pytest.mark.parametrize("lang", ["en", "ja"])
def test_a_passing_check_names_the_field_given(rules: RuleBook, field: str, matched: str | None, lang: str) -> None:
    result = spoken("reskills_course_check", compute_check(70, 120, field=field, rules=rules), rules, lang)
    assert result.eligible == "yes"
    assert field in result.explanation
    assert ("58.3" in result.explanation) and (matched is None or matched in result.explanation)


def test_without_a_field_the_open_point_is_said(rules: RuleBook) -> None:
    result = spoken("reskills_course_check", compute_check(70, 120, rules=rules), rules, "en")
    assert result.eligible != "yes"
    assert "No field given" in result.explanation


def test_a_failing_share_is_what_is_said(rules: RuleBook) -> None:
    result = spoken("reskills_course_check", compute_check(40, 120, field="cloud security", rules=rules), rules, "en")
    assert result.eligible == "no"
    assert "33.3%" in result.explanation
