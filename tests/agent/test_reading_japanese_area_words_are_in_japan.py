"""Words a Japanese writer uses for an area of Japan (都内, 道内, 府内, 首都圏, 関西圏 …) are places in Japan: an applicant
studying, living or working there resides in Japan (「都内の大学院に留学中」), and a wish to work there later is no
residence."""

from __future__ import annotations

import pytest

from tests.agent.reading_checks import slots_of


@pytest.mark.parametrize("text", [
    "都内の大学院に留学中のインドネシア人学生（24歳、日本語N1）です",
    "道内在住のネパール人です",
    "首都圏で働いているベトナム人です",
    "府内の専門学校に在学中です",
    "関西圏に住んでいるフィリピン人です",
])
def test_area_of_japan_is_residing_in_japan(text: str) -> None:
    assert slots_of(text)["residing_in_japan"] is True


@pytest.mark.parametrize("text", ["都内の工場で働きたいベトナム人です。ハノイ在住", "首都圏の企業に興味があります。カトマンズ在住です"])
def test_a_wish_to_work_there_is_no_residence(text: str) -> None:
    assert slots_of(text).get("residing_in_japan") is not True


def test_student_in_tokyo_is_not_eligible(bot) -> None:
    from support import converse

    reply = converse(bot, "都内の大学院に留学中のインドネシア人学生（25歳、日本語N2）です。JIPに応募できますか？")
    calls = [c for c in reply.tool_calls if c.name == "jip_eligibility"]
    assert calls and calls[-1].args.get("residing_in_japan") is True, reply.answer[:300]
    assert calls[-1].result["eligible"] == "no"
