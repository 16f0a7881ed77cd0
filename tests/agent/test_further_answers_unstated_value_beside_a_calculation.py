"""A value asked beside a calculation that no document states is said to be unstated, never left without a word.

The class: a calculator message (a JIP eligibility check, JIP support funds) with a further ask for a value of its own
(a date, an amount: a hard answer type) that no retrieved passage states ("... and when is the application
deadline?", 「あと、申込の締め切りはいつですか？」). Before, the calculation answered and the ask got nothing; now its own
search's "the documents do not state ..." line follows the calculation's quote. A further ask naming no program after
an ask that names one (「JIPで…支援金はいくら？あと、申込の締め切りはいつですか？」) is read with that ask's subject, so it is an
ask of its own at all. The reply is no refusal: the calculation answers.
"""

from __future__ import annotations

import re

import pytest

from support import converse

UNSTATED_VALUES = [
    ("I'm 25 from Nepal living in Kathmandu, JLPT N3. Can I apply to JIP, and when is the application deadline?",
     "jip_eligibility", r"do not state an application deadline"),
    ("JIP in person for 45 days: how much support money do I get? Also, when is the deadline to apply?",
     "jip_support_funds", r"do not state an application deadline"),
    ("JIPで対面45日の場合、支援金はいくら？あと、申込の締め切りはいつですか？", "jip_support_funds", r"締切の記載がありません"),
]


@pytest.mark.parametrize(("text", "tool", "unstated"), UNSTATED_VALUES)
def test_an_unstated_value_beside_a_calculation_is_said(bot, text, tool, unstated) -> None:
    reply = converse(bot, text)
    assert tool in [c.name for c in reply.tool_calls], reply.tool_calls
    assert re.search(unstated, reply.answer), reply.answer[-900:]
    assert not reply.refused
