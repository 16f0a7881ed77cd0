"""Class: a question about which countries (or who) cannot apply ("Which countries cannot apply for JIP?", 「JIPに応募
できない国はありますか？」, 「どの国の人がJIPに応募できますか？」) is a knowledge question: the documents' list of countries
(the DAC list, China excluded) is quoted; no one's eligibility is checked with nothing known of them."""

from __future__ import annotations

import pytest

from tests.agent.each_asking_part import answered
from tests.agent.reading_checks import calculators


@pytest.mark.parametrize("question", [
    "JIPに応募できない国はありますか？",
    "どの国の人がJIPに応募できますか？",
    "JIPの対象外の国はどこですか？",
    "Which countries cannot apply for JIP?",
    "What nationalities are excluded from the Japan Internship Program?",
])
def test_which_countries_cannot_apply_quotes_the_country_list(bot, question: str) -> None:
    reply = bot.reply(bot.new_conversation(), question)
    assert not calculators(reply), reply.tool_calls
    answered(bot, question, r"China|中華人民共和国|中国", r"DAC")


@pytest.mark.parametrize("question", [
    "私はベトナム人で26歳、ハノイに住んでいます。JIPに応募できますか？",
    "I'm Vietnamese, 26, living in Hanoi with JLPT N2. Can I apply for JIP?",
])
def test_ones_own_eligibility_is_still_checked(bot, question: str) -> None:
    reply = bot.reply(bot.new_conversation(), question)
    assert [call.name for call in calculators(reply)] == ["jip_eligibility"], reply.tool_calls
