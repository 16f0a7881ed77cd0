"""A full-time count told by the people it names ("only me and my wife work full time", "my brother and I are the only
full-time staff", 「常勤は私と妻だけです」「正社員は私と妻の2人」) beside a wanted number of trainees ("we want 3 trainees
from the philippines, is it ok?", 「フィリピンから実習生を3人入れたいのですが、できますか？」): the count is the people named
(2), the quota runs on it and the reply opens with whether the number wanted fits. Before, no count was read, the
country was taken as the subject and the message was refused."""

from __future__ import annotations

import pytest

from support import converse
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text,count", [
    ("only me and my wife work full time in our bakery (we both get salary as employees). we want 3 trainees from the "
     "philippines, is it ok?", 2),
    ("my brother and I are the only full-time staff. can we take 4 trainees?", 2),
    ("me, my wife and my son work full-time in the shop. how many trainees can we take?", 3),
    ("正社員は私と妻の2人だけです。実習生を3人受け入れたいのですが大丈夫ですか？", 2),
    ("常勤は私と妻だけです（2人とも給与あり）。フィリピンから実習生を3人入れたいのですが、できますか？", 2),
    ("私と息子が正社員です。実習生は何人まで？", 2),
])
def test_people_counted_by_words_are_the_count(text: str, count: int) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert "trainee_quota" in parsed.intents
    assert parsed.slots["full_time_employees"] == count


def test_people_counted_by_words_need_a_full_time_word() -> None:
    parsed = UNDERSTANDER.parse("me and my wife want to apply for the JIP. are we eligible?")
    assert "full_time_employees" not in parsed.slots


@pytest.mark.parametrize("text,opening", [
    ("only me and my wife work full time in our bakery (we both get salary as employees). we want 3 trainees from the "
     "philippines, is it ok?", "No: 3 No.1 trainees at once is not possible"),
    ("常勤は私と妻だけです（2人とも給与あり）。フィリピンから実習生を3人入れたいのですが、できますか？", "いいえ、3人を同時に"),
])
def test_people_counted_by_words_with_a_wanted_number_answered_plainly(bot, text: str, opening: str) -> None:
    reply = converse(bot, text)
    assert not reply.refused
    call = next(c for c in reply.tool_calls if c.name == "trainee_quota")
    assert call.args["full_time_employees"] == 2
    assert reply.answer.startswith(opening)
