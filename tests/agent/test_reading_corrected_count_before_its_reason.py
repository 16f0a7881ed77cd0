"""A corrected count said first and explained after ("sorry, actually 52 - I forgot the people at our second factory,
they are full-time too. does that change anything?", 「すみません、やっぱり52名でした。第二工場の人を忘れていました」): the
value is the count, a correction of the one given before, and the pending quota runs again with it; the explanation's
numbers (the people left out, their days and hours) are no value of any slot. Before, such a message was longer than a
short reply and held several numbers, so no slot took the value and a search (or a refusal) answered."""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calls_named
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

FIRST_EN = "We are a food processing company in Gunma with 28 full-time employees. How many trainees can we accept?"
FIRST_JA = "群馬の食品加工会社です。常勤職員は28名です。技能実習生は何人受け入れられますか？"

CORRECTIONS = [
    (FIRST_EN, "sorry, actually 52 - I forgot the people at our second factory, they are full-time too. does that "
               "change anything?", 52),
    (FIRST_EN, "sorry, actually it is 52. I forgot the 14 guys on the night shift, they are full-time too (5 days a "
               "week, 40 hours).", 52),
    (FIRST_EN, "oops, it's 61. I forgot to count the drivers, they work 5 days a week too. Is the number different?", 61),
    (FIRST_EN, "Actually 45 - we left out the staff of the Maebashi branch. Same answer?", 45),
    (FIRST_JA, "すみません、やっぱり52名でした。第二工場の人を忘れていました。みんな常勤です", 52),
    (FIRST_JA, "すみません、55人でした。夜勤の14人を数え忘れていました。週5日、40時間の常勤です。何か変わりますか？", 55),
    (FIRST_JA, "訂正です。常勤は61名でした。支店のスタッフを入れ忘れていました。", 61),
    (FIRST_JA, "ごめんなさい、正しくは52人です。第二工場の14人を入れていませんでした。全員週5日40時間勤務です。変わりますか？", 52),
    (FIRST_EN, "sorry, it's actually 52 - forgot to include the night shift (14 people, 5 days a week, 40 hours each). "
               "does that change anything?", 52),
    (FIRST_EN, "my mistake, we have 52. I didn't count the 14 people at the Ota plant. They work 40 hours a week.", 52),
]


@pytest.mark.parametrize(("first", "second", "count"), CORRECTIONS)
def test_the_corrected_count_is_read_and_the_explanation_gives_no_value(first: str, second: str, count: int) -> None:
    parsed = UNDERSTANDER.parse(second)
    assert parsed.correction
    numeric = {k: v for k, v in parsed.slots.items() if isinstance(v, (int, float)) and not isinstance(v, bool)}
    assert numeric == {"full_time_employees": count}


@pytest.mark.parametrize(("first", "second", "count"), CORRECTIONS)
def test_the_pending_quota_runs_again_with_the_corrected_count(bot, first: str, second: str, count: int) -> None:
    reply = converse(bot, first, second)
    assert not reply.refused
    assert [c.args["full_time_employees"] for c in calls_named(reply, "trainee_quota")] == [count], reply.tool_calls


@pytest.mark.parametrize("text", [
    "sorry, I forgot to mention we have 3 trainees already. How many more can we take?",  # no corrected count first
    "Hi, we are 45 people and I forgot the form number. Which form is it?",
])
def test_no_correction_lead_is_no_restated_count(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.slots.get("full_time_employees") != 3
