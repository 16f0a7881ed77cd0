"""Class: a numbered range ("Form 1 to Form 6", 様式1〜様式6, "Steps 1-4") is read as one value, the count of what it
numbers (6), never as its bounds listed as two values ("数は1、6"); a count asked beside another ask (where to get
the e-Gov ID and password, and how many forms) gets a lead stating each asked value, the contact first as asked."""

from __future__ import annotations

import re

import pytest

from bot.answers.types import Ask

COUNT = Ask(frozenset({"number"}), kinds={"number": ("count",)}, hard=frozenset({"number"}))


@pytest.mark.parametrize("text, n", [
    ("Obtain forms (Form 1 to Form 6) through the System and enter necessary data therein.", "6"),
    ("Fill in Forms 1-4 and send them.", "4"),
    ("Forms 2 through 5 are submitted by the provider.", "4"),
    ("システムから様式（様式1〜様式6）を入手し、必要事項を入力します。", "6"),
    ("様式第１号から第６号までを提出します。", "6"),
])
def test_a_numbered_range_is_the_count_of_what_it_numbers(types, text: str, n: str) -> None:
    values = types.stated_values(COUNT, text)
    assert [v.groups.get("n") for v in values] == [n], values


@pytest.mark.parametrize("question", [
    "e-GovでRe-Skillsの申請をするためのIDとパスワードは、どこに問い合わせればもらえますか？それと、提出する様式は全部で何種類ありますか？",
    "Re-Skillsの申請に使うe-GovのIDとパスワードはどこに連絡すればもらえますか？また、様式はいくつありますか？",
])
def test_the_lead_states_the_count_of_the_range_with_the_contact(bot, question: str) -> None:
    conversation = bot.new_conversation()
    reply = bot.reply(conversation, question)
    lead = reply.answer.split("\n\n")[0]
    assert not re.search(r"1、6|1, 6", lead), lead
    if lead.startswith("資料によると"):  # a value lead: each asked value, the contact as asked first
        assert "6" in lead and "3501-2646" in lead, lead
        assert lead.index("3501-2646") < lead.index("数は6"), lead
    assert re.search(r"Form 1 to Form 6|様式1〜様式6", reply.answer), reply.answer
