"""A knowledge question that mentions a calculator's topic (the Re-Skills application dates, tax on the support funds,
where to post documents) is not a calculation: no calculator runs and no input is asked for."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "my company wanted our data course certified as a Re-Skills course. what were the dates when METI was "
    "accepting the applications?",
    "Do I have to pay income tax in Japan on the JIP activity support funds?",
    "Where do I send the Re-Skills application documents by post?",
])
def test_knowledge_questions_about_a_calculator_topic_do_not_ask_for_calculator_inputs(bot, text: str) -> None:
    conversation = bot.new_conversation()
    reply = bot.reply(conversation, text)
    assert not any(call.name != "search_knowledge" for call in reply.tool_calls), reply.tool_calls
    assert "need one more detail" not in reply.answer
