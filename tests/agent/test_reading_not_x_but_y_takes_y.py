"""A correction "not X but Y" (or "Y, not X", X じゃなくて Y) takes Y.

A value replaced inside a longer message (いや、60人じゃなくて70人です) is still a correction.

"X ではなく Y", "X じゃなくて Y", "not X but Y", "X -> Y", "Y, not X": the value asserted is Y, and the quota reruns with it.

A value replacing another ("60人じゃなくて70人", "We have 60 staff, sorry, I meant 70") is read as the new one; a number
after "No." names a stage and replaces nothing."""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import last_calculator_call
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("turns,tool,args", [
    (["オンラインインターンを20日間やった場合の活動支援金はいくらですか", "いや、日数は２０日じゃなくて４５日でした。"],
     "jip_support_funds", {"days": 45}),
    (["How much support money for a 20-day online internship?", "not 20 days but 45 days, sorry"],
     "jip_support_funds", {"days": 45}),
    (["常勤職員45人の会社です。技能実習生を何人受け入れられますか？", "いや、実習生を除くと40人です。"],
     "trainee_quota", {"full_time_employees": 40}),
    # the new value first, the replaced one after it ("Y, not X")
    (["How much support money for a 20-day online internship?", "no, the days were 45 not 20"],
     "jip_support_funds", {"days": 45}),
    (["We have 45 full-time employees, how many trainees can we accept?", "it's 40 employees, not 45"],
     "trainee_quota", {"full_time_employees": 40}),
])
def test_not_x_but_y_corrections_take_the_new_value(bot, turns, tool, args) -> None:
    call = last_calculator_call(bot, turns)
    assert call.name == tool
    assert {k: call.args.get(k) for k in args} == args


def test_a_replaced_value_is_still_a_correction() -> None:
    assert UNDERSTANDER.parse("常勤は50人です。いや、60人じゃなくて70人です").correction


@pytest.mark.parametrize("text,value", [
    ("すみません、確認したら常勤は150人ではなく95人でした。", 95),
    ("常勤は150人じゃなくて95人です。", 95),
    ("sorry, it's not 150 but 95 full-time employees", 95),
    ("it's actually 95 staff, not 150.", 95),
    ("sorry, 95 full-time employees, not 150", 95),
    ("いや、60人じゃなくて70人です", 70),
    ("60人ではなく70人です", 70),
    ("常勤は45人ではなく、55人でした", 55),
    ("not 60 but 70", 70),
    ("60, no, 70", 70),
    ("We have 60 staff, sorry, I meant 70", 70),
], ids=["ja-kakunin-shitara-dewanaku", "ja-janakute", "en-not-x-but-y-full-time", "en-actually-y-not-x",
        "en-sorry-y-not-x", "ja-iya-janakute", "ja-dewanaku", "ja-joukin-wa-dewanaku-comma", "en-not-60-but-70",
        "en-60-no-70", "en-sorry-i-meant-70"])
def test_the_asserted_value_is_read_as_a_correction(text: str, value: int) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.correction
    assert parsed.numbers == [float(value)] or parsed.slots.get("full_time_employees") == value, parsed


@pytest.mark.parametrize("first, second, value", [
    ("常勤150人の会社で、優良な実習実施者です。監理団体は一般監理団体です。1号～3号の枠を教えてください。",
     "すみません、確認したら常勤は150人ではなく95人でした。もう一度お願いします。", 95),
    ("We have 150 full-time employees. How many trainees can we accept?",
     "sorry, my mistake: it's not 150 but 95 full-time employees. again please", 95),
    ("We have 150 full-time employees. How many trainees can we accept?", "oops, 150 -> 95 staff", 95),
    ("常勤150人です。技能実習生は何人受け入れられますか？", "すみません、常勤は150人じゃなくて95人でした。", 95),
    ("We have 150 full-time employees. How many trainees can we accept?", "my bad, it's 95 full-time, not 150", 95),
])
def test_a_correction_re_runs_the_quota_with_the_asserted_value(bot, first: str, second: str, value: int) -> None:
    reply = converse(bot, first, second)
    calls = [c for c in reply.tool_calls if c.name == "trainee_quota"]
    assert [c.args["full_time_employees"] for c in calls] == [value], reply.tool_calls
    assert not reply.refused


def test_a_number_after_no_is_not_a_replacement() -> None:
    """"No.1, No.2" names stages: nothing is replaced."""
    parsed = UNDERSTANDER.parse("We're excellent with 45 full-time employees. What are our limits for No.1, No.2?")
    assert not parsed.correction and parsed.slots.get("full_time_employees") == 45
