"""Class: percentage shares given with everyday names of the work types (main job / main work / core tasks = required,
related job / tasks = related, other things / misc / cleaning and carrying = peripheral; メインの仕事 / 本業 / 主な作業,
関連の仕事, その他 / 雑用 / 掃除) are the training plan's shares and run the split check."""

from __future__ import annotations

import pytest

from bot.agent import nlu
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text,shares", [
    ("if our trainee spend 45% of time on the main job, 30% on related job and 25% on other things like cleaning and "
     "carrying boxes is that ok for the plan??", (45, 30, 25)),
    ("main job 45%, related tasks 30%, other stuff 25% - ok?", (45, 30, 25)),
    ("they do 60% core tasks, 25% related work and 15% cleaning. is the plan fine?", (60, 25, 15)),
    ("45 percent of their time on the main work, 30 percent on related tasks, 25 percent on misc", (45, 30, 25)),
    ("実習生の時間は、メインの仕事が45%、関連の仕事が30%、掃除や荷物運びなどその他が25%です。計画として大丈夫？", (45, 30, 25)),
    ("本業に45%、関連作業に30%、雑用に25%で大丈夫？", (45, 30, 25)),
    ("主な作業6割、関連作業3割、清掃1割でいい？", (60, 30, 10)),
])
def test_everyday_names_of_shares_run_the_split(text: str, shares: tuple[int, int, int]) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert nlu.SPLIT in parsed.intents
    got = tuple(parsed.slots.get(k) for k in ("required_hours", "related_hours", "peripheral_hours"))
    assert got == shares and parsed.percent_shares


def test_the_split_check_runs(bot) -> None:
    from support import converse

    reply = converse(bot, "if our trainee spend 45% of time on the main job, 30% on related job and 25% on other things "
                    "like cleaning and carrying boxes is that ok for the plan??")
    assert any(c.name == "training_time_split" for c in reply.tool_calls)
    assert "45%" in reply.answer
