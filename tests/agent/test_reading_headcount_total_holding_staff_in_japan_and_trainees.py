"""A total said to hold several listed parts, some that count and some that do not (「従業員は50名で、大阪支店のスタッフ4名と
実習生3名が含まれています」, "We have 50 employees, which includes 4 staff at our Osaka branch and 3 trainees"): staff of a
branch in Japan stay counted (and the reply says so), trainees and staff of an office abroad come out (pack
``contained_parts``: the abroad kind's ``kept_note``)."""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calls_named, slots_of
from tests.knowledge import repo_understander


@pytest.mark.parametrize(("text", "count"), [
    ("従業員は50名で、大阪支店のスタッフ4名と実習生3名が含まれています。1号の受け入れ人数の上限は？", 47),
    ("従業員50名には、大阪支店のスタッフ4名と実習生3名が含まれています。1号の受け入れ人数の上限は？", 47),
    ("従業員は50名で、ハノイ支店のスタッフ4名と実習生3名が含まれています。1号の受け入れ人数の上限は？", 43),
    ("We have 50 employees, which includes 4 staff at our Osaka branch and 3 trainees. How many No.1 trainees?", 47),
    ("Our headcount is 50, including 4 people at the Osaka branch and 3 technical intern trainees. No.1 limit?", 47),
    ("the 50 includes 4 staff at our Hanoi office and 3 trainees. No.1 limit?", 43),
])
def test_only_the_parts_that_do_not_count_come_out(text: str, count: int) -> None:
    assert slots_of(text).get("full_time_employees") == count


@pytest.mark.parametrize("text", [
    "従業員は50名で、大阪支店のスタッフ4名と実習生3名が含まれています。1号の受け入れ人数の上限は？",
    "We have 50 employees, which includes 4 staff at our Osaka branch and 3 trainees. How many No.1 trainees?",
])
def test_the_staff_in_japan_kept_are_said(text: str) -> None:
    notes = [key for key, _ in repo_understander().parse(text).notes]
    assert "reading.count_staff_in_japan_kept" in notes


def test_the_quota_runs_on_the_count_without_the_trainees(bot) -> None:
    reply = converse(bot, "従業員は50名で、大阪支店のスタッフ4名と実習生3名が含まれています。1号の受け入れ人数の上限は？")
    assert [call.args["full_time_employees"] for call in calls_named(reply, "trainee_quota")] == [47]
    assert "大阪" in reply.answer
