"""A full-time count said as the only ones employed so ("家族以外で常勤として雇ってるのは２名だけで、あとはパートが５人",
"the only ones we employ full-time outside the family are 2, plus 5 part-timers", "only 3 of our staff are full-time"):
that count is the headcount and the quota runs with it; the part-timers and their days are no count. Before, no count
was read and the question was searched."""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calls_named
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

ONLY = [
    ("北海道で酪農をしてます。家族以外で常勤として雇ってるのは２名だけで、あとはパートが５人（週３日くらい）。技能実習生って何人まで"
     "入れられるんでしょうか？", 2),
    ("正社員として働いている人は3人のみで、ほかはアルバイトが4人です。実習生は何人受け入れられますか？", 3),
    ("We run a dairy farm in Hokkaido. The only ones we employ full-time outside the family are 2, plus 5 part-timers "
     "(about 3 days a week). How many trainees can we take?", 2),
    ("Only 3 of our staff are full-time, the rest are 6 part-timers. How many trainees can we take?", 3),
    ("The only people working full-time here are 4; everyone else is part-time. What's our trainee quota?", 4),
]


@pytest.mark.parametrize(("text", "count"), ONLY)
def test_the_only_full_timers_are_the_count(text: str, count: int) -> None:
    assert UNDERSTANDER.parse(text).slots["full_time_employees"] == count


@pytest.mark.parametrize(("text", "count"), ONLY)
def test_the_quota_runs_with_them(bot, text: str, count: int) -> None:
    reply = converse(bot, text)
    assert [c.args["full_time_employees"] for c in calls_named(reply, "trainee_quota")] == [count], reply.tool_calls
