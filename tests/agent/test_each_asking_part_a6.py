"""Each ask of a message is answered by a unit of the kind it asks for (EN and JA phrasings):

- "the period during which applications were accepted" / "when did the application period close" asks for the
  application window ("Period for acceptance: ... to October 28, 2017"), also when the question names the year
  and beside another ask (who to telephone for the login): each asking part gets its own unit;
- "which forms / documents are required" asks for the documents: the unit that names them (Form 1 to Form 6;
  the certificate of enrollment and the letter of recommendation) answers, also after a procedure question
  ("In particular, ... which forms are required" narrows the question, it does not replace it).
"""

from __future__ import annotations

import re

import pytest


@pytest.mark.parametrize("question", [
    "Dear Sir or Madam, our IT training subsidiary is reviewing the history of the METI Re-Skills certification. "
    "Could you kindly confirm the period during which the first applications were accepted in 2017?",
    "Please confirm the period in which applications for the first Re-Skills certification were accepted in 2017.",
    "What was the application period for the first Re-Skills course certification in 2017?",
    "Re-Skills講座の最初の認定申請の受付期間を教えてください。",
])
def test_the_period_during_which_applications_were_accepted_is_the_window(bot, question: str) -> None:
    reply = bot.reply(bot.new_conversation(), question)
    assert not reply.refused, reply.answer
    assert re.search(r"October 28, 2017|2017年10月28日", reply.answer), reply.answer


@pytest.mark.parametrize("turns", [
    ["What is the Re-Skills course program of METI for?",
     "Thank you. When did the 2017 application period close, and whom should we telephone to obtain the e-Gov login?"],
    ["When did the application period for Re-Skills certification close, and whom do we call to get the e-Gov login?"],
])
def test_the_close_of_the_window_beside_a_phone_ask_each_get_their_unit(bot, turns: list[str]) -> None:
    conversation = bot.new_conversation()
    for turn in turns:
        reply = bot.reply(conversation, turn)
    assert not reply.refused, reply.answer
    assert "October 28, 2017" in reply.answer, reply.answer
    assert "3501-2646" in reply.answer, reply.answer


@pytest.mark.parametrize("question", [
    "Could you outline the steps for submitting a Re-Skills course application? In particular, we would like to "
    "know which system is used and which forms are required.",
    "How do we apply for Re-Skills course certification? Specifically, which system do we use and what forms are needed?",
])
def test_which_forms_are_required_is_answered_by_the_unit_naming_the_forms(bot, question: str) -> None:
    reply = bot.reply(bot.new_conversation(), question)
    assert not reply.refused, reply.answer
    assert re.search(r"Form 1 to Form 6", reply.answer), reply.answer


@pytest.mark.parametrize("question", [
    "大学のキャリアセンターの者です。経産省のインターンシッププログラム（JIP）に在学中の学生が応募する場合、大学側で用意する書類は何になりますか？",
    "JIPに応募する学生は、どんな書類を提出する必要がありますか？",
    "Which documents does a student need to submit for the Japan Internship Program?",
])
def test_a_documents_ask_is_answered_by_the_documents_unit(bot, question: str) -> None:
    reply = bot.reply(bot.new_conversation(), question)
    assert not reply.refused, reply.answer
    assert re.search(r"certificate of enrollment|在学証明", reply.answer), reply.answer
    assert re.search(r"recommendation|推薦", reply.answer), reply.answer


@pytest.mark.parametrize("question", [
    "hola, i am still studying at university in Bolivia. for the internship program of METI what documents i need "
    "from my university? and can i apply to both the online and in japan internship or only one?",
    "Which documents do students need for the JIP? And can I apply to both the online and the in-person internship?",
])
def test_a_second_ask_whose_words_no_unit_repeats_still_gets_its_unit(bot, question: str) -> None:
    """A documents ask answered first does not swallow a second ask with a type of its own (whether one may
    apply to both internships): the first unit the second ask's own selection quotes answers it."""
    reply = bot.reply(bot.new_conversation(), question)
    assert not reply.refused, reply.answer
    assert re.search(r"certificate of enrollment", reply.answer), reply.answer
    assert re.search(r"apply for both internship options", reply.answer), reply.answer
