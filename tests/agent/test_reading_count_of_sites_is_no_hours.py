"""A count of sites or facilities ("three factories in total", "3 plants overall", "(one facility)", 「工場は合計3つ」) is
never hours: no total or part of a plan or a course is read from it (pack ``other_unit_after``)."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()
HOURS = ("total_hours", "practical_hours", "required_hours", "related_hours", "peripheral_hours")


@pytest.mark.parametrize("text", [
    "We have three factories in total. How many trainees can we take?",
    "Our company has 3 plants overall and 120 staff. How many trainees?",
    "In all we have 2 sites. Total 60 full-time employees. How many trainees?",
    "We run a nursing home (one facility), 24 full-time care workers in total. How many care trainees?",
    "工場は合計3つあります。実習生は何人まで受け入れられますか？",
    "合計3拠点、常勤職員120名です。実習生は何人？",
    "介護施設（1施設）を運営しています。常勤の介護職員は全部で24名。何人受け入れられますか？",
], ids=["en-factories-in-total", "en-plants-overall", "en-sites-in-all", "en-one-facility", "ja-factories-total",
        "ja-bases-total", "ja-one-facility"])
def test_a_count_of_sites_is_no_hours(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert not [slot for slot in HOURS if slot in parsed.slots]


def test_a_course_at_several_sites_keeps_its_hours() -> None:
    parsed = UNDERSTANDER.parse("We run the course at our three facilities, 40 hours in total with 24 hours of labs. "
                                "Is it a Re-Skills course?")
    assert (parsed.slots["total_hours"], parsed.slots["practical_hours"]) == (40, 24)
