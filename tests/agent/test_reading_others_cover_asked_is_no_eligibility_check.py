"""Class: whether a support also covers other people the message named (「ビザのサポートは彼らも対象ですか」「家族も対象ですか」)
asks of their cover, not of the user's own JIP eligibility: no eligibility check is started (one's own 「私は対象ですか」
still asks it)."""

from __future__ import annotations

import pytest

from support import converse
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text", [
    "JIPのインターンに妻と子どもを連れて行けますか？ビザのサポートは彼らも対象ですか？",
    "JIPのインターンシップに家族を連れて行けますか？保険は家族も対象でしょうか？",
])
def test_others_cover_starts_no_eligibility_check(bot, text: str) -> None:
    assert "jip_eligibility" not in UNDERSTANDER.parse(text).intents
    reply = converse(bot, text)
    assert not [c for c in reply.tool_calls if c.name == "jip_eligibility"], reply.tool_calls


@pytest.mark.parametrize("text", [
    "ベトナム人で24歳ですが、JIPの対象ですか？",
    "私はJIPの対象でしょうか？",
])
def test_ones_own_cover_still_asks_eligibility(text: str) -> None:
    assert "jip_eligibility" in UNDERSTANDER.parse(text).intents
