"""A question on what the documents never state about a figure they give (tax on it, a tax return, social insurance)
is refused, even when the user quotes the figure with its unit: the figure is the subject asked about, not a value to
compute on (bot/agent/refusals.unstated_topic_only, the packs' ``unstated_topic``)."""

from __future__ import annotations

import pytest

from support import converse


@pytest.mark.parametrize("question", [
    "JIPの活動支援金（対面だと1日3,000円）って、日本で所得税はかかるんですか？確定申告は必要？",
    "対面のインターンで20日間なら6万円もらえると思うんですが、それに税金はかかりますか？",
    "Is the 3,000 yen per day activity support fund taxable in Japan? Do I need to file a tax return?",
    "I will do a 20-day in-person JIP internship. Is the support money taxable income?",
])
def test_tax_on_a_quoted_figure_is_refused_not_computed(bot, question: str) -> None:
    reply = converse(bot, question)
    assert reply.refused, reply.answer
    assert not any(call.name == "jip_support_funds" for call in reply.tool_calls), reply.tool_calls
    # the refusal never says the documents lack "that amount", which they do give (it names the tax where it names
    # the subject)
    first = reply.answer.split("\n")[0]
    assert "amount" not in first and "金額" not in first, first


@pytest.mark.parametrize("question", [
    "20日間の対面インターンです。支援金はいくら？",
    "I will do a 20-day in-person JIP internship. How much support money do I get?",
])
def test_the_figure_without_a_tax_question_is_still_computed(bot, question: str) -> None:
    reply = converse(bot, question)
    assert not reply.refused, reply.answer
    assert any(call.name == "jip_support_funds" for call in reply.tool_calls), reply.tool_calls


def test_the_tax_on_the_support_funds_is_named_in_the_refusal(bot) -> None:
    reply = converse(bot, "JIPの活動支援金（対面だと1日3,000円）って、日本で所得税はかかるんですか？確定申告は必要？")
    assert "税金" in reply.answer.split("\n")[0]
