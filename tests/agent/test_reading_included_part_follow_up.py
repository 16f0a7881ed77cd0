"""A follow-up saying the count given before included N trainees (or part-timers under the full-time hours) is that
count minus N: the quota is computed again for it and the reply states the subtraction as an assumption ("105 − 8 =
97 full-time employees"): both the arithmetic and the statement."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize(("text", "part"), [
    ("ah sorry, the 105 includes the 8 technical intern trainees already working for us. can you recalculate?", 8),
    ("sorry, that number counted our 6 trainees too. can you redo it?", 6),
    ("oh, that number counted our 6 part-timers (15 hours a week) too. what is it without them?", 6),
    ("あ、すみません。その42人の中に、今いる技能実習生4人も数えちゃってました。実習生を抜くとどうなります？", 4),
    ("さっきの人数には実習生3人が含まれていました。", 3),
    ("その中にパート3人（週15時間）も入っていました。", 3),
])
def test_the_part_included_is_read(text: str, part: int) -> None:
    parts = UNDERSTANDER.parse(text).parts
    assert parts["full_time_employees"][0] == part


@pytest.mark.parametrize(("turns", "count", "said"), [
    (("We are a plastic molding company with 105 full-time employees. How many No.1 technical intern trainees can we "
      "have at once? We are a standard organization.",
      "ah sorry, the 105 includes the 8 technical intern trainees already working for us. can you recalculate?"),
     97, "105 − 8 = 97"),
    (("常勤42人の会社です。普通の実習実施者なんですが、技能実習生は何人まで受け入れできますか？",
      "あ、すみません。その42人の中に、今いる技能実習生4人も数えちゃってました。実習生を抜くとどうなります？"),
     38, "42 − 4 = 38"),
])
def test_the_quota_is_recomputed_and_the_subtraction_said(bot, turns: tuple[str, ...], count: int, said: str) -> None:
    from support import converse

    reply = converse(bot, *turns)
    call = next(c for c in reply.tool_calls if c.name == "trainee_quota")
    assert call.args["full_time_employees"] == count
    assert said in reply.answer and not reply.refused


@pytest.mark.parametrize("text", [
    "we are metal pressing company in aichi. 45 full time staff (not counting our 3 vietnamese trainees). how many new "
    "No.1 trainees can we take?",
    "We have 50 staff, and we don't count our 4 trainees in that. How many can we take?",
])
def test_a_count_said_not_to_count_the_part_is_the_count(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert not parsed.parts and parsed.slots["full_time_employees"] in (45, 50)


@pytest.mark.parametrize(("text", "count"), [
    # the part is said of another count (33), and the count stated (28) is already without it: taken as typed
    ("ごめんなさい、33人にはパートさん5人が入っていました。フルタイムの常勤は28人です。これで計算し直してもらえますか。", 28),
    ("sorry, the 33 included 5 part-timers; we have 28 full-time staff.", 28),
    # the part is of the count read (said with it, or in the next sentence with no number before it): subtracted
    ("常勤33人です。そのうち5人は週20時間のパートです。実習生は何人？", 28),
    ("We have 120 full-time people but 8 of them are trainees. How many can we take?", 112),
])
def test_a_count_stated_without_the_part_is_taken_as_typed(text: str, count: int) -> None:
    """A part subtracted from a count it is not part of would change a number the user typed (28 read as 23)."""
    assert UNDERSTANDER.parse(text).slots["full_time_employees"] == count
