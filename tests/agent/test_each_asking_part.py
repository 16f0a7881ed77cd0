"""Class: a message with several asking parts (a confirmation and a contact: "the application is electronic,
right? whom do we contact for the ID and password?") answers each part with its own quote: the part the first
answer leaves open (e-Gov) gets the unit that covers it, besides the contact's number."""

from __future__ import annotations

import pytest


def _ask(bot, text: str):
    return bot.reply(bot.new_conversation(), text)


@pytest.mark.parametrize("question", [
    "Re-Skills講座の申請って電子申請ですよね？IDとパスワードがいると聞いたんですが、どこに連絡して取ればいいですか？電話番号もあれば。",
    "Re-Skills講座の申請は電子申請で行うんですよね？IDとパスワードはどこに連絡すればもらえますか？",
    "The Re-Skills application is filed electronically, right? Whom do we contact to get the ID and password?",
])
def test_each_asking_part_is_answered(bot, question: str) -> None:
    reply = _ask(bot, question)
    assert not reply.refused
    assert "e-Gov" in reply.answer
    assert "03-3501-2646" in reply.answer


def test_a_single_question_gets_no_extra_quote(bot) -> None:
    reply = _ask(bot, "What is the phone number for obtaining the e-Gov ID and password for Re-Skills?")
    assert "03-3501-2646" in reply.answer


@pytest.mark.parametrize("question", [
    "第四次産業革命スキル習得講座の認定、最初の申請受付はいつからいつまででしたか？また、いつ以降に開講する講座が対象でしたか。",
    "Re-Skills講座の最初の申請受付期間はいつでしたか？また、いつ以降に開講する講座が対象でしたか。",
])
def test_a_question_without_question_mark_is_an_asking_part(bot, question: str) -> None:
    """Class: a sentence the catalog reads as a question (…でしたか。) is an asking part even without "？": the
    launch month (April 2018) is quoted besides the acceptance period."""
    reply = _ask(bot, question)
    assert not reply.refused
    assert "2017" in reply.answer
    assert "April 2018" in reply.answer or "2018年4月" in reply.answer


@pytest.mark.parametrize("question", [
    "技能実習制度っていつできたの？そもそも何のための制度？",
    "技能実習制度はいつ創設されましたか？何のための制度ですか？",
])
def test_a_part_asking_its_own_type_gets_its_own_quote(bot, question: str) -> None:
    """Class: a part that asks for a type of its own (何のため: a reason, after いつ: a date) is answered with a
    quote of its own besides the date (1993)."""
    reply = _ask(bot, question)
    assert not reply.refused
    assert "1993" in reply.answer
    assert reply.answer.count("[2]") >= 1


@pytest.mark.parametrize("question", [
    "A Tokyo training school we partner with asks how the Re-Skills course certification application worked back "
    "in 2017: the window, how to file, and who to call for the system ID?",
    "About the 2017 Re-Skills certification: the application window, how to file, and whom to call for the ID?",
])
def test_each_item_of_a_colon_list_of_asks_is_answered(bot, question: str) -> None:
    """Class: the items of a colon list of asks each get a quote of their own type: the period (window), the
    e-Gov filing (how to file), the phone number (who to call)."""
    reply = _ask(bot, question)
    assert not reply.refused
    assert "September 15, 2017" in reply.answer
    assert "e-Gov" in reply.answer
    assert "03-3501-2646" in reply.answer
