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


@pytest.mark.parametrize("question,expected", [
    # a request after a question ("…教えてください。") asks for its own type: the e-Gov method besides the dates
    ("会員のIT研修会社が「第四次産業革命スキル習得講座」の認定を受けたいと言っています。申請はどういう方法で出すのでしょうか？"
     "システムのID・パスワードを取るための問い合わせ先の電話番号も教えてください。", ["e-Gov", "03-3501-2646"]),
    ("Re-Skills講座の申請方法を教えてください。IDとパスワードの問い合わせ先の電話番号は何番ですか？", ["e-Gov", "03-3501-2646"]),
])
def test_a_request_after_a_question_is_an_asking_part(bot, question: str, expected: list[str]) -> None:
    reply = _ask(bot, question)
    assert not reply.refused
    for text in expected:
        assert text in reply.answer, reply.answer


@pytest.mark.parametrize("question", [
    "JIPのインターン生を受け入れる中小企業です。渡航の航空券や宿泊先は会社側で手配しないといけないんですか？"
    "あとパソコンはどちらが用意することになっていますか？",
    "Does the host company have to arrange the interns' flights and accommodation for JIP? And who provides the PC?",
])
def test_each_thing_an_enumeration_names_is_answered(bot, question: str) -> None:
    """Class: a part that names several things (航空券や宿泊先) is answered by the list items that name each: the
    accommodation item is quoted with the airline tickets item (the list whole), not dropped."""
    reply = _ask(bot, question)
    assert not reply.refused
    assert "airline tickets" in reply.answer and "accommodation" in reply.answer
    assert "personal computers" in reply.answer


@pytest.mark.parametrize("question", [
    "step by step, how do we submit an application for Re-Skills course certification? which system and which forms?",
    "Re-Skills講座の認定申請の手順を順番に教えてください。どのシステムとどの様式を使いますか？",
])
def test_a_procedure_asked_step_by_step_quotes_its_steps(bot, question: str) -> None:
    """Class: "step by step" (手順を順番に) asks for every step: the forms step (Form 1 to Form 6) is quoted with
    the e-Gov and ID steps, not cut after the first three sentences."""
    reply = _ask(bot, question)
    assert not reply.refused
    assert "e-Gov" in reply.answer and "Form 1 to Form 6" in reply.answer


@pytest.mark.parametrize("question", [
    "当社で実施している社会人向けのデータ分析研修について、Re-Skills講座の認定申請を検討しております。申請はどのような方法で"
    "行うのでしょうか。また、事前にIDなどを取得する必要はありますか。問い合わせ先もあわせて教えていただけますと幸いです。",
    "We run a data analysis course and are considering the Re-Skills certification. How do we apply? Do we need an ID "
    "first? Please also tell us whom to contact.",
])
def test_three_asking_parts_after_a_background_sentence_are_each_answered(bot, question: str) -> None:
    """Class: a sentence that only tells the background (…を検討しております。) is no asking part, and a third part
    (the contact) is answered too: e-Gov, the ID step and the IT Innovation Division are all quoted."""
    reply = _ask(bot, question)
    assert not reply.refused
    assert "ID and password" in reply.answer and "IT Innovation Division" in reply.answer
    if "申請" in question:
        assert "e-Gov" in reply.answer
