"""A number with a time unit (週20時間, 20 hours a week, 1日6時間) is never a headcount, not even as the answer to the
headcount asked; who counts as 常勤 is knowledge."""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calls_named
from tests.knowledge import repo_understander

U = repo_understander()


@pytest.mark.parametrize("text", [
    "受入れ人数枠の「常勤職員」って、技能実習生本人とか週２０時間くらいのパートさんも数に入れていいんですか？",
    "週30時間働くパートさんは常勤職員の数に含まれますか？",
    "1日6時間のアルバイトも人数に入れていいですか？",
])
def test_a_number_of_time_is_never_a_headcount(bot, text: str) -> None:
    parsed = U.parse(text)
    assert "full_time_employees" not in parsed.slots and parsed.asks_knowledge
    reply = converse(bot, text)
    assert not calls_named(reply, "trainee_quota")


@pytest.mark.parametrize("first, reply_text", [
    ("技能実習生は何人受け入れられますか？", "パートさんは週20時間です"),
    ("技能実習生は何人受け入れられますか？", "1日6時間のアルバイトがいます"),
    ("How many trainees can we accept?", "our part-timers work 20 hours a week"),
    ("How many trainees can we accept?", "they work 20h/week"),
])
def test_a_number_of_time_never_answers_the_headcount_asked(bot, first: str, reply_text: str) -> None:
    reply = converse(bot, first, reply_text)
    assert all(c.args.get("full_time_employees") not in (20, 6) for c in calls_named(reply, "trainee_quota"))
