"""A nursing-care total split by role ("24 full-time staff: 18 caregivers whose main job is care, 4 office staff and 2
nurses", 「常勤職員は24名で、介護職員18名、事務員4名、看護師2名」): only the care staff count for a nursing-care quota, so the
care group is the count (18); the other roles are left out and the reply says so (24 − 6 = 18). In a general occupation
the total stays the count."""

from __future__ import annotations

import re

import pytest

from support import converse
from tests.agent.reading_checks import calls_named
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

SPLIT = [
    ("We operate a nursing home in Chiba and want kaigo trainees. We have 24 full-time staff: 18 caregivers whose main "
     "job is care, 4 office staff and 2 nurses who do nursing work. Also 5 part-time helpers. How many first-year kaigo "
     "trainees can we accept?", 24, 18),
    ("We run a care home. 30 full-time staff: 22 care workers, 5 nurses and 3 office staff. How many kaigo trainees can "
     "we accept?", 30, 22),
    ("Our nursing home has 24 full-time employees, of whom 18 are carers and the rest nurses and office staff. How many "
     "nursing care trainees can we take?", 24, 18),
    ("介護施設です。常勤職員は24名で、介護職員18名、事務員4名、看護師2名です。介護の実習生は何人受け入れられますか？", 24, 18),
    ("特養を運営しています。常勤は30人、内訳は介護職員22人、看護師5人、事務3人です。介護職種で技能実習生を何人受け入れられますか？",
     30, 22),
]


@pytest.mark.parametrize("text,total,care", SPLIT)
def test_the_care_group_is_the_count_and_the_rest_is_said(text: str, total: int, care: int) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.slots["occupation"] == "nursing_care"
    assert parsed.slots["full_time_employees"] == care
    assert ("reading.non_care_excluded", {"total": total, "part": total - care, "count": care}) in parsed.notes


@pytest.mark.parametrize("text,total,care", [SPLIT[0], SPLIT[3]])
def test_the_quota_runs_on_the_care_staff(bot, text: str, total: int, care: int) -> None:
    reply = converse(bot, text)
    [call] = calls_named(reply, "trainee_quota")
    assert call.args["full_time_employees"] == care and call.args["occupation"] == "nursing_care"
    # "24 − 6 in other roles = 18", 「24人 − 他の職種6人 = 18人」
    assert re.search(rf"{total}\D{{0,3}} − \D{{0,8}}{total - care}\D{{0,20}}= {care}", reply.answer)
