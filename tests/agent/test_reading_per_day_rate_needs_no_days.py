"""A per-day rate asked about ("how much money per day", 1日あたりいくら) is a knowledge question: no days are asked for."""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calculators


@pytest.mark.parametrize("turns", [
    ["tell me about the online option of the METI internship",
     "ok and how much money per day do they give if i do it online?"],
    ["How much do online JIP interns get per day?"],
    ["What's the daily rate of the JIP support funds for online interns?"],
    ["オンラインのインターンシップでは1日あたりいくら支援金がもらえますか？"],
    ["JIPのオンラインだと1日いくらもらえますか？"],
])
def test_a_per_day_rate_needs_no_days(bot, turns: list[str]) -> None:
    reply = converse(bot, *turns)
    assert not calculators(reply), reply.tool_calls
    assert "1,000 yen per day" in reply.answer
    assert "need one more detail" not in reply.answer and "必要" not in reply.answer
