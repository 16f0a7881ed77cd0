"""The trainees a user holds now, compared with the limit recomputed in a follow-up ("We have exactly 6 No.1 trainees
right now. What happens if 3 of our full-time staff retire in March ...? Are we then over the limit?", 「今1号が6人います
が、3人退職したら枠を超えますか」): the count held is read per stage (never as a count of employees) and the reply says
how it compares: with 49 the No.1 limit is 5, so 6 held is 1 over. Before, the limit was given with no comparison."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text,field,held", [
    ("OK. We have exactly 6 No.1 trainees right now. What happens if 3 of our full-time staff retire in March?",
     "no1_at_once", 6),
    ("We currently have 4 second-year trainees. Is that still fine?", "no2_at_once", 4),
    ("There are 6 No.1 trainees with us now. Are we over?", "no1_at_once", 6),
    ("今1号が6人いますが、3人退職したら枠を超えますか", "no1_at_once", 6),
    ("現在、1号の実習生が6名在籍しています。大丈夫ですか。", "no1_at_once", 6),
    ("第2号技能実習生を8人受け入れています。", "no2_at_once", 8),
])
def test_the_trainees_held_are_read_per_stage(text: str, field: str, held: int) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert {"field": field, "value": held, "held": True} in parsed.claims
    assert parsed.slots.get("full_time_employees") != held


@pytest.mark.parametrize("text", [
    "Can we have 6 No.1 trainees?",
    "If we have 6 No.1 trainees, is that allowed?",
    "1号は何人まで受け入れられますか",
])
def test_a_question_is_no_count_held(text: str) -> None:
    assert not any(c.get("held") for c in UNDERSTANDER.parse(text).claims)


@pytest.mark.parametrize("turns,said", [
    (("We have 52 full-time employees, not counting trainees. We are not an excellent company. How many No.1 "
      "trainees can we have at once?",
      "OK. We have exactly 6 No.1 trainees right now. What happens if 3 of our full-time staff retire in March and we "
      "don't replace them? Are we then over the limit?"), "1 over the No.1 limit of 5"),
    (("常勤の従業員は52人です（実習生は含みません）。優良ではありません。1号は同時に何人までですか。",
      "今1号が6人いますが、3人退職したら枠を超えますか"), "枠を1人超えます"),
    (("We have 52 full-time employees. How many No.1 trainees can we have at once?",
      "We have 4 No.1 trainees right now. If 3 of our full-time staff retire, are we over the limit?"),
     "within the No.1 limit of 5"),
    (("常勤の従業員は52人です。1号は同時に何人までですか。", "現在、1号の実習生が4名在籍しています。3人退職したら枠を超えますか。"), "枠内です"),
])
def test_the_reply_compares_the_trainees_held_with_the_limit(bot, turns: tuple[str, str], said: str) -> None:
    from support import converse

    reply = converse(bot, *turns)
    call = next(c for c in reply.tool_calls if c.name == "trainee_quota")
    assert call.args["full_time_employees"] == 49
    assert said in reply.answer
