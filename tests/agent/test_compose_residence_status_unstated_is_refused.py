"""Class: an ask of which status of residence (visa) someone holds ("what visa do JIP interns come on?", 何の在留資格に
なるの？, ビザの種類は) is a hard answer type (``residence_status`` in knowledge/answer_types.yaml): only a unit that names
a status of residence states it. The JIP documents name none (their support only helps to obtain a visa), so the reply
says the documents do not state it and sets ``refused`` (EN and JA), naming no status as the answer; a program whose
document names its status of residence (the Specific Skills page) is answered from it (ja7l-30)."""

from __future__ import annotations

import re

import pytest

from bot.answers.types import AnswerTypes
from tests.agent.each_asking_part import answered

UNSTATED = r"(?i)do not state which status of residence|どの在留資格（ビザの種類）になるかの記載がありません"


@pytest.mark.parametrize("question", [
    "JIPで来日するインターン生のビザって、何の在留資格になるんですか？短期滞在？特定活動？",
    "JIPのインターン生の在留資格は何ですか？",
    "JIPのインターン生はどのビザで来日しますか？",
    "What visa do JIP interns come to Japan on? Short-term stay? Designated activities?",
    "What status of residence do JIP interns get?",
    "Which visa type will our JIP intern need?",
])
def test_a_status_the_documents_do_not_name_is_refused(bot, question: str) -> None:
    answer = answered(bot, question, UNSTATED, refused=True)
    assert not re.search(r"(?:特定活動|短期滞在)(?:の|に|と)?(?:ビザ|在留資格)?(?:になります|です)(?!か)", answer), answer


@pytest.mark.parametrize("question", [
    "特定技能の在留資格は何ですか？",
    "What visa do Specified Skilled Workers get?",
])
def test_a_status_the_documents_name_is_answered(bot, question: str) -> None:
    answered(bot, question, r"status of residence, “Specific Skills,”", refused=False)


@pytest.mark.parametrize("question", [
    "Does JIP help with the visa?",
    "What visa support do JIP interns get?",
    "JIPはビザの取得を支援してくれますか？",
])
def test_visa_support_is_no_status_ask(question: str) -> None:
    assert "residence_status" not in AnswerTypes.load().classify(question).hard, question
