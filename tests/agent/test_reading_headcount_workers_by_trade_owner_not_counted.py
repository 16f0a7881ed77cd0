"""A count of workers named by their trade, the owner said not to be counted, and the ask whether trainees can be
accepted at all (knowledge/nlu/ja.yaml ``numbers``, ``intents``, acts ``full_time_who``).

The class: 「常勤の職人は二人だけで（社長の私は数えてません）…実習生って受け入れられますか？受け入れられるなら何人まで？」, "Only 2
full-time craftsmen (I don't count myself, I'm the owner) ... Can we accept trainees?": the trade's word (職人, 大工, 作業員,
craftsmen, carpenters, workers) names the full-time count (2), the owner said not to be counted is a statement, never a
question who counts as full-time, and 「実習生は受け入れられますか」 after a count asks for the quota (a count is computed,
not a passage quoted). Without a count (「介護分野で実習生は受け入れられますか」) it stays a question for the documents.
"""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calls_named
from tests.knowledge import repo_understander

JA_7B_05 = ("小さな板金屋です。常勤の職人は二人だけで（社長の私は数えてません）、あとは週三日来てくれるパートさんが一人います。こんな小さな会社でも"
            "実習生って受け入れられますか？受け入れられるなら何人まで？")

READ = [
    (JA_7B_05, 2),
    ("うちは工務店で、常勤の大工が4人います。実習生は受け入れられますか？", 4),
    ("職人は常勤で3人です。実習生は受け入れられますか？", 3),
    ("常勤の作業員が5名います（社長は数えていません）。実習生は何人まで？", 5),
    ("We're a small sheet-metal shop. Only 2 full-time craftsmen (I don't count myself, I'm the owner), plus one "
     "part-timer 3 days a week. Can we accept trainees? If so, how many?", 2),
    ("We have 6 full-time carpenters and 2 part-time helpers. Can we take technical intern trainees?", 6),
    ("Our workshop has 4 full-time workers, not counting me, the owner. Can we accept trainees, and how many?", 4),
]


@pytest.mark.parametrize(("text", "count"), READ)
def test_workers_by_trade_are_the_count_and_the_quota_is_asked(text: str, count: int) -> None:
    parsed = repo_understander().parse(text)
    assert parsed.slots.get("full_time_employees") == count
    assert "trainee_quota" in parsed.intents


@pytest.mark.parametrize("text", ["介護分野で実習生は受け入れられますか？", "常勤は5名ですが、社長も常勤に数えますか？"])
def test_no_count_or_a_who_counts_question_is_no_quota_ask(text: str) -> None:
    assert "trainee_quota" not in repo_understander().parse(text).intents


def test_the_owner_not_counted_is_no_question_of_who_counts() -> None:
    pack = repo_understander().pack("ja")
    assert not pack.act("full_time_who", "常勤の職人は二人だけで（社長の私は数えてません）、あとはパートさんが一人います。")
    assert pack.act("full_time_who", "社長も常勤に数えますか？")


def test_the_quota_runs_on_the_craftsmen(bot) -> None:
    reply = converse(bot, JA_7B_05)
    assert [c.args["full_time_employees"] for c in calls_named(reply, "trainee_quota")] == [2], reply.tool_calls
    assert "第1号技能実習生は同時に2人まで" in reply.answer
