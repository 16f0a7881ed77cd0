"""Class: in nursing care, the care staff stated by their main job as a part of the full-time total ("26 full-time staff,
of whom 18 mainly do caregiving", "18 of them have caregiving as their main job", 「常勤職員は26名ですが、そのうち介護を主な
仕事にしているのは18名」「うち22名が介護業務に従事」) are the count the quota runs on; the other roles are left out and the
reply says so. A total said alone stays the count."""

from __future__ import annotations

import re

import pytest

from support import converse
from tests.agent.reading_checks import calls_named
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

PARTS = [
    ("We run a care home with 26 full-time staff, of whom 18 mainly do caregiving. How many nursing care trainees can "
     "we take?", 26, 18),
    ("Our nursing home has 26 full-time employees; 18 of them have caregiving as their main job. How many nursing care "
     "trainees can we take?", 26, 18),
    ("Our care facility: 26 full-time staff, 18 whose main job is caregiving, the rest nurses and cooks. How many kaigo "
     "trainees can we accept?", 26, 18),
    ("特別養護老人ホームを運営している社会福祉法人の人事担当です。施設の常勤職員は２６名ですが、そのうち介護を主な仕事にしているのは十八名で、"
     "残りは看護師４名、事務職２名、調理員２名です。介護職種で技能実習生を受け入れる場合、１号は何人まで、また１号と２号を合わせて何人までになり"
     "ますか？優良認定はまだありません。", 26, 18),
    ("介護施設です。常勤職員は30人で、主に介護を担当している職員は20人です。介護の実習生は何人受け入れられますか？", 30, 20),
    ("介護施設です。常勤職員は30人で、うち22名が介護業務に従事しています。介護の技能実習生は何人まで？", 30, 22),
    ("介護施設です。常勤職員は30人で、介護を主たる業務とする者は21名です。介護職種の実習生は何人まで受け入れられますか？", 30, 21),
]


@pytest.mark.parametrize("text,total,care", PARTS)
def test_the_care_part_is_the_count(text: str, total: int, care: int) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.slots["occupation"] == "nursing_care"
    assert parsed.slots["full_time_employees"] == care
    assert ("reading.non_care_excluded", {"total": total, "part": total - care, "count": care}) in parsed.notes


def test_a_total_alone_stays_the_count() -> None:
    parsed = UNDERSTANDER.parse("We have 26 full-time staff at our care home. How many nursing care trainees can we take?")
    assert parsed.slots["full_time_employees"] == 26


@pytest.mark.parametrize("text,total,care", [PARTS[0], PARTS[3]])
def test_the_quota_runs_on_the_care_part(bot, text: str, total: int, care: int) -> None:
    reply = converse(bot, text)
    [call] = calls_named(reply, "trainee_quota")
    assert call.args["full_time_employees"] == care and call.args["occupation"] == "nursing_care"
    assert re.search(rf"{total}\D{{0,3}} − \D{{0,8}}{total - care}\D{{0,20}}= {care}", reply.answer)
