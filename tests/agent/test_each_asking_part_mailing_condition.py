"""Class: a mailing / posting ask (mail, post, "where can the documents be mailed?", 郵送, 送り先, 送付先, どこに送れば)
quotes the address block with the lead that announces it, which states the condition on mailed documents (sent by
post only when the electronic upload fails, postmarked by the deadline); a follow-up or a question about arrival
or the postmark (消印, 必着, "must it arrive by the deadline?") is answered by that same unit. どうしても ("no matter
what") is not どうして ("why"): the message asks what to do, not a reason."""

from __future__ import annotations

import re

import pytest

from bot.answers.types import AnswerTypes

POSTMARK = re.compile(r"(?i)postmark|消印")
ADDRESS = re.compile(r"100-8901")


@pytest.mark.parametrize("question", [
    "For the Re-Skills application, if the e-Gov upload of attachments fails, where can the documents be mailed?",
    "Where should we post the Re-Skills attachments if the e-Gov upload does not work?",
    "What is the mailing address for Re-Skills application documents?",
    "Re-Skills講座の認定申請で、添付書類の一部がどうしても電子で送れない場合はどうすればよいでしょうか。送り先も教えてください。",
    "Reスキル講座の添付書類はどこに郵送すればいいですか？",
    "Reスキル講座の申請で、添付書類を郵送する場合の送付先を教えてください。",
])
def test_a_mailing_ask_quotes_the_address_with_the_postmark_condition(bot, question: str) -> None:
    reply = bot.reply(bot.new_conversation(), question)
    assert not reply.refused, reply.answer
    assert ADDRESS.search(reply.answer) and POSTMARK.search(reply.answer), reply.answer


@pytest.mark.parametrize("turns", [
    ["For the Re-Skills application, if the e-Gov upload of attachments fails, where can the documents be mailed?",
     "And does it need to arrive by the deadline, or is the postmark enough?"],
    ["Reスキル講座の添付書類はどこに郵送すればいいですか？", "締切日までに届く必要がありますか？それとも消印有効ですか？"],
    ["Is the postmark enough for Re-Skills documents sent by mail, or must they arrive by the deadline?"],
    ["Reスキル講座の添付書類を郵送する場合、消印有効ですか？"],
])
def test_an_arrival_or_postmark_ask_is_answered_by_the_postmark_rule(bot, turns: list[str]) -> None:
    conversation = bot.new_conversation()
    for turn in turns:
        reply = bot.reply(conversation, turn)
    assert not reply.refused, reply.answer
    assert POSTMARK.search(reply.answer), reply.answer


@pytest.mark.parametrize("question, asked", [
    ("where can the documents be mailed?", "address"),
    ("送り先も教えてください。", "address"),
    ("どこに送ればいいですか？", "address"),
    ("is the postmark enough?", "postmark"),
    ("消印有効ですか？", "postmark"),
    ("締切日までに届く必要がありますか？", "postmark"),
])
def test_the_ask_is_read(question: str, asked: str) -> None:
    assert asked in AnswerTypes.load().classify(question).hard


@pytest.mark.parametrize("question", ["where are the results posted?", "Where can I find the job posting?",
                                      "How do we send the application through e-Gov?"])
def test_posting_in_another_sense_asks_no_address(question: str) -> None:
    assert "address" not in AnswerTypes.load().classify(question).hard


def test_no_matter_what_is_not_why() -> None:
    types = AnswerTypes.load()
    assert "reason" not in types.classify("どうしても電子で送れない場合はどうすればよいでしょうか。").types
    assert "reason" in types.classify("どうして電子申請なのですか？").types
