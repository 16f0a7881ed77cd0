"""Class: a knowledge message of three or more questions (each its own sentence with a question mark) gets each
question answered: each is searched on its own, and the unit its search finds is added when the answer does not state
it yet. A whether-allowed question ("is it allowed to apply for both ...?", 「両方に申し込めますか？」) or one of no
answer type (「どこで作業するのでしょう？」) is answered by the unit found on its subject; a unit of the answer quoted
already beside it is not repeated. (Two questions: test_each_asking_part_two_questions_each_answered.py.)"""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.each_asking_part import answered

BOTH = r"apply for both internship options"
HOME = r"home workspace"


@pytest.mark.parametrize("question", [
    "hello sir/madam. about the government internship program of METI: what kind of organisation hosts the in-person "
    "interns? could i be placed in a NGO or a city office (shiyakusho)? and is it allowed to apply for the in person "
    "and the online internship at the same time, or i must choose one?",
    "About JIP: what kind of organisation hosts the in-person interns? Can a local government host one? And may I apply "
    "for both the in-person and the online internship?",
])
def test_the_last_of_three_questions_is_answered(bot, question: str) -> None:
    answer = answered(bot, question, BOTH, r"(?i)local governments")
    assert answer.count(BOTH) == 1, answer


@pytest.mark.parametrize("question", [
    "JIPの事務を手伝っている者です。受入企業の条件を正確に確認したいです。対面型インターンの受入先になれるのはどんな組織で、"
    "逆に対象外になるのはどこですか？オンライン型の場合、インターン生はどこで作業するのでしょう？また、応募者は対面とオンラインの"
    "両方に申し込めますか？",
    "JIPの受入企業について確認です。対面型インターンの受入先はどんな組織で、対象外になるのはどこですか？オンライン型の場合、"
    "インターン生はどこで作業しますか？応募者は両方に申し込めますか？",
])
def test_each_japanese_question_is_answered(bot, question: str) -> None:
    answered(bot, question, BOTH, HOME, r"地方自治体|local governments")


def test_one_question_is_searched_once(bot) -> None:
    reply = converse(bot, "I'm a student in Kenya. Can I apply for both the online and the in-person JIP internship?")
    assert len([c for c in reply.tool_calls if c.name == "search_knowledge"]) == 1, reply.tool_calls
