"""A pay word that describes a person whose counting is asked (「役員報酬のみを受け取っている社長の奥様（役員）は含めますか」,
「給与が出ている役員も常勤に数えますか」) asks whether that person counts, not an amount: the reply refused with "the
documents do not state wages". An amount asked with the same words (技能実習生の給料はいくら) still is one."""

from __future__ import annotations

import pytest

from bot.answers.types import AnswerTypes
from support import converse

TYPES = AnswerTypes.load()


@pytest.mark.parametrize("question", [
    "役員報酬のみを受け取っている社長の奥様（役員）は常勤職員に含めますか。",
    "給与が出ている役員も常勤職員として数えますか？",
    "給料をもらっていない家族従業員は人数に入れていいですか？",
])
def test_a_pay_word_of_a_counted_person_is_no_amount_ask(question: str) -> None:
    assert "amount" not in TYPES.classify(question).types


@pytest.mark.parametrize("question", ["技能実習生の給料はいくらですか？", "インターンの報酬は月いくらですか？", "実習生の給与の相場を教えて"])
def test_an_amount_asked_with_a_pay_word_still_is_one(question: str) -> None:
    assert "amount" in TYPES.classify(question).types


def test_the_counting_question_is_answered_not_refused(bot) -> None:
    reply = converse(bot, "「常勤職員」の数え方について確認させてください。①在籍中の技能実習生本人は含めますか。②週4日勤務の"
                          "パートさんは含められますか。③役員報酬のみを受け取っている社長の奥様（役員）は含めますか。")
    assert not reply.refused, reply.answer
    assert "役員" in reply.answer and "週5日" in reply.answer


def test_a_pay_word_in_a_request_to_include_terms_is_still_an_amount() -> None:
    # "put the salary and overtime terms in the contract template": no one's counting is asked
    assert "amount" in TYPES.classify("雇用契約書のひな形を作ってください。給与と残業代の条件、寮費の控除も入れた形でお願いします。").types
