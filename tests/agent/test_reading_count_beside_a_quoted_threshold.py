"""A rule quoted from hearsay beside the user's own count ("常勤30人以下なら実習生は3人までとれるって聞いた", "I heard that with
30 or fewer full-time staff you can take 3 trainees") is no count: its threshold is dropped and the count the message
states elsewhere (2) is the one the quota runs on; a note said beside the threshold's number is said beside the count.
Before, ja5c-08 (「常勤の従業員は二人だけ…常勤30人以下なら実習生は3人までとれるって聞いたんだけど、うちでも1号を3人いける？」) ran no
quota: the threshold 30 was read as the count and dropped with it."""

from __future__ import annotations

import pytest

from support import converse
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

TEXTS = [
    ("うちは家族経営の農業法人で、いちごとトマトをやってます。常勤の従業員は二人だけ（あとは私と妻が役員で、給料じゃなくて役員報酬）。"
     "収穫期だけ来るパートさんが十五人くらいいます。常勤30人以下なら実習生は3人までとれるって聞いたんだけど、うちでも1号を3人いける？"
     "2号になったら何人まで？", 2),
    ("常勤の従業員は2人です。常勤30人以下なら実習生は3人までとれるって聞いたんだけど、うちでも1号を3人いける？", 2),
    ("常勤職員は12名です。常勤50人以下の会社は5人までと聞きましたが、うちは何人受け入れられますか？", 12),
    ("We are a family farm. Only 2 full-time employees (my wife and I are directors, paid as officers). About 15 "
     "part-timers in harvest season. I heard that with 30 or fewer full-time staff you can take 3 trainees, so can we "
     "take 3 No.1? How many No.2?", 2),
    ("We have 2 full-time employees. A friend told me companies with 30 full-time staff or less can take 3 trainees. "
     "Can we take 3?", 2),
]


@pytest.mark.parametrize(("text", "count"), TEXTS)
def test_the_stated_count_is_read_beside_the_quoted_rule(text: str, count: int) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.slots.get("full_time_employees") == count
    assert all(params.get("total") in (None, count) for _, params in parsed.notes), parsed.notes


@pytest.mark.parametrize(("text", "count"), [TEXTS[0], TEXTS[3]])
def test_the_quota_runs_on_the_stated_count(bot, text: str, count: int) -> None:
    reply = converse(bot, text)
    quota = [c for c in reply.tool_calls if c.name == "trainee_quota"]
    assert [c.args["full_time_employees"] for c in quota] == [count], reply.tool_calls


@pytest.mark.parametrize("text", [
    "常勤30人以下の会社は実習生を何人受け入れられますか？",
    "How many trainees can a company with 30 or fewer full-time staff take?",
])
def test_a_threshold_alone_is_still_no_count(text: str) -> None:
    assert "full_time_employees" not in UNDERSTANDER.parse(text).slots
