"""Class: part-time staff named beside the full-time staff of a quota question, not inside their count (part-timers,
パート, アルバイト, 非常勤, 短時間): the count stays as stated, and the reply says, as a stated assumption, that they were not
counted as full-time employees and why (the rule book's definition: 30 hours a week, 5 days, 217 days; confidence M);
part-timers at 30 or more hours a week are flagged as possibly counting."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

NOT_COUNTED = [
    ("正社員が40人、あとパートさんが10人（週20時間くらい）います。パートも人数に入るんですかね？実習生の枠を知りたいです。", 40, 10),
    ("常勤職員は25人で、ほかにアルバイトが6人います。技能実習生は何人受け入れられますか？", 25, 6),
    ("正社員33人、非常勤3人の会社です。実習生の受入れ人数枠は？", 33, 3),
    ("We have 40 full-time staff and 10 part-timers (about 20 hours a week). Do part-timers count? How many trainees "
     "can we take?", 40, 10),
    ("Our company has 52 full-time employees plus 8 part-time workers. What is our trainee quota?", 52, 8),
    ("we have 28 full timers and my wife and son help (part time). how many trainees can we take?", 28, None),
]


@pytest.mark.parametrize(("text", "count", "part"), NOT_COUNTED)
def test_part_timers_beside_the_count_are_said_not_counted(text: str, count: int, part: int | None) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.slots.get("full_time_employees") == count
    notes = [values for key, values in parsed.notes if key == "reading.part_timers_beside"]
    assert notes and notes[0]["part"] == part and notes[0]["total"] == count


@pytest.mark.parametrize(("text", "hours"), [
    ("常勤40人、パート5人（週35時間）です。実習生は何人？", 35),
    ("40 full-time employees plus 5 part-time staff working 35 hours a week. trainee quota?", 35),
    ("We have 30 full-time staff and 4 part-timers working 7 hours a day. How many trainees?", 35),
])
def test_part_timers_at_full_time_hours_are_flagged(text: str, hours: int) -> None:
    parsed = UNDERSTANDER.parse(text)
    notes = [values for key, values in parsed.notes if key == "reading.part_timers_beside_full"]
    assert notes and notes[0]["hours"] == hours


@pytest.mark.parametrize("text", [
    "We have 60 people, including 10 part-timers who work 4h a day. How many trainees?",  # inside the count: its note
    "We have 45 full-time employees. How many trainees can we take?",
])
def test_no_beside_note_without_part_timers_beside(text: str) -> None:
    assert not [k for k, _ in UNDERSTANDER.parse(text).notes if k.startswith("reading.part_timers_beside")]


@pytest.mark.parametrize(("text", "said"), [
    ("正社員が40人、あとパートさんが10人（週20時間くらい）います。パートも人数に入るんですかね？実習生の枠を知りたいです。", "30時間"),
    ("We have 40 full-time staff and 10 part-timers (about 20 hours a week). How many trainees can we take?",
     "30 hours"),
])
def test_the_reply_says_why(bot, text: str, said: str) -> None:
    from support import converse

    reply = converse(bot, text)
    assert said in reply.answer and ("217" in reply.answer)
