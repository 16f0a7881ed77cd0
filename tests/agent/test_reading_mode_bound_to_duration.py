"""Class: a message naming both internship modes, each with its own ask ("対面で30日間インターンした場合はいくら？オンライン
だと1日あたりいくら？", "how much for 30 days in person, and online per day?") runs the support-funds tool with the mode
named beside the duration figure (a per-day ask has no such figure), never the other one; the reply also states the
other mode's daily rate (note ``reading.bound_other``, from the rule book)."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize(("text", "mode", "days"), [
    ("JIPの活動支援金について質問です。対面で３０日間インターンした場合はいくらになりますか？オンラインだと１日あたりいくらですか？",
     "in_person", 30),
    ("オンラインで20日間参加したら活動支援金はいくら？対面だと日額いくらですか？", "online", 20),
    ("対面のインターンシップを45日間やる場合の支援金は？オンラインの場合の1日あたりの金額も教えてください。", "in_person", 45),
    ("JIP support funds: how much for 30 days in person, and online per day?", "in_person", 30),
    ("if I do 2 weeks online how much support money do I get? and what's the daily amount in person?", "online", 14),
    ("I will do the internship in person for 45 days; online interns get how much per day?", "in_person", 45),
    ("30 days online, how much support funds? and for in person per day?", "online", 30),
])
def test_the_mode_beside_the_duration_is_the_tools(text: str, mode: str, days: int) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.slots.get("mode") == mode and parsed.slots.get("days") == days
    other = [values for key, values in parsed.notes if key == "reading.bound_other"]
    assert other and other[0]["value"] != mode


@pytest.mark.parametrize("text", [
    "How much support money for 30 days online?",
    "対面で30日間インターンした場合の活動支援金はいくらですか？",
])
def test_one_mode_named_has_no_other_mode_note(text: str) -> None:
    assert not [key for key, _ in UNDERSTANDER.parse(text).notes if key == "reading.bound_other"]


@pytest.mark.parametrize(("text", "rates"), [
    ("JIPの活動支援金について質問です。対面で３０日間インターンした場合はいくらになりますか？オンラインだと１日あたりいくらですか？",
     ("90,000", "1,000")),
    ("I will do the internship in person for 45 days; online interns get how much per day?", ("135,000", "1,000")),
    ("30 days online, how much support funds? and for in person per day?", ("30,000", "3,000")),
])
def test_the_reply_states_both_modes(bot, text: str, rates: tuple[str, str]) -> None:
    from support import converse

    reply = converse(bot, text)
    assert all(rate in reply.answer for rate in rates)
