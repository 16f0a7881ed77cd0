"""The construction special case is read from the company's trade."""

from __future__ import annotations

import pytest

from tests.agent.reading_checks import slots_of


@pytest.mark.parametrize("text", [
    "Construction company, 40 full time employees. how many technical interns can we have in total?",
    "We're a small construction firm with 25 full-time workers; trainee quota?",
    "建設業の会社で常勤職員は40人です。技能実習生は何人まで？",
])
def test_construction_is_named_as_the_special_case(text: str) -> None:
    assert slots_of(text).get("special_case") == "construction"
