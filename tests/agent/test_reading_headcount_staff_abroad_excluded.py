"""Staff of an office abroad are no full-time employees (rule book titp.fte.definition): "365 full-time employees in
total, but 15 of them work at our Hanoi office" is 350, 「うち15名はハノイ事務所勤務」 likewise; staff at an office in
Japan stay counted, and a part that names no place ("work in packing") is no office abroad."""

from __future__ import annotations

import pytest

from tests.agent.reading_checks import slots_of


@pytest.mark.parametrize("text,count", [
    ("Our company has 365 full-time employees in total, but 15 of them work at our Hanoi office.", 350),
    ("we have 120 full-time staff, 10 of them are based in Vietnam", 110),
    ("we have 120 full-time staff, 10 of them work overseas", 110),
    ("常勤は365名ですが、うち15名はハノイ事務所勤務です。", 350),
    ("常勤120名、うち10名はベトナムで働いています", 110),
    ("常勤120名のうち10名は海外勤務です", 110),
])
def test_staff_abroad_come_out(text: str, count: int) -> None:
    assert slots_of(text)["full_time_employees"] == count


@pytest.mark.parametrize("text", [
    "we have 120 full-time staff, 10 of them work at our Osaka office",
    "we have 120 full-time staff, 10 of them work in packing",
    "常勤は120名、うち10名は大阪支社勤務です。",
])
def test_staff_in_japan_stay(text: str) -> None:
    assert slots_of(text)["full_time_employees"] == 120


def test_the_reply_says_the_subtraction(bot) -> None:
    from support import converse

    reply = converse(bot, "We have 365 full-time employees, but 15 of them work at our Hanoi office. How many No.1 "
                          "trainees can we take?")
    quota = [c for c in reply.tool_calls if c.name == "trainee_quota"]
    assert quota and quota[-1].args["full_time_employees"] == 350
    assert "365 − 15 = 350" in reply.answer
