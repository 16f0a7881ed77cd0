"""Two citizenships said together ("both X and Y citizenship", "dual X/Y national", 「XとYの二重国籍」): the first said
is the nationality and the other one of ``other_nationalities``, so the eligibility check decides with either, EN
and JA."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text, first, other", [
    ("i have both filipino and canadian citizenship, living in toronto. 33 y/o, english is my first language, no "
     "japanese at all. can i apply for the METI JIP?", "Philippines", "Canada"),
    ("I'm a dual Filipino/Canadian national, 33, can I apply for JIP?", "Philippines", "Canada"),
    ("I have dual Indian-British citizenship, 25, JLPT N2. Am I eligible for JIP?", "India", "United Kingdom"),
    ("I hold both Kenyan and British passports, 25, N2. Am I eligible for JIP?", "Kenya", "United Kingdom"),
    ("フィリピンとカナダの二重国籍です。33歳、英語は母語です。JIPに応募できますか？", "Philippines", "Canada"),
    ("私はケニアとイギリスの国籍を持っています。25歳、N2です。JIPに応募できますか？", "Kenya", "United Kingdom"),
])
def test_both_citizenships_are_read(text: str, first: str, other: str) -> None:
    slots = UNDERSTANDER.parse(text).slots
    assert slots.get("nationality") == first
    assert slots.get("other_nationalities") == [other]


def test_a_dual_national_eligible_through_either_is_told_so(bot) -> None:
    from support import converse

    reply = converse(bot, "i have both filipino and canadian citizenship, living in toronto. 33 y/o, english is my "
                          "first language, no japanese at all. can i apply for the METI JIP?")
    call = next(c for c in reply.tool_calls if c.name == "jip_eligibility")
    assert call.args["nationality"] == "Philippines"
    assert call.args["other_nationalities"] == ["Canada"]
    assert call.result["eligible"] == "yes"
    assert "Philippines" in reply.answer or "Filipino" in reply.answer
