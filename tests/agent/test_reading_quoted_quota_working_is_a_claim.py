"""Arithmetic the user quotes beside the count ("Our HR guy calculated 450/20 = 22 and then doubled it to 44 for No.2. Is
that right? Please give the No.1 and No.2 maximums.", 「450÷20＝22、2号はその倍で44と計算しました。合っていますか？」): the
count is the one stated (450), the quoted working is a claim the calculator checks, and the message is answered, never
refused; the limits asked in the plural ("maximums", "limits") ask for the quota."""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calls_named

MESSAGES = [
    "Our group company has 450 full-time employees (standard implementing org, not excellent). Our HR guy calculated "
    "450/20 = 22 and then doubled it to 44 for No.2. Is that right? Please give the No.1 and No.2 maximums.",
    "We have 450 full-time staff, not excellent. HR says 450 / 20 = 22.5, so 22 and double is 44. Please tell me the "
    "No.1 and No.2 maximums.",
    "We have 450 full-time employees. My colleague worked out 450/20 = 22 for No.1 and 44 for No.2. Is that right? What "
    "are the limits?",
    "常勤の従業員は450名です（一般の実習実施者）。人事の担当者が450÷20＝22、2号はその倍で44と計算しました。合っていますか？"
    "1号と2号の上限を教えてください。",
]


@pytest.mark.parametrize("text", MESSAGES)
def test_the_stated_count_runs_the_quota_and_the_working_is_checked(bot, text: str) -> None:
    reply = converse(bot, text)
    assert not reply.refused
    [call] = calls_named(reply, "trainee_quota")
    assert call.args["full_time_employees"] == 450
    assert "22" in reply.answer and "45" in reply.answer
