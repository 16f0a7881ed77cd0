"""A formal letter asking the maximum number of trainees "for each stage", the count given as heads on the full-time
payroll, runs the quota calculator with that count and the status, never a search alone."""

from __future__ import annotations

import pytest

from tests.agent.reading_checks import last_calculator_call

LETTER = ("To whom it may concern,\n\nWe are a manufacturing company with 437 heads on the full-time payroll (this "
          "figure already excludes the staff of our Vietnam office). We are a standard implementing organization, not "
          "an excellent one. Could you kindly advise the maximum number of technical intern trainees we may have at "
          "the same time for each stage?\n\nSincerely,\nGeneral Affairs Section")


@pytest.mark.parametrize("text,count,excellent", [
    (LETTER, 437, False),
    ("Dear Sir or Madam, our firm has 52 people on the full-time payroll and we are an excellent implementing "
     "organization. Please advise the maximum number of trainees for each stage. Kind regards", 52, True),
    ("We have a full-time payroll of 120 heads. What is the maximum number of technical intern trainees per stage?",
     120, None),
], ids=["en-letter-heads-payroll", "en-letter-people-payroll", "en-payroll-of"])
def test_the_quota_is_computed(bot, text: str, count: int, excellent: bool | None) -> None:
    call = last_calculator_call(bot, [text])
    assert call.name == "trainee_quota"
    assert call.args["full_time_employees"] == count
    if excellent is not None:
        assert call.args["excellent"] is excellent
