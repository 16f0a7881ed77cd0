"""A count with a per-unit word (1人あたり, 1名につき, 一人当たり, per 1 trainee, 1 person each) is the unit of a rate,
never a headcount: the quota calculator is not run with it. A fee / cost / price question is knowledge: the documents
state no fees, so the reply says the documents do not state (refused), never a quota."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

RATES = [
    "監理団体に払う監理費の相場って、実習生1人あたり月いくらぐらいが普通ですか？",
    "実習生1名につき毎月の費用はいくらですか？",
    "技能実習生1人当たりの受入れ費用はどのくらいですか？",
    "What is the usual monthly supervision fee per 1 trainee?",
    "How much do supervising organizations charge, roughly, for 1 trainee each month? I mean 1 person each.",
]


@pytest.mark.parametrize("text", RATES)
def test_a_count_with_a_per_unit_word_is_no_headcount(text: str) -> None:
    assert "full_time_employees" not in UNDERSTANDER.parse(text).slots


@pytest.mark.parametrize("text", [RATES[0], RATES[3]])
def test_a_fee_question_is_not_the_calculator(bot, text: str) -> None:
    from support import converse

    reply = converse(bot, text)
    assert not any(c.name == "trainee_quota" for c in reply.tool_calls)
    assert reply.refused


@pytest.mark.parametrize("text", ["常勤職員30人の会社です。技能実習生は何人受け入れられますか？",
                                  "We have 30 full-time employees. How many trainees can we take?"])
def test_a_headcount_is_still_read(text: str) -> None:
    assert UNDERSTANDER.parse(text).slots.get("full_time_employees") == 30
