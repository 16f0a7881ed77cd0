"""Class: an apology or politeness opening a Japanese message (すみません、すいません、失礼します) is neither understood nor
searched: the message reads as without it (the same values, the same search), as greetings already do."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("lead", ["すみません、", "すいません、", "失礼します。"])
@pytest.mark.parametrize("text", [
    "Re-Skills講座の最初の認定申請についての確認です。申請書類を紙で郵送して出すのはOKなんでしょうか？",
    "常勤職員が45名の会社です。技能実習生は何人まで受け入れられますか？",
])
def test_politeness_lead_in_reads_as_without_it(lead: str, text: str) -> None:
    with_lead, plain = UNDERSTANDER.parse(lead + text), UNDERSTANDER.parse(text)
    assert with_lead.slots == plain.slots
    assert with_lead.intents == plain.intents
    assert with_lead.text == plain.text


def test_the_same_search_with_the_lead_in(bot) -> None:
    text = "Re-Skills講座の最初の認定申請についての確認です。申請書類を紙で郵送して出すのはOKなんでしょうか？"
    plain = bot.reply(bot.new_conversation(), text)
    polite = bot.reply(bot.new_conversation(), "すみません、" + text)
    assert [c.args for c in polite.tool_calls] == [c.args for c in plain.tool_calls]
