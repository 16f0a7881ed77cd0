"""Directors or officers paid only as officers (役員報酬のみ, "only directors' fees", "no salary as employees") are not
full-time employees: stated as a part of the count, they are subtracted and the reply says so (the rule book counts
officers only when paid as workers). Stated without that pay condition, the count stays as typed."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

SUBTRACTED = [
    "うちは正社員が４３名（うち取締役が３名で、役員報酬のみ・従業員としての給与はなし）です。１号の枠は何名になりますか？",
    "正社員43名のうち3名は役員で、役員報酬のみです。技能実習生は何人受け入れられますか？",
    "常勤43名（うち役員3名は役員報酬だけで、給与は出ていません）。実習生の受入れ人数枠を教えてください。",
    "We have 43 regular employees, of which 3 are directors paid only directors' fees. How many trainees can we take?",
    "We have 43 full-time staff including 3 board members who get no salary as employees. How many trainees?",
]
KEPT = [
    "正社員43名（うち取締役3名）です。技能実習生は何人受け入れられますか？",
    "We have 43 full-time employees including 3 directors. How many trainees can we take?",
]


@pytest.mark.parametrize("text", SUBTRACTED)
def test_officers_paid_only_as_officers_are_not_counted(text: str) -> None:
    assert UNDERSTANDER.parse(text).slots.get("full_time_employees") == 40


@pytest.mark.parametrize("text", KEPT)
def test_officers_without_the_pay_condition_stay_in_the_count_as_typed(text: str) -> None:
    assert UNDERSTANDER.parse(text).slots.get("full_time_employees") == 43


@pytest.mark.parametrize("text", [SUBTRACTED[0], SUBTRACTED[3]])
def test_the_reply_computes_on_40_and_says_why(bot, text: str) -> None:
    from support import converse

    reply = converse(bot, text)
    call = next(c for c in reply.tool_calls if c.name == "trainee_quota")
    assert call.args["full_time_employees"] == 40
    assert "43 − 3 = 40" in reply.answer
