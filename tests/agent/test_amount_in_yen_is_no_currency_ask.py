"""Class: an amount the user states in yen ("5,000 yen a day", "3,000 yen a day in person") is a figure to check, not
a question whether the fund is paid in yen: no "No: paid in local currency" lead; asking for the form ("in yen?",
日本円でもらえますか) still gets it. And the person who told the user (my cousin, 友達) or going home at the end of a
stay is no subject the documents must mention: the claim is checked, not declined."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("question", [
    "Is it true JIP in-person interns get 5,000 yen a day?",
    "My friend said JIP interns get 3,000 yen a day in person. Is that right?",
])
def test_an_amount_stated_in_yen_gets_no_currency_verdict(bot, question: str) -> None:
    reply = bot.reply(bot.new_conversation(), question)
    assert "local currency." not in reply.answer.split("\n")[0] and "3,000 yen per day" in reply.answer, reply.answer


@pytest.mark.parametrize("question, lead", [
    ("Can online JIP interns get the support fund in yen?", "No"),
    ("オンラインの活動支援金は日本円でもらえますか？", "いいえ"),
])
def test_the_currency_asked_gets_the_local_currency_verdict(bot, question: str, lead: str) -> None:
    reply = bot.reply(bot.new_conversation(), question)
    assert reply.answer.startswith(lead), reply.answer


@pytest.mark.parametrize("question", [
    "my cousin he said the technical intern only can stay 3 year maximum then must go home. is it true? or can stay "
    "more long?",
    "友達から、技能実習生は最長3年で帰国しないといけないと聞いたんですが本当ですか？",
])
def test_who_told_the_user_is_no_subject(bot, question: str) -> None:
    reply = bot.reply(bot.new_conversation(), question)
    assert not reply.refused and ("5 years" in reply.answer or "five years" in reply.answer), reply.answer
