"""Class: a yes/no ask whether posting is allowed (添付書類は郵送でも大丈夫ですか？ / can we send them by post
instead?) asks a condition, not an address: the posting rule answers it (may be sent by post, postmarked by the
deadline), and beside the period and the method each ask gets its unit (the period, e-Gov, the posting rule),
never "the documents give no address". A where-to-send ask still asks the address. And "how did you have to
submit it? paper or online?" beside the period is a procedure ask: the e-Gov unit is quoted with the period."""

from __future__ import annotations

import re

import pytest

from bot.answers.types import AnswerTypes


@pytest.mark.parametrize("question", [
    "添付書類がどうしても電子で送れない場合、郵送でも大丈夫ですか？",
    "添付書類は郵送でもいいですか？",
    "Can we send the attachments by post instead?",
    "Is it okay to submit the documents by post?",
])
def test_whether_posting_is_allowed_asks_a_condition_not_an_address(question: str) -> None:
    ask = AnswerTypes.load().classify(question)
    assert "condition" in ask.types and "address" not in ask.hard, ask


@pytest.mark.parametrize("question", [
    "If e-Gov upload fails, where should we mail the documents?",
    "郵送でも大丈夫ですか？送付先はどこですか？",
    "添付書類の郵送先の住所を教えてください。",
])
def test_where_to_send_still_asks_the_address(question: str) -> None:
    assert "address" in AnswerTypes.load().classify(question).hard


@pytest.mark.parametrize("question", [
    "Re-Skills講座（第四次産業革命スキル習得講座）の認定申請について伺います。最初の募集はいつからいつまででしたか？"
    "申請はどういう方法で出すのでしょうか。あと、添付書類がどうしても電子で送れない場合、郵送でも大丈夫ですか？",
    "Reスキル講座の申請期間はいつでしたか？申請方法も教えてください。添付書類は郵送でもいいですか？",
])
def test_period_method_and_posting_each_get_their_unit(bot, question: str) -> None:
    reply = bot.reply(bot.new_conversation(), question)
    assert not reply.refused, reply.answer
    assert re.search(r"(?i)e-?gov", reply.answer), reply.answer
    assert re.search(r"9月15日|September 15", reply.answer), reply.answer
    assert re.search(r"郵送|by post", reply.answer), reply.answer


@pytest.mark.parametrize("question", [
    "Re-Skills講座の添付書類がどうしても電子で送れない場合、郵送でも大丈夫ですか？",
    "For the Re-Skills course application, can we send the attachments by post instead?",
])
def test_posting_alone_is_answered_by_the_posting_rule(bot, question: str) -> None:
    reply = bot.reply(bot.new_conversation(), question)
    assert not reply.refused, reply.answer
    assert re.search(r"by post", reply.answer) and re.search(r"postmarked", reply.answer), reply.answer


@pytest.mark.parametrize("question", [
    "When was the application period for Re-Skills course certification and how did you have to submit it? paper or online?",
    "What was the Re-Skills application period and how did applicants have to apply? online?",
])
def test_how_did_you_have_to_submit_beside_the_period_quotes_e_gov(bot, question: str) -> None:
    reply = bot.reply(bot.new_conversation(), question)
    assert not reply.refused, reply.answer
    assert re.search(r"September 15, 2017", reply.answer), reply.answer
    assert re.search(r"(?i)e-?gov", reply.answer), reply.answer
