"""A nationality stated beside being somewhere now ("I'm Kenyan, 26, currently in Tokyo") is read as living abroad
only when the place is not in Japan: a city or prefecture of Japan (knowledge/nlu/places_japan.yaml) is living in
Japan, as "Japan" itself always was. "I'm a Filipino, 26, currently in Osaka on a student visa" had been told they
meet the JIP requirements."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.agent.understand import Understander
from bot.rules import RuleBook

KNOWLEDGE = Path(__file__).resolve().parents[2] / "knowledge"


@pytest.fixture(scope="module")
def understander() -> Understander:
    return Understander(RuleBook.load(KNOWLEDGE / "rules"), KNOWLEDGE / "nlu")


@pytest.mark.parametrize("text", [
    "I'm a Filipino, 26, currently in Osaka on a student visa doing my masters, fluent english. Can I apply from here?",
    "I'm Kenyan, 26, currently in Tokyo.",
    "I am Vietnamese, 30, now in Nagoya for work.",
    "I'm Nepali, 27, currently based in Fukuoka prefecture.",
    "im indonesian 24 yrs, currently living in sapporo",
])
def test_a_place_in_japan_beside_a_nationality_is_living_in_japan(understander: Understander, text: str) -> None:
    assert understander.parse(text).slots.get("residing_in_japan") is True


@pytest.mark.parametrize("text", [
    "I'm Kenyan, 26, currently in Nairobi.",
    "I'm Kenyan, 26, currently living in Mombasa.",
    "I am Vietnamese, currently in Hanoi, not in Japan.",
])
def test_a_place_abroad_beside_a_nationality_is_still_abroad(understander: Understander, text: str) -> None:
    assert understander.parse(text).slots.get("residing_in_japan") is False
