"""A figure the user asks to confirm ("so the basic quota is 6, right?", 「基本人数枠は6名ですよね？」) is answered first
with yes or no and the right figure, before the calculator's answer; the figure claimed is never a value of the
calculation (the reply had computed 5 and never said the user's 6 was wrong)."""

from __future__ import annotations

import pytest

from reading_checks import calls_named
from support import converse
from tests.knowledge import repo_understander


@pytest.mark.parametrize("message, first, employees", [
    ("金型メーカーの社長です。常勤の社員が48名、使用人兼務役員が2名（工場長と営業部長で、給与も出ていてフルタイム勤務）、"
     "それに代表取締役の私が1名。私も入れれば51名なので、基本人数枠は6名ですよね？申請前に念のため確認させてください。",
     "いいえ、6人ではありません。基本人数枠は5人です。", 50),
    ("常勤職員は50人なので、基本人数枠は5人ですよね？", "はい、基本人数枠は5人です。", 50),
    ("常勤30人です。1号は4人まで受け入れられますよね？", "いいえ、4人ではありません。第1号は同時に3人までです。", 30),
    ("We have 50 full-time staff, so the basic quota is 6, right?", "No, not 6: the basic quota is 5.", 50),
    ("We have 50 full-time staff, so the basic quota is 5, right?", "Yes: the basic quota is 5.", 50),
    ("We have 50 full-time employees. We can take 6 trainees, right?", "No, not 6: up to 5 No. 1 trainees", 50),
])
def test_the_claimed_figure_is_answered_first(bot, message: str, first: str, employees: int) -> None:
    reply = converse(bot, message)
    calls = calls_named(reply, "trainee_quota")
    assert calls and calls[-1].args["full_time_employees"] == employees, reply.tool_calls
    assert reply.answer.startswith(first), reply.answer


@pytest.mark.parametrize("message", [
    "We have 50 full-time staff. How many trainees can we accept?",
    "常勤職員50人です。基本人数枠は何人ですか？",
])
def test_no_claim_where_none_is_asked_to_confirm(message: str) -> None:
    assert repo_understander().parse(message).claims == [], message
