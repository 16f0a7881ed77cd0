"""The JIP internship's mode said loosely: the intern travels to Japan ("intern travels to japan for 30 days", 「日本に来て
もらって30日間」) is in person; working from home (「在宅で30日間」) is online. The host's own place ("in our factory") is no
mode: a quota ask names it too."""

from __future__ import annotations

import pytest

from tests.agent.reading_checks import slots_of


@pytest.mark.parametrize("text", [
    "intern travels to japan for 30 days, support funds?",
    "the intern comes to japan for 45 days, how much support?",
    "日本に来てもらって30日間、支援金は？",
])
def test_in_person_said_loosely(text: str) -> None:
    assert slots_of(text)["mode"] == "in_person"


@pytest.mark.parametrize("text", ["在宅で30日間のインターン、支援金は？", "the intern will work from home in Manila for 30 days"])
def test_online_said_loosely(text: str) -> None:
    assert slots_of(text)["mode"] == "online"


@pytest.mark.parametrize("text", ["日本に来て3年、N2です。応募できますか",
                                  "I'm Indonesian, 24, a master's student in Osaka (I came to Japan in 2023), N3"])
def test_a_past_move_to_japan_is_no_mode(text: str) -> None:
    assert "mode" not in slots_of(text)


@pytest.mark.parametrize("text", ["We have thirty-five full-time workers in our factory. How many No.1 trainees may we have?",
                                  "当社の工場で常勤30人です。実習生は何人まで？"])
def test_the_hosts_own_place_is_no_mode(text: str) -> None:
    assert "mode" not in slots_of(text)
