"""A case outside the table whose rule needs no headcount (育成就労) is named without one; the table itself still
needs the headcount (an argument error, never a guess)."""

from __future__ import annotations

import pytest

from bot.rules import RuleBook
from bot.tools import trainee_quota
from bot.tools.models import ToolArgumentError
from pydantic import ValidationError


def test_the_esd_case_is_named_without_a_headcount(rules: RuleBook) -> None:
    result = trainee_quota(special_case="employment_for_skill_development", rules=rules)
    assert result.computed is False and result.full_time_employees is None


def test_the_table_still_needs_the_headcount(rules: RuleBook) -> None:
    with pytest.raises((ValidationError, ToolArgumentError, ValueError)):
        trainee_quota(rules=rules)
