"""Class: a count written in kanji numerals (三百五十, 千二百, 二十五) or with a word that makes it exact (ちょうど, ぴったり,
"exactly") is read exactly, and a number in a clause about the rule or hearsay ("301人以上だと計算方法が変わると聞いた",
"I heard above 300 it changes") is no count of the company's and never blocks the count stated beside it."""

from __future__ import annotations

import pytest

from support import converse
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

STATED = [
    ("お世話になります。弊社の常勤社員はちょうど三百五十名です（実習生は含めていません）。優良認定は受けておりません。技能実習1号と2号、"
     "同時に何人まで在籍させられますか？ 301人以上だと計算方法が変わると聞いたので、念のため確認させてください。", 350),
    ("301人以上だと計算方法が変わると聞きました。うちは常勤三百五十人です。何人まで受け入れられますか？", 350),
    ("社員数は三百五十人、301人以上は計算が違うと聞いたのですが、何人まで実習生を受け入れられますか？", 350),
    ("常勤は350人です。301人を超えると計算方法が変わるそうですが、何人まで？", 350),
    ("常勤職員は千二百名です。実習生は何人まで？", 1200),
    ("常勤は二十五人です。実習生は何人受け入れられますか", 25),
    ("正社員はぴったり40人です。実習生は何人まで受け入れられますか", 40),
    ("I heard above 300 it changes. We have 350 full-time staff. How many trainees can we accept?", 350),
    ("We have 350 full-timers; I heard that with 301 or more staff the calculation changes. How many trainees can we "
     "take?", 350),
    ("I heard the limit changes over 300 employees. We have three hundred fifty full-time employees, how many "
     "trainees?", 350),
    ("Our full-time headcount is exactly 350. Quota for No.1 and No.2?", 350),
]


@pytest.mark.parametrize("text, count", STATED)
def test_the_stated_count_is_read_beside_a_threshold(text: str, count: int) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.slots.get("full_time_employees") == count, parsed.slots
    assert parsed.intents == ["trainee_quota"]


def test_the_calculator_runs_on_the_stated_count(bot) -> None:
    reply = converse(bot, STATED[0][0])
    call = next(c for c in reply.tool_calls if c.name == "trainee_quota")
    assert call.args["full_time_employees"] == 350 and call.args["excellent"] is False
