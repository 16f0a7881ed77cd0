"""A stay in Japan on a visit (a tourist or short-stay visa, sightseeing) is no mode of internship, no internship's
days and no residence ("I'm in Japan on a tourist visa", 「観光ビザで日本にいます」): before, "in Japan" read the mode
in person (so the support funds were computed for the visit's days) and 来日 read a residence in Japan. The rest of the
message is still read."""

from __future__ import annotations

import pytest

from tests.agent.reading_checks import slots_of

VISIT_STATES = ("mode", "days", "residing_in_japan")


@pytest.mark.parametrize("text", [
    "I'm in Japan on a tourist visa",
    "I'm currently in Tokyo on a tourist visa for 30 days",
    "I'm in Japan for sightseeing",
    "I came to Japan on a tourist visa last week",
    "I'm visiting Japan as a tourist right now",
    "観光ビザで日本にいます",
    "観光ビザで来日しています",
    "短期滞在ビザで30日間日本にいます",
    "日本に観光で来ています",
], ids=["en-tourist-visa", "en-city-visa-days", "en-sightseeing", "en-came-on-visa", "en-visiting-as-tourist",
        "ja-kankou-visa", "ja-kankou-rainichi", "ja-tanki-taizai-days", "ja-nihon-ni-kankou"])
def test_a_visit_states_no_mode_days_or_residence(text: str) -> None:
    slots = slots_of(text)
    assert not any(s in slots for s in VISIT_STATES), slots


@pytest.mark.parametrize(("text", "expected"), [
    ("I'm Kenyan, 25, N2, currently in Japan on a tourist visa. Can I apply for JIP?",
     {"nationality": "Kenya", "age": 25, "jlpt_level": "N2"}),
    ("How much are the JIP support funds for 30 days? I'm in Japan on a tourist visa now.", {"days": 30}),
    ("ケニア国籍の25歳でN2です。今は観光ビザで日本にいます。JIPに応募できますか？",
     {"nationality": "Kenya", "age": 25, "jlpt_level": "N2"}),
], ids=["en-facts-beside", "en-funds-days-beside", "ja-facts-beside"])
def test_the_rest_of_the_message_is_still_read(text: str, expected: dict) -> None:
    slots = slots_of(text)
    assert {k: slots.get(k) for k in expected} == expected
    assert "mode" not in slots and "residing_in_japan" not in slots


@pytest.mark.parametrize(("text", "slot", "value"), [
    ("来日して対面で60日のインターンをする場合、支援金はいくらですか？", "mode", "in_person"),
    ("I will come to Japan for a 30-day in-person internship", "mode", "in_person"),
    ("I live in Osaka", "residing_in_japan", True),
])
def test_an_internship_or_a_residence_in_japan_is_still_read(text: str, slot: str, value) -> None:
    assert slots_of(text).get(slot) == value
