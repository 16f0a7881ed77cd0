"""The count the user names as the full-time one, beside a total that includes part-timers, a quoted rule's threshold
and the user's own guessed results (「従業員はパート含め450人ほどですが、常勤に当たるのは全社で三百二十人です。…301人以上は常勤の
20分の1と聞いたので、1号は16人、2号は32人で合ってますか？」, "about 450 incl part-timers, 320 are full time ... I heard 301+ is
1/20 so 16 and 32, right?"): the count is 320, written in kanji or words or digits; the threshold (301人以上, 301+) and the
guesses (16, 32) are no count; the total with part-timers is not the full-time count, and the reply says the part-time
staff were not counted. The guess is checked by the quota. Before, 「常勤に当たるのは…人」 was no count and the message was
read as a knowledge question on the threshold."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

CASES = [
    "食品工場を三か所持っている会社の総務です。従業員はパート含め450人ほどですが、常勤に当たるのは全社で三百二十人です。"
    "一般の実習実施者（優良ではない）として、1号と2号の人数枠を教えてください。301人以上は常勤の20分の1と聞いたので、"
    "1号は16人、2号は32人で合ってますか？",
    "パート込みで450人いますが、常勤に該当する社員は合計で320名です。301人以上なら20分の1なので1号は16人ですよね？",
    "We have about 450 staff incl part-timers, 320 are full time. Standard company. I heard 301+ is 1/20 so 16 and 32, "
    "right?",
    "Our company has around 450 employees including part-timers, but only three hundred twenty are full-time. What are "
    "our No.1 and No.2 limits? I heard that with 301 or more it's 1/20, so 16 for No.1 and 32 for No.2, correct?",
    "About 450 people incl. part timers; full-time it is 320. i heard over 301 it's 1/20, so No.1 = 16 and No.2 = 32?",
]


@pytest.mark.parametrize("text", CASES)
def test_the_count_named_full_time_is_the_count(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.slots["full_time_employees"] == 320
    assert "trainee_quota" in (*parsed.intents, *parsed.implied) and not parsed.asks_knowledge
    # the total with part-timers is no part-timer count: the note names no number of part-timers
    notes = dict(parsed.notes)
    assert notes["reading.part_timers_beside"]["part"] is None


@pytest.mark.parametrize(("text", "count"), [
    ("常勤に当たるのは38人です。", 38),
    ("フルタイム扱いの社員は全体で52人です。", 52),
    ("full-time staff are 52, part-time 10", 52),
    ("the full-time headcount is 75", 75),
])
def test_a_count_said_after_its_full_time_qualifier(text: str, count: int) -> None:
    assert UNDERSTANDER.parse(text).slots["full_time_employees"] == count


@pytest.mark.parametrize("text", [
    "full-time is 30 hours a week, right?",
    "常勤は週30時間以上ですか？",
])
def test_hours_after_the_qualifier_are_no_count(text: str) -> None:
    assert "full_time_employees" not in UNDERSTANDER.parse(text).slots


@pytest.mark.parametrize("text", [CASES[0], CASES[2]])
def test_the_quota_runs_on_the_full_time_count(bot, text: str) -> None:
    from support import converse

    reply = converse(bot, text)
    call = next(c for c in reply.tool_calls if c.name == "trainee_quota")
    assert call.args["full_time_employees"] == 320
    assert "16" in reply.answer and "32" in reply.answer and "320" in reply.answer
