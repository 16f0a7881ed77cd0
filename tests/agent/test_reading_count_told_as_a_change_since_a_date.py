"""A headcount told as a change over time: the count at an earlier date, then the people who joined and those who left
since ("At the start of the year we were 38 full-time employees ... Since then we hired 5 more full-timers and 2 people
retired", 「正社員は去年の4月時点で38人でした。今年度に入ってから5人採用し、2人が退職しています」). The count is the stated
one plus those who joined minus those who left (38 + 5 − 2 = 41), and the reading notes the arithmetic for the reply.
Before, the first figure was used (38; in Japanese the 3 haken workers named later). A count of now with a change
said beside it, and a corrected total after a change, keep their own readings."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

CHANGED = [
    ("At the start of the year we were 38 full-time employees (this number does not include our 3 trainees). Since "
     "then we hired 5 more full-timers and 2 people retired. We also have 4 haken workers from a staffing agency, but "
     "they are employed by the agency. How many No.1 trainees can we have?", 38, [5], [2], 41),
    ("At the start of the fiscal year we had 296 regular full-time employees (trainees not included); since then 27 "
     "joined and 8 left. How many No.1 trainees can we have?", 296, [27], [8], 315),
    ("Home A: last year it had 12 full-time care workers; this year 8 more care workers joined and 1 moved to Home B. "
     "How many No.1 trainees can Home A take?", 12, [8], [1], 19),
    ("As of April we had 50 full-time staff. Since then we hired 4 new employees and 6 people resigned. What is our "
     "trainee quota?", 50, [4], [6], 48),
    ("正社員は去年の4月時点で38人でした。今年度に入ってから5人採用し、2人が退職しています。ほかに派遣会社から来てもらっている"
     "派遣社員が3人います（当社の社員ではありません）。1号は同時に何人まで受け入れられますか？", 38, [5], [2], 41),
    ("従業員は昨年度末で20名でした。その後3名が入社し、1名が退職しました。1号は何人まで受け入れられますか？", 20, [3], [1], 22),
    ("常勤職員は年度初めに50人いました。4月以降、6人を採用し3人が辞めました。受入れ人数枠を教えてください。", 50, [6], [3], 53),
]


@pytest.mark.parametrize(("text", "before", "joined", "left", "count"), CHANGED)
def test_a_count_told_as_a_change_since_a_date_is_the_count_after_the_change(
        text: str, before: int, joined: list[int], left: list[int], count: int) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.slots.get("full_time_employees") == count
    assert ("reading.count_changed", {"total": before, "joined": joined, "left": left, "count": count}) in parsed.notes
    assert not parsed.correction


@pytest.mark.parametrize(("text", "count"), [
    # no earlier date: the count stated is the count of now, the hires are no change of it
    ("We have 38 full-time employees and we hired 5 more full-timers this year. How many No.1 trainees?", 38),
    # a new total stated after the change wins (a correction)
    ("At the start of the year we were 38. Since then we hired 5 people, so we're 43 now. Redo the quota?", 43),
])
def test_a_count_of_now_beside_a_change_keeps_its_reading(text: str, count: int) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.slots.get("full_time_employees") == count
    assert not any(key == "reading.count_changed" for key, _ in parsed.notes)


def test_a_dated_count_followed_by_a_count_of_now_is_not_the_count() -> None:
    parsed = UNDERSTANDER.parse("社員は去年の時点で30人でしたが今は40人です。1号は何人まで受け入れられますか？")
    assert parsed.slots.get("full_time_employees") != 30


@pytest.mark.parametrize(("message", "said"), [
    (CHANGED[0][0], "38 + 5 − 2 = 41"),
    (CHANGED[4][0], "38 + 5 − 2 = 41人"),
])
def test_the_reply_states_the_arithmetic_of_the_change(bot, message: str, said: str) -> None:
    # the calculator gets 41 and the reply says how: a count the user never typed is never used silently
    reply = bot.reply(bot.new_conversation(), message)
    call = next(c for c in reply.tool_calls if c.name == "trainee_quota")
    assert call.args["full_time_employees"] == 41
    assert said in reply.answer
