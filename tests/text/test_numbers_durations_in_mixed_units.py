"""Class: a duration in mixed units is read whole, in hours: "3 hours 45 minutes" is 3.75 hours, 「4時間半」 4.5, 「30分」
0.5 (before: 3 hours and 4 hours, the minutes and the half dropped). The 分 of a share (「4割5分」), of a count of fields
(「14分野」) or of a fraction (「3分の1」) is no minute."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.agent.understand import LanguagePack

NLU = Path(__file__).resolve().parents[2] / "knowledge" / "nlu"
EN = LanguagePack.load(NLU / "en.yaml")
JA = LanguagePack.load(NLU / "ja.yaml")


@pytest.mark.parametrize("text,read", [
    ("Every day 3 hours 45 minutes is hands-on", "Every day 3.75 hours is hands-on"),
    ("required 4 and a half hours", "required 4.5 hours"),
    ("an hour and a half of lectures", "1.5 hours of lectures"),
    ("half an hour of cleaning", "0.5 hours of cleaning"),
    ("related 30 minutes", "related 0.5 hours"),
    ("2 hrs, 15 mins", "2.25 hours"),
    ("1 hour 20 minutes", "1.3333333333333333 hours"),  # no exact decimal: a float's full precision, never rounded
])
def test_english_durations_are_read_in_hours(text: str, read: str) -> None:
    assert EN.in_hours(text) == read


@pytest.mark.parametrize("text,read", [
    ("必須作業が4時間半、関連作業が30分", "必須作業が4.5時間、関連作業が0.5時間"),
    ("実習は3時間45分です", "実習は3.75時間です"),
    ("講義90分間", "講義1.5時間"),
])
def test_japanese_durations_are_read_in_hours(text: str, read: str) -> None:
    assert JA.in_hours(text) == read


@pytest.mark.parametrize("text", ["必須業務が4割5分、周辺が2割5分", "特定技能は14分野", "周辺は3分の1以下", "自分で作った計画"])
def test_a_fen_that_is_no_minute_stays(text: str) -> None:
    assert JA.in_hours(text) == text
