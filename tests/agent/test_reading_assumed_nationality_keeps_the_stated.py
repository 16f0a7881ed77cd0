"""A nationality assumed from the place lived in, in a later turn ("I'm still living in Indonesia", 「今もインドネシアに住んで
います」 after "I'm Kenyan"), never replaces the nationality the user stated: the stated one reaches the tool; a nationality
stated again in the later turn does replace it."""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calls_named


@pytest.mark.parametrize("first,second,nationality", [
    ("I'm Kenyan, 28, JLPT N3.", "I'm still living in Indonesia. Can I apply for the Japan Internship Program?", "Kenya"),
    ("ケニア国籍の28歳です。JLPT N3です。", "今もインドネシアに住んでいます。JIPに応募できますか？", "Kenya"),
    ("I'm Kenyan, 28, JLPT N3.", "Sorry, I'm actually Indonesian. Can I apply for the Japan Internship Program?",
     "Indonesia"),
])
def test_the_stated_nationality_reaches_the_tool(bot, first: str, second: str, nationality: str) -> None:
    reply = converse(bot, first, second)
    calls = calls_named(reply, "jip_eligibility")
    assert calls, reply.tool_calls
    assert calls[-1].args["nationality"] == nationality, calls[-1].args
