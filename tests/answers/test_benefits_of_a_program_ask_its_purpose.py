"""Class: the benefits / merits / advantages of a program asked, in the plural ("What are the benefits of getting
Re-Skills certification for our course?", 「Reスキル講座の認定を受けるメリットは何ですか？」「どんな利点がありますか」) are a
reason-or-purpose ask: what taking part gives is what the program is for. A plural "what are the ..." or 「どんな」 before
them asks no list of kinds, so the application period (a list with dates) is never the answer; the purpose is."""

from __future__ import annotations

import pytest

from bot.answers.types import AnswerTypes
from tests.agent.each_asking_part import answered
from support import converse

PURPOSE = r"advance their careers|acquire advanced expertise|キャリア|専門"


@pytest.mark.parametrize("question", [
    "What are the benefits of getting Re-Skills certification for our course?",
    "What are the merits of the Re-Skills course certification?",
    "What are the advantages of Re-Skills certification for a training provider?",
    "Reスキル講座の認定を受けるメリットは何ですか？",
    "Re-Skills認定を受けるとどんな利点がありますか？",
])
def test_the_benefits_of_a_certification_are_its_purpose(bot, question: str) -> None:
    answer = answered(bot, question, PURPOSE)
    assert "Period for acceptance" not in answer


@pytest.mark.parametrize("question", [
    "What are the benefits of getting Re-Skills certification?",
    "What are the main advantages of the program?",
    "What were the merits of it?",
    "Reスキル講座の認定を受けるメリットは何ですか？",
    "どんなメリットがありますか",
    "どんな利点がありますか",
])
def test_benefits_asked_are_a_reason_ask_not_a_list(types: AnswerTypes, question: str) -> None:
    ask = types.classify(question)
    assert "reason" in ask.types and "list" not in ask.types


@pytest.mark.parametrize("question", [
    "What are the requirements for the course?",
    "What are the fields covered?",
    "どんな職種がありますか",
])
def test_a_plural_what_are_still_asks_a_list(types: AnswerTypes, question: str) -> None:
    assert "list" in types.classify(question).types


# Class: the benefits of a program that offers support ("What are the benefits of the JIP?", JIPのメリット) are what it
# offers (the support list); those of accepting trainees (TITP) are its purpose (the transfer of skills): not refused,
# not the employment relationship (knowledge/vocabulary.yaml combinations of `advantages`)
@pytest.mark.parametrize("question", [
    "What are the benefits of the JIP?",
    "What are the advantages of the Japan Internship Program?",
    "JIPのメリットは何ですか？",
])
def test_the_benefits_of_the_internship_are_its_support(bot, question: str) -> None:
    reply = converse(bot, question)
    assert not reply.refused, reply.answer
    assert "Support for interns" in reply.answer


@pytest.mark.parametrize("question", [
    "What are the advantages of accepting trainees?",
    "What are the merits of accepting trainees under TITP?",
    "What are the benefits of hiring technical intern trainees?",
    "技能実習生を受け入れるメリットは何ですか？",
])
def test_the_benefits_of_accepting_trainees_are_the_programs_purpose(bot, question: str) -> None:
    reply = converse(bot, question)
    assert not reply.refused, reply.answer
    assert "transfer the skills" in reply.answer.split("\n")[0] or "aims to transfer" in reply.answer.split("\n")[0]
