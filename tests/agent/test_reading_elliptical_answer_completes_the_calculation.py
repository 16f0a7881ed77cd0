"""An elliptical answer to a calculator's question ("45 days", 45日間です) binds to the calculator the previous turn
implied."""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calculators


@pytest.mark.parametrize("turns,args", [
    (["how much is the activity support money for the in-person internship?", "45 days"],
     {"mode": "in_person", "days": 45}),
    (["How much support money do online interns get?", "30 days"], {"mode": "online", "days": 30}),
    (["対面のインターンシップの活動支援金はいくらですか？", "45日間です"], {"mode": "in_person", "days": 45}),
    # a per-day question is answered from the documents; the days given next run the calculator it was about
    (["how much money per day for an in-person JIP internship?", "ok, and for 45 days?"],
     {"mode": "in_person", "days": 45}),
])
def test_an_elliptical_answer_completes_the_implied_calculation(bot, turns: list[str], args: dict) -> None:
    call = calculators(converse(bot, *turns))[0]
    assert call.name == "jip_support_funds"
    assert {k: call.args.get(k) for k in args} == args
