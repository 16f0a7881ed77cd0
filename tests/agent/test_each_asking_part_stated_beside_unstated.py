"""Class: a refusal on a fact "not stated" is decided per ask, both ways.

1. A message whose asks are each stated is answered, never refused as the ask of one: the acceptance window asked
   beside the steps, the forms and a hearing gets the window (its passage is searched beside the procedure passages
   that outrank it), the courses' start (April 2018), the forms (Form 1 to Form 6: "how many forms" asks the forms a
   procedure numbers, not any number) and the hearing; each ask's unit stays in a reply cut to its first quotes.
2. A message whose asks are none stated is refused, whatever unit mentions their words: "what is the email of the
   office?" asks for an email address (a kind of contact), which a unit that only names "the program office" is not.
3. Whether posting is allowed (郵送するだけでも大丈夫？) asks a condition, not an address: the method (e-Gov), the
   posting rule and the MHLW benefit (applied for separately) are answered; a sentence that also asks where to
   ("can we send them by post instead, and to what address?") asks the address too.
4. "any rule about the date?" after the posting question is part of the message, not an off-topic ask: no broken
   "The documents do not mention rule" line.
"""

from __future__ import annotations

import pytest

from bot.answers.types import AnswerTypes
from tests.agent.each_asking_part import answered


@pytest.mark.parametrize("question", [
    "For our internal FAQ: when was the acceptance period of the first Re-Skills certification round, and courses "
    "starting from when could apply? After getting the ID, what are the steps, how many forms, and is there any "
    "interview or hearing?",
    "When were applications accepted for the first Re-Skills round, and from when did the courses have to start? "
    "Also, after getting the ID, how many forms are there, and is there a hearing?",
])
def test_window_start_forms_and_hearing_are_each_answered(bot, question: str) -> None:
    answered(bot, question, r"September 15", r"October 28", r"April 2018", r"Form 1 to Form 6", r"(?i)hearing")


@pytest.mark.parametrize("question", [
    "Re-Skills講座の最初の認定の受付期間はいつでしたか。IDを取得した後の手順と、様式はいくつあるか、ヒアリングはあるかも教えてください。",
])
def test_window_and_forms_are_answered_in_japanese(bot, question: str) -> None:
    answered(bot, question, r"2017年9月15日|September 15", r"様式1|Form 1")


@pytest.mark.parametrize("question", [
    "When is the deadline to apply for the FY2024 Japan Internship Program, and what is the email of the JIP office? "
    "My friend in Ghana also wants to apply, he needs to know fast.",
    "What's the JIP office email address and the closing date for applications?",
    "JIP事務局のメールアドレスと、応募の締め切りを教えてください。",
])
def test_unstated_deadline_and_email_are_refused(bot, question: str) -> None:
    answered(bot, question, refused=True)


@pytest.mark.parametrize("question, kinds", [
    ("what is the email of the JIP office?", ("email",)),
    ("JIPのメールアドレスは？", ("email",)),
    ("Who can we email about the Re-Skills certification?", ()),
])
def test_an_email_address_is_a_kind_of_contact(question: str, kinds: tuple[str, ...]) -> None:
    ask = AnswerTypes.load().classify(question)
    assert "contact" in ask.types
    assert ask.kinds.get("contact", ()) == kinds


@pytest.mark.parametrize("question", [
    "how many forms do we need to submit?",
    "様式はいくつありますか？",
])
def test_how_many_forms_asks_the_numbered_forms(question: str) -> None:
    ask = AnswerTypes.load().classify(question)
    assert ask.kinds.get("number") == ("count",)
    assert AnswerTypes.load().satisfies(ask, {"number"}, "Obtain forms (Form 1 to Form 6) through the System.", "")
    assert not AnswerTypes.load().satisfies(ask, {"number"}, "launched in and after April 2018", "")


@pytest.mark.parametrize("question", [
    "Re-Skills講座の認定申請はどのように提出するのでしょうか。紙の書類を郵送するだけでも大丈夫ですか？それと、経産省の認定を受ければ、"
    "厚労省の教育訓練給付の対象にも自動的になるのでしょうか。",
    "Reスキル講座の申請はどのように提出しますか。添付書類は郵送してもいいですか？",
])
def test_whether_posting_is_allowed_asks_no_address(bot, question: str) -> None:
    ask = AnswerTypes.load().classify(question)
    assert "address" not in ask.hard and "procedure" in ask.types
    answered(bot, question, r"(?i)e-?Gov")


@pytest.mark.parametrize("question", [
    "Our attached documents are big scanned files, can we send them by post instead, and to what address?",
    "紙の書類を郵送するだけでも大丈夫ですか？どこに送ればいいですか？",
])
def test_posting_asked_with_where_asks_the_address(question: str) -> None:
    assert "address" in AnswerTypes.load().classify(question).hard


@pytest.mark.parametrize("question", [
    "My boss wants to apply for Re-Skills course certification using e-Gov. 1) Where do we get the ID and password, "
    "which division and what phone number? 2) Our attached documents are big scanned files, can we send them by post "
    "instead, and to what address? any rule about the date?",
    "Where do we get the Re-Skills e-Gov ID, and what phone number? Can we post the attachments instead, and to what "
    "address? Any rules about the date?",
])
def test_posting_rule_address_and_id_contact_are_answered(bot, question: str) -> None:
    answer = answered(bot, question, r"3501-2646", r"Kasumigaseki", r"100-8901", r"(?i)postmark")
    assert "do not mention rule" not in answer
