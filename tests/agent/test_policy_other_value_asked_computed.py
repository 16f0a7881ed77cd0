"""The same calculation asked for another value of a slot is computed for it too (the 2026-12-05a batch, policy).

The class: "対面60日で18万円で合っていますか？オンラインだった場合はいくら？", "30 days in person ... how much would it be if it were
online instead?": the JIP support funds run for the mode read and for the other mode asked, on the same days, each
result under its mode's name (responses ``calc.scenario_named``), the one read first; not only the other mode's
daily rate.
"""

from __future__ import annotations

import re

import pytest

from support import converse

BOTH_MODES = [
    ("JIPで60日間、対面でインターンを受け入れる予定です。インターン本人への活動支援金は1日3,000円×60日で18万円という理解で合っています"
     "か？オンラインだった場合はいくらになりますか？", ["in_person", "online"], 60, [r"180,000円", r"60,000円"]),
    ("I'm doing a 30 day in-person JIP internship. How much support money will I get in total? And how much would it "
     "be if it were online instead?", ["in_person", "online"], 30, [r"90,000 yen", r"30,000 yen"]),
    ("JIPのオンラインで20日参加します。支援金はいくらですか？対面だったらいくらになりますか？", ["online", "in_person"], 20,
     [r"20,000円", r"60,000円"]),
]


@pytest.mark.parametrize(("text", "modes", "days", "totals"), BOTH_MODES)
def test_the_other_mode_asked_is_computed_too(bot, text, modes, days, totals) -> None:
    reply = converse(bot, text)
    funds = [c for c in reply.tool_calls if c.name == "jip_support_funds"]
    assert [(c.args["mode"], c.args["days"]) for c in funds] == [(mode, days) for mode in modes], reply.tool_calls
    positions = [re.search(total, reply.answer) for total in totals]
    assert all(positions) and positions[0].start() < positions[1].start(), reply.answer
    assert re.search(r"\*\*(?:If in person|If online|対面の場合|オンラインの場合)", reply.answer), reply.answer


def test_one_mode_asked_runs_once(bot) -> None:
    reply = converse(bot, "JIPの対面インターンシップに60日参加します。活動支援金は合計いくらですか？")
    assert [c.name for c in reply.tool_calls].count("jip_support_funds") == 1, reply.tool_calls
