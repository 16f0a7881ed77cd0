"""Class: a sum of stages ("how many No.1 and No.2 together?", 「1号と2号を合わせて何人まで」) is stated named by the stages it
adds up ("No.1 and No.2 together ...: up to 6", 「1号と2号を合わせて…6人まで」), never as a nameless "all stages"; when No.3 is
allowed the sum names No.3 too."""

from __future__ import annotations

import re

import pytest

from support import converse
from tests.agent.reading_checks import calls_named

ASKS = [
    ("We operate one nursing home in Sendai. Staff: eighteen full-time care workers whose main job is caregiving, five "
     "office staff and two nurses who do nursing work. We want to accept kaigo technical intern trainees. How many No.1 "
     "trainees can we take, and how many No.1 and No.2 together? We are not an excellent organization.",
     r"No\.1 and No\.2 together[^.\n]{0,40}up to 6 "),
    ("介護施設です。常勤の介護職員は18名です。介護職種で、1号は何人まで、1号と2号を合わせて何人までですか？優良ではありません。",
     r"1号と2号を合わせて[^。\n]{0,30}6人まで"),
    ("We make car parts, 75 full-time employees, and we are an excellent organization. How many trainees of all stages "
     "together can we have?", r"No\.1, No\.2 and No\.3 together[^.\n]{0,40}up to \d+ "),
]


@pytest.mark.parametrize("text,said", ASKS)
def test_the_sum_is_named_by_its_stages(bot, text: str, said: str) -> None:
    reply = converse(bot, text)
    assert calls_named(reply, "trainee_quota")
    assert re.search(said, reply.answer), reply.answer
    assert "All stages together" not in reply.answer and "全段階を合わせると" not in reply.answer
