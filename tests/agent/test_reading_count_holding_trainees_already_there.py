"""A count said to include the trainees already working there is that count minus them (trainees never count as
full-time employees): "34 peoples working full time ... but this number include 5 vietnamese trainees" is 34 − 5 = 29,
also when the count is written with a learner's plural ("peoples"); a follow-up 「35人の中に今いる実習生5人も入れて
数えてました」 (入れて数える: counted them in) takes 5 from the 35 given before. The reply states the subtraction as an
assumption. Before, "peoples" was no count word (no quota ran) and 「入れて数えて」 was no inclusion (35 was kept)."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize(("text", "count"), [
    ("We have 34 peoples working full time in our food factory, but this number include 5 vietnamese trainees that "
     "already came last year. What is our limit for No.1 and No.2 trainees?", 29),
    ("40 peoples full time here, including 4 trainees from Indonesia. How many No.1 can we take?", 36),
    ("Our factory has 52 full-time peoples, 6 of them are trainees already. Limit for No.1?", 46),
    ("常勤は40人ですが、実習生4人も入れて数えています。1号は何人まで？", 36),
])
def test_the_trainees_come_out_of_the_count_that_includes_them(text: str, count: int) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.slots["full_time_employees"] == count
    assert any(key == "assume.trainees_excluded" for key, _ in parsed.notes)


@pytest.mark.parametrize(("text", "part"), [
    ("あ、すみません。35人の中に今いる実習生5人も入れて数えてました。", 5),
    ("すみません、さっきの人数には実習生3人も入れていました。", 3),
    ("sorry, that number include 5 trainees that already came last year", 5),
])
def test_a_follow_up_names_the_part_of_the_count_given_before(text: str, part: int) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.parts["full_time_employees"][0] == part and "full_time_employees" not in parsed.slots


@pytest.mark.parametrize("text", [
    "常勤は40人です（実習生4人は入れていません）。1号は何人まで？",
    "We have 40 peoples full time, not counting our 4 trainees. How many No.1?",
    # trainees the user hopes to take in (入れられる: can be taken in) are no part of the count
    "常勤は40人です。実習生を4人入れられますか？",
])
def test_a_count_said_without_them_stays_as_typed(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.slots["full_time_employees"] == 40 and not parsed.parts


@pytest.mark.parametrize(("turns", "count", "said"), [
    (("We have 34 peoples working full time in our food factory, but this number include 5 vietnamese trainees that "
      "already came last year. What is our limit for No.1 and No.2 trainees? standard company.",), 29, "34 − 5 = 29"),
    (("食品加工の会社をやっています。常勤が35人いるので、実習生1号の枠は4人で合ってますか？",
      "あ、すみません。35人の中に今いる実習生5人も入れて数えてました。"), 30, "35 − 5 = 30"),
])
def test_the_quota_runs_on_the_count_without_them_and_says_so(bot, turns: tuple[str, ...], count: int,
                                                             said: str) -> None:
    from support import converse

    reply = converse(bot, *turns)
    call = next(c for c in reply.tool_calls if c.name == "trainee_quota")
    assert call.args["full_time_employees"] == count
    assert said in reply.answer and not reply.refused
