"""A count with its qualifier after it ("52 of them full-time", "64 of whom work full time", "(64 full-time, 16
part-time)", そのうち常勤は52人) binds the qualified number.

A count qualified as full-time binds over a total (従業員は20人で、そのうち常勤は15人です)."""

from __future__ import annotations

import pytest

from tests.agent.reading_checks import slots_of


@pytest.mark.parametrize("text,value", [
    ("Hi, our company has 60 staff, 52 of them are full-time and the rest part-timers. Trainee quota?", 52),
    ("We employ 80 people, 64 of whom work full time. How many trainees can we accept?", 64),
    ("80 employees (64 full-time, 16 part-time) - how many technical interns?", 64),
    ("従業員は60人で、そのうち常勤は52人です。技能実習生は何人受け入れられますか？", 52),
    ("従業員は20人で、そのうち常勤は15人です。実習生は何人受け入れられますか？", 15),
    ("社員30名のうち、常勤は22名です。受入れ人数は？", 22),
    ("職員は全部で40人、常勤の職員は31人です。何人まで受け入れられますか？", 31),
], ids=["en-52-of-them-full-time", "en-64-of-whom-work-full-time", "en-in-brackets-64-full-time",
        "ja-sonouchi-joukin-wa-52", "ja-20-nin-de-sonouchi-joukin-wa-15", "ja-30-mei-no-uchi-joukin-wa-22",
        "ja-zenbu-de-40-joukin-no-shokuin-wa-31"])
def test_a_count_qualified_after_it_binds_the_qualified_number(text: str, value: int) -> None:
    assert slots_of(text).get("full_time_employees") == value
