"""A full-time count said as a part of a total ("Total headcount is 45: 38 of them are full-time, 7 are part-time",
「45人のうち正社員38人、パート7人」) is the full-time count: the total's other part is never subtracted from it again.
A part said to be inside the full-time count ("38 of them full-time, including 3 trainees", 「そのうち3人は実習生」)
still comes out of it, and a part of a full-time count stated alone ("60 full-time staff, 10 of them are part-timers")
too."""

from __future__ import annotations

import pytest

from tests.agent.reading_checks import last_calculator_call, slots_of


@pytest.mark.parametrize("text", [
    "Total headcount is 45: 38 of them are full-time, 7 are part-time ladies who work about 20 hours a week. How many "
    "No. 1 and No. 2 trainees can we have at the same time?",
    "We have 45 employees, 38 of them are full-time and 7 are part-timers working 20 hours a week. How many trainees "
    "can we take?",
    "Of our 45 staff, 38 are full-time, 7 are part-time (20 hours a week). Trainee quota?",
    "45 in total. 38 are full-time. 7 are part-time workers. How many trainees?",
    "45 people, 38 of them full-time, 7 of them are part-time. How many trainees?",
    "従業員は45人で、そのうち38人が正社員、7人がパート（週20時間）です。実習生は何人受け入れられますか",
    "45人のうち正社員38人、パート7人（週20時間）です。実習生は何人まで？",
    "全部で45人、フルタイムが38人、パートが7人（週20時間）です。実習生の人数枠は？",
], ids=["en-total-headcount-of-them", "en-employees-of-them-and", "en-of-our-staff", "en-in-total-sentences",
        "en-of-them-twice", "ja-sonouchi-nin-ga-seishain", "ja-no-uchi-seishain", "ja-zenbu-de-fulltime-ga"])
def test_the_full_time_ones_of_a_total_are_the_count(text: str) -> None:
    assert slots_of(text).get("full_time_employees") == 38


@pytest.mark.parametrize("text,value", [
    ("We have 45 employees, 38 of them full-time, including 3 trainees. How many trainees can we take?", 35),
    ("We have 45 employees, 38 of them are full-time; 5 of the full-timers are trainees. Quota?", 33),
    ("45人のうち正社員38人、そのうち3人は技能実習生です。受け入れ人数は？", 35),
    ("We have 60 full-time staff, 10 of them are part-timers working 4h a day. How many trainees?", 50),
], ids=["en-including-after-the-count", "en-of-the-full-timers", "ja-sonouchi-jisshusei", "en-no-total-of-them"])
def test_a_part_said_inside_the_full_time_count_still_comes_out(text: str, value: int) -> None:
    assert slots_of(text).get("full_time_employees") == value


@pytest.mark.parametrize("text", [
    "Hi there. We're an auto parts workshop in Toyota city. Total headcount is 45: 38 of them are full-time, 7 are "
    "part-time ladies who work about 20 hours a week, and that 45 doesn't include the 3 Vietnamese technical intern "
    "trainees we already have. We are a standard implementing organization. How many No. 1 and No. 2 trainees can "
    "we have at the same time?",
    "従業員は45人で、そのうち38人が正社員、7人がパート（週20時間）です。一般の実習実施者です。技能実習生は何人まで受け入れられますか？",
], ids=["en", "ja"])
def test_the_quota_runs_on_the_full_time_ones(bot, text: str) -> None:
    call = last_calculator_call(bot, [text])
    assert call.name == "trainee_quota"
    assert call.args["full_time_employees"] == 38
