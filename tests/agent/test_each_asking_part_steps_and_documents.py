"""Class: a procedure asked step by step that also asks which system and which forms / documents gets both: the
steps from the sentence that opens them (e-Gov, obtain an ID and password, ...) through the step that names the
forms (Form 1 to Form 6), in English and Japanese; the documents ask does not start the steps halfway, even when
another unit (the postal address with its lead) shares more of the question's words."""

from __future__ import annotations

import re

import pytest

from tests.agent.each_asking_part import answered


@pytest.mark.parametrize("question", [
    "step by step, how do we submit an application for Re-Skills course certification? which system and which forms?",
    "Walk me through the Re-Skills application step by step, including which forms we need.",
    "Re-Skills講座の認定申請の手順を順番に教えてください。どのシステムで、どの様式を使いますか？",
])
def test_steps_asked_with_the_forms_give_every_step_and_the_forms(bot, question: str) -> None:
    reply = bot.reply(bot.new_conversation(), question)
    assert not reply.refused, reply.answer
    assert re.search(r"e-Gov", reply.answer), reply.answer
    assert re.search(r"\bID\b|password", reply.answer), reply.answer
    assert re.search(r"Form 1 to Form 6|様式1〜様式6", reply.answer), reply.answer
    opening = reply.answer.index("following procedures")
    assert opening < reply.answer.index("Obtain an ID") < reply.answer.index("Form 1 to Form 6"), reply.answer


@pytest.mark.parametrize("question", [
    "Could you outline the steps for submitting a Re-Skills course application? In particular, we would like to "
    "know which system is used and which forms are required.",
    "How do we apply for Re-Skills course certification? Specifically, which system do we use and what forms are needed?",
])
def test_which_forms_are_required_is_answered_by_the_unit_naming_the_forms(bot, question: str) -> None:
    """Class: "which forms are required" asks for the documents: the unit that names them (Form 1 to Form 6)
    answers, also after a procedure question ("In particular, ... which forms are required" narrows the question,
    it does not replace it)."""
    answered(bot, question, r"Form 1 to Form 6")


@pytest.mark.parametrize("question", [
    "大学のキャリアセンターの者です。経産省のインターンシッププログラム（JIP）に在学中の学生が応募する場合、大学側で用意する書類は何になりますか？",
    "JIPに応募する学生は、どんな書類を提出する必要がありますか？",
    "Which documents does a student need to submit for the Japan Internship Program?",
])
def test_a_documents_ask_is_answered_by_the_documents_unit(bot, question: str) -> None:
    """Class: a documents ask is answered by the unit that names them (the certificate of enrollment and the
    letter of recommendation)."""
    answered(bot, question, r"certificate of enrollment|在学証明", r"recommendation|推薦")
