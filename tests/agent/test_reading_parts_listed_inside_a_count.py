"""A count said to hold several parts that do not count, listed together under one verb (a follow-up correction:
「38人の中に、週20時間くらいのパートさん6人と、今うちにいる実習生2人も入れて数えてました。それを除いた人数だと？」, "those 38
include 6 part-timers and our 2 current trainees, what if we leave them out?"): every part comes out (38 − 6 − 2 = 30)
and each is said. Before, only one part was read (or none) and the quota was not run again."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text", [
    "すみません、訂正です。38人の中に、週20時間くらいのパートさん6人と、今うちにいる実習生2人も入れて数えてました。"
    "それを除いた人数だとどうなりますか？",
    "Sorry, correction: those 38 include 6 part-timers and our 2 current trainees. What if we leave them out?",
    "Sorry, the 38 staff included 2 trainees and 6 part-time workers (20 hours a week). Without them?",
])
def test_every_part_listed_comes_out_of_the_restated_count(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.slots["full_time_employees"] == 30 and not parsed.parts
    assert len(parsed.notes) == 2


@pytest.mark.parametrize("text,part", [
    ("Sorry, that number included 6 part-timers and 2 trainees. What if we leave them out?", 8),
    ("その人数にはパート3人と実習生2人が入っていました", 5),
])
def test_without_the_count_restated_their_sum_is_the_part(text: str, part: int) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.parts["full_time_employees"][0] == part and "full_time_employees" not in parsed.slots


@pytest.mark.parametrize("turns", [
    ("部品加工の工場をやってます。社員は38人です。技能実習生は何人まで受け入れられますか？",
     "すみません、訂正です。38人の中に、週20時間くらいのパートさん6人と、今うちにいる実習生2人も入れて数えてました。"
     "それを除いた人数だとどうなりますか？"),
    ("We run a machining shop with 38 employees. How many trainees can we take?",
     "Sorry, correction: those 38 include 6 part-timers and our 2 current trainees. What if we leave them out?"),
    ("We have 38 employees. How many trainees can we take?",
     "Sorry, that number included 6 part-timers and 2 trainees. What if we leave them out?"),
])
def test_the_bot_runs_the_quota_again_on_the_count_without_them(bot, turns: tuple[str, str]) -> None:
    from support import converse

    reply = converse(bot, *turns)
    call = next(c for c in reply.tool_calls if c.name == "trainee_quota")
    assert call.args["full_time_employees"] == 30
    assert "30" in reply.answer
