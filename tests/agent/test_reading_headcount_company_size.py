"""A company described by its size ("a 35-person (all full-time) machinery company", "a 12-man firm", 「35人（全員正社員）の
機械メーカー」) gives the full-time headcount the trainee quota is computed from; a further knowledge ask in the same
message stays a knowledge ask (it is searched beside the calculation). A team, a supervising organization or a trainee
count is no company size."""

from __future__ import annotations

import pytest

from tests.agent.reading_checks import calls_named, slots_of
from support import converse


@pytest.mark.parametrize("text,count", [
    ("We're a 35-person (all full-time) machinery company in Niigata. How many technical intern trainees can we have?", 35),
    ("A 35-person firm, all full-time. How many trainees can we accept?", 35),
    ("We are a 48 person company. How many trainees can we accept?", 48),
    ("we are a 12-man construction company, how many trainees?", 12),
    ("We are a 20-worker metal shop. How many trainees can we take?", 20),
    ("We are a 40-person care facility. How many nursing trainees can we accept?", 40),
    ("Our supervisor is a 300-person supervising organization. We are a 40-person care facility. How many nursing "
     "trainees?", 40),
    ("35人（全員正社員）の機械メーカーです。技能実習生は何人まで受け入れられますか？", 35),
    ("新潟の35名(全員正社員)の金属加工会社です。技能実習生は何人受け入れられますか？", 35),
])
def test_a_company_size_is_the_headcount(text, count) -> None:
    assert slots_of(text).get("full_time_employees") == count


@pytest.mark.parametrize("text", [
    "We have a 5-person team. How many trainees can we accept?",
    "実習生3人の会社です",
    "Our supervising organization is a 300-person supervising organization. How many trainees can we accept?",
])
def test_a_team_or_a_trainee_count_is_no_company_size(text) -> None:
    assert "full_time_employees" not in slots_of(text)


def test_the_quota_runs_and_the_second_ask_stays_a_knowledge_ask(bot) -> None:
    reply = converse(bot, "We're a 35-person (all full-time) machinery company in Niigata, standard organization. How "
                          "many technical intern trainees can we have at once for No.1 and No.2? Also what is the maximum "
                          "number of years of the whole technical intern training?")
    quota = calls_named(reply, "trainee_quota")
    assert quota and quota[-1].args["full_time_employees"] == 35
    assert any("maximum number of years" in c.args.get("query", "") for c in calls_named(reply, "search_knowledge"))
