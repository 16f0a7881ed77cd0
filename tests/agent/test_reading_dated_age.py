"""Class: an age stated with a day or a tense ("I was 42 on 1 August 2024", "I turned 41 in July", "I'll be 41 next
month", "42歳でした（2024年8月1日時点）", "2024年8月1日時点で42歳") is read exactly as typed (it was lost). When its day is
not the one the rule counts age on and one year either way would cross the rule's limits, the reading carries a note
(``reading.age_dated``) so the reply says which age it used; the number itself is never changed."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

EN = " I'm Kenyan, living in Nairobi. Can I apply for the JIP?"
JA = "ケニア国籍、ナイロビ在住です。JIPに応募できますか。"


def _dated(text: str) -> list[dict]:
    return [values for key, values in UNDERSTANDER.parse(text).notes if key == "reading.age_dated"]


@pytest.mark.parametrize(("text", "age"), [
    ("I was 42 on 1 August 2024." + EN, 42),
    ("I was 39 as of August 1, 2024." + EN, 39),
    ("My age was 41 on 1 Aug 2024." + EN, 41),
    ("On 1 Aug 2024 I will be 40." + EN, 40),
    ("I turned 42 in July." + EN, 42),
    ("I'll be 41 next month." + EN, 41),
    ("42歳でした（2024年8月1日時点）。" + JA, 42),
    ("2024年8月1日時点で42歳です。" + JA, 42),
    ("来月41歳になります。" + JA, 41),
])
def test_an_age_stated_with_a_day_or_tense_is_read_exactly(text: str, age: int) -> None:
    assert UNDERSTANDER.parse(text).slots.get("age") == age


@pytest.mark.parametrize("text", [
    "I was 41 on 1 August 2024." + EN,
    "On 1 Aug 2024 I will be 40." + EN,
    "41歳でした（2024年8月1日時点）。" + JA,
    "2024年8月1日時点で40歳です。" + JA,
    "I turned 25 in July." + EN,  # a year either way changes nothing
])
def test_an_age_for_the_rules_own_day_or_far_from_a_limit_needs_no_note(text: str) -> None:
    assert _dated(text) == []


@pytest.mark.parametrize(("text", "when"), [
    ("I turned 41 in July." + EN, "in July"),
    ("I'll be 41 next month." + EN, "next month"),
    ("I was 40 on 1 April 2025." + EN, "on 1 April 2025"),
    ("来月41歳になります。" + JA, "来月"),
    ("2025年4月1日時点で40歳です。" + JA, "2025年4月1日時点"),
])
def test_an_age_for_another_day_near_a_limit_is_said(text: str, when: str) -> None:
    notes = _dated(text)
    assert notes and notes[0]["when"] == when and notes[0]["age"] == UNDERSTANDER.parse(text).slots["age"]
