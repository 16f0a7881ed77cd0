"""Class: a duration in months (「2か月」「3ヶ月」「4カ月間」, "2 months") never reaches the support-funds tool as days: the
reply says the months could not be read as days and asks for the days (a lone number of months once filled the days:
「対面で2か月」 was paid as 2 days). Months with their days in brackets use the days; a time ago or a month's ordinal
(「2か月前」「3か月目」) is no duration."""

from __future__ import annotations

import pytest

from support import converse
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text", ["支援金は対面で2か月だといくらですか？", "対面で2ヶ月参加します。支援金は？",
                                  "オンラインで3カ月の場合の支援金は？", "対面インターン4カ月間の支援金はいくら？",
                                  "How much support fund for 2 months in person?", "online for 3 months, support money?"])
def test_a_duration_in_months_is_asked_about(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert "days" not in parsed.slots and "days" in parsed.errors, parsed


@pytest.mark.parametrize("text, days", [("対面で2か月（60日）の場合の支援金は？", 60), ("in person, 2 months (61 days), support?", 61)])
def test_months_with_their_days_use_the_days(text: str, days: int) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.slots.get("days") == days and "days" not in parsed.errors


@pytest.mark.parametrize("text", ["2か月前にJIPの説明会に参加しました", "インターン3か月目の支援金はいつ支払われますか？"])
def test_a_time_ago_or_a_months_ordinal_is_no_duration(text: str) -> None:
    assert "days" not in UNDERSTANDER.parse(text).errors


@pytest.mark.parametrize("turns", [("支援金は対面で2か月だといくらですか？",),
                                   ("対面のインターンの支援金を知りたいです", "2か月です")])
def test_months_never_reach_the_tool_as_days(bot, turns: tuple[str, ...]) -> None:
    reply = converse(bot, *turns)
    assert not [c for c in reply.tool_calls if c.name == "jip_support_funds"], reply.tool_calls
