"""Class: a yes/no whether a way of applying is allowed, or between two ways (「申請は紙の書類を郵送する形でも可能でしょうか、
それとも電子申請のみでしょうか」, "can we send the application on paper by post, or is it only electronic?"), answered by
a limit (only the attachments may be posted), also quotes the way the documents state (the e-Gov Electronic
Application System), whatever answer type its other words name (the posting address), also beside another ask."""

from __future__ import annotations

import pytest

from support import converse


@pytest.mark.parametrize("text", [
    "申請は紙の書類を郵送する形でも可能でしょうか、それとも電子申請のみでしょうか。",
    "Re-Skills講座の認定申請は紙の書類を郵送する形でも可能でしょうか、それとも電子申請のみでしょうか。",
    "お世話になっております。第四次産業革命スキル習得講座（Re-Skills講座）の最初の認定申請について確認させてください。受付期間はいつからいつまで"
    "だったでしょうか。また、申請は紙の書類を郵送する形でも可能でしょうか、それとも電子申請のみでしょうか。",
    "Re-Skills講座の認定申請は、紙に印刷して郵送で出してもいいですか？電子申請だけですか？",
    "Can we send the Re-Skills application on paper by post, or is it only electronic?",
    "For the Re-Skills certification, may we submit paper documents by mail instead of online?",
])
def test_a_yes_no_between_two_ways_quotes_the_way_the_documents_state(bot, text: str) -> None:
    reply = converse(bot, text)
    assert not reply.refused, reply.answer
    assert "e-Gov" in reply.answer, reply.answer
    assert "attached" in reply.answer, reply.answer  # the limit: only the attachments may be posted


@pytest.mark.parametrize("text, way", [
    ("申請は紙の書類を郵送する形でも可能でしょうか、それとも電子申請のみでしょうか。", True),
    ("Can we send the application on paper by post, or is it only electronic?", True),
    ("申請書は窓口に持参してもいいですか？", True),
    ("受付期間はいつからいつまでですか？", False),
    ("Can trainees count as full-time employees?", False),
    ("Where do we send the attachments by post?", False),  # a where question asks no yes/no
])
def test_a_way_asked(text: str, way: bool) -> None:
    from bot.answers.limits import Limits

    assert Limits.load().asks_way(text) == way
