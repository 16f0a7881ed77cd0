"""A workforce listed under headings, the heading being the qualifier of the roles on its line, is counted line by
line (pack ``role_lines`` ``headed``, bot/agent/headcount.py ``_headed_lines``).

The class: 「正社員：製造ライン22名、品質管理3名、事務所2名 / 契約社員：4名（全員フルタイムで週5日・1日8時間） / アルバイト学生：6名
（週2〜3日）」 is 22 + 3 + 2 + 4 = 31 (ja7g-14): every role under the full-time heading counts, a line whose schedule
meets the rule book's full-time test counts whatever its heading (contract staff at 5 days and 40 hours), a part-time
heading or a schedule under the test leaves its line out, and the reply names the lines left out. Never the number of
one line, never the first number after a heading.
"""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calls_named, slots_of
from tests.knowledge import repo_understander

HEADED = [
    ("ja", "人員はこんな感じです。\n正社員：製造ライン22名、品質管理3名、事務所2名\n契約社員：4名（全員フルタイムで週5日・1日8時間、"
           "1年ごとに更新）\nアルバイト学生：6名（週2〜3日）\n常勤って何人になりますか？", 31),
    ("ja", "正社員：製造20名、検査5名\nパート：8名（週3日）\n実習生は何人まで受け入れられますか？", 25),
    ("ja", "常勤：工場18名・事務所4名・配送3名\n契約社員：2名（週4日・1日5時間）\n受入れ枠を教えてください。", 25),
    ("ja", "正社員：製造ライン22名、品質管理3名、事務所2名／アルバイト：6名（週2日）。実習生の枠は？", 27),
    ("en", "Full-time: 22 on the line, 3 in QC, 2 in the office. Contract: 4 (all full-time, 5 days x 8h). Part-time "
           "students: 6 (2-3 days a week). How many trainees?", 31),
    ("en", "Our staff.\nFull-time: 15 welders, 4 drivers, 2 office\nPart-time: 5 packers\nHow many trainees can we take?",
     21),
    ("en", "Regular: 30 production, 6 admin\nContract: 3 (3 days a week, 6h a day)\nTrainee quota?", 36),
]


@pytest.mark.parametrize(("lang", "text", "count"), HEADED, ids=[f"{lang}-{i}" for i, (lang, _, _) in enumerate(HEADED)])
def test_lines_under_a_qualifier_heading_are_counted_line_by_line(lang: str, text: str, count: int) -> None:
    assert slots_of(text).get("full_time_employees") == count


@pytest.mark.parametrize("text", [
    "正社員：24名（週5日・週40時間）\n契約社員：5名（週4日・1日8時間、雇用保険加入）\nパート：9名（週5日・1日5時間）\n枠は？",
    "Full-time: 24\nPart-time: 9\nHow many trainees?",
], ids=["ja", "en"])
def test_one_count_under_each_heading_is_no_heading_list(text: str) -> None:
    # one count a heading is read by the other readers (schedule groups, labelled counts), never as a heading list
    assert "reading.count_headed_lines" not in [key for key, _ in repo_understander().parse(text).notes]


def test_the_quota_runs_on_the_lines_counted_and_names_the_lines_left_out(bot) -> None:
    reply = converse(bot, HEADED[0][1] + "実習生の1号・2号の枠も知りたいです。")
    assert [call.args["full_time_employees"] for call in calls_named(reply, "trainee_quota")] == [31], reply.answer
    assert "22 + 3 + 2 + 4 = 31" in reply.answer
    assert "アルバイト学生" in reply.answer
