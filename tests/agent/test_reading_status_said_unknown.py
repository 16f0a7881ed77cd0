"""Class: a status the user says they do not know ("not sure whether", "I don't know if", "unknown",
かどうか分からない / 不明 / 確認中) is unknown, never true or false: the quota runs with the supervising organization's
status unstated and the reply states it as an assumption with its condition (一般監理団体), never as a fact. A status
stated plainly beside another thing the user does not know stays stated."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text", [
    "うち、社員25人の町工場なんだけど、去年優良認定とれたんだよね。これで1号の実習生って何人まで入れられるの？"
    "監理団体が一般監理団体かどうかはちょっと分からない。",
    "常勤30人、優良認定あり。監理団体の区分は不明です。何人受け入れられますか",
    "常勤30人で優良です。監理団体が一般監理団体か確認中です。何人まで？",
    "We have 40 full-time staff and are certified excellent, but I'm not sure whether our supervising organization "
    "is an excellent one. How many trainees?",
    "40 full-time employees, excellent. I don't know if the supervising organization is excellent. quota?",
    "40 full-time staff, excellent org; supervising organization: unknown. How many trainees can we take?",
    "40 full-time staff, excellent. No idea whether our kanri dantai is ippan or tokutei. How many trainees?",
])
def test_supervisor_status_said_unknown_is_unknown(text: str) -> None:
    parse = UNDERSTANDER.parse(text)
    assert "supervisor_excellent" not in parse.slots
    assert parse.slots.get("excellent") is True  # the company's own status, stated, stays


@pytest.mark.parametrize("text", [
    "常勤30人で優良です。監理団体は一般監理団体ですが、何人受け入れられるか分からない。",
    "40 full-time staff, excellent, and our supervising organization is excellent too. Not sure how many we can take.",
])
def test_a_stated_status_beside_another_unknown_stays(text: str) -> None:
    assert UNDERSTANDER.parse(text).slots.get("supervisor_excellent") is True


@pytest.mark.parametrize("text,condition", [
    ("うち、社員25人の町工場なんだけど、去年優良認定とれたんだよね。これで1号の実習生って何人まで入れられるの？"
     "監理団体が一般監理団体かどうかはちょっと分からない。", "前提：[^\n]*一般監理団体"),
    ("We have 40 full-time staff and are certified excellent, but I'm not sure whether our supervising organization "
     "is an excellent one. How many trainees?", r"(?i)assum\w*:[^\n]*supervising organization[^\n]*一般監理団体"),
])
def test_the_reply_states_the_condition_as_an_assumption(bot, text: str, condition: str) -> None:
    import re

    from support import converse

    reply = converse(bot, text)
    calls = [c for c in reply.tool_calls if c.name == "trainee_quota"]
    assert calls and calls[-1].args.get("supervisor_excellent") is None and calls[-1].args.get("excellent") is True
    assert re.search(condition, reply.answer), reply.answer
    assert "両方が優良" not in reply.answer and "both your organization" not in reply.answer


@pytest.mark.parametrize("text", [
    "常勤40人です。うちが優良認定を受けているかどうか分かりません。実習生は何人まで？",
    "We have 40 full-time staff. I'm not sure whether we are certified as excellent. How many trainees?",
    "40 full-time staff. We don't know if our company is rated excellent yet. quota?",
])
def test_own_status_said_unknown_is_unknown(text: str) -> None:
    assert "excellent" not in UNDERSTANDER.parse(text).slots


@pytest.mark.parametrize("text", [
    "うちは優良です。監理団体が優良かどうか分からない。常勤40人、何人まで？",
    "We are excellent. Not sure if the supervising organization is excellent. 40 full-time staff, how many?",
    "常勤30人で優良です。何人受け入れられるか分からない。",
])
def test_the_supervisors_unknown_status_leaves_the_own_status(text: str) -> None:
    assert UNDERSTANDER.parse(text).slots.get("excellent") is True


@pytest.mark.parametrize("text,assumed", [
    ("常勤40人です。うちが優良認定を受けているかどうか分かりません。実習生は何人まで？", "前提：[^\n]*優良認定なし"),
    ("We have 40 full-time staff. I'm not sure whether we are certified as excellent. How many trainees?",
     r"(?i)assumed:[^\n]*not 'excellent'"),
])
def test_own_status_unknown_is_an_assumption_in_the_reply(bot, text: str, assumed: str) -> None:
    import re

    from support import converse

    reply = converse(bot, text)
    calls = [c for c in reply.tool_calls if c.name == "trainee_quota"]
    assert calls and not calls[-1].args.get("excellent")
    assert re.search(assumed, reply.answer), reply.answer
