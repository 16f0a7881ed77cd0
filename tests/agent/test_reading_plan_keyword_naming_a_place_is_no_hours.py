"""A plan keyword naming a place ("main shop 14", "main office 9", "core plant: 30") counts people at that place: the
figure is no required-work hours ("main" is a required-work word; read31 found "main shop 14" set required_hours=14 in a
headcount message). Pack pattern ``place_after_keyword`` (knowledge/nlu/en.yaml), bot/agent/nlu.py `_pair_in`; the
Japanese plan words (必須, 関連, 周辺) name no place, so 「メイン店舗14人」 never read hours either."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()
HOURS = {"required_hours", "related_hours", "peripheral_hours"}


@pytest.mark.parametrize(("text", "count"), [
    ("We have full-time staff at 3 shops: main shop 14, station shop 9, mall shop 6. How many trainees can we accept?",
     29),
    ("Full-time staff: main shop 14, station shop 9, mall shop 6. How many trainees?", 29),
    ("Full-time: main office 14 people and branch 9. How many trainees?", 23),
    ("常勤はメイン店舗14人、駅前店9人です。実習生は何人受け入れられますか？", 23),
    ("主な店舗に常勤14人、支店に9人います。実習生は何人？", 23),
], ids=["en-main-shop", "en-main-shop-list", "en-main-office", "ja-main-tenpo", "ja-omo-na-tenpo"])
def test_a_keyword_naming_a_place_counts_people_not_hours(text: str, count: int) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert not HOURS & set(parsed.slots)
    assert parsed.slots["full_time_employees"] == count


@pytest.mark.parametrize("text", [
    "Plan: main work 1000 hours, related 500, peripheral 300. OK?",
    "required 1000, related 500, peripheral 300",
], ids=["en-main-work", "en-bare-list"])
def test_a_keyword_naming_work_still_reads_hours(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    slots = parsed.slots
    assert (slots["required_hours"], slots["related_hours"], slots["peripheral_hours"]) == (1000, 500, 300)
