"""Class: a claim the user heard or read (「ネットの古い記事で「2号に移れるのは建設と造船だけ」って見た。」, "I read in an old
article that only construction and shipbuilding can move to No. 2.") followed by an ask whether it holds (「外食はやっぱ
り無理？」, "So food service is still impossible?"): the ask is read in one sentence with the claim, so the message is
answered by the unit stating what the claim is about (and the note of what changed since), not refused because the
ask alone names only an item no document states (外食, food service)."""

from __future__ import annotations

import pytest

from support import converse
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text", [
    "飲食店（外食）を経営してます。特定技能1号の子がいて、2号に上げてあげたいんだけど、ネットの古い記事で「2号に移れるのは建設と造船だけ」"
    "って見た。外食はやっぱり無理？",
    "外食の店をやっています。特定技能2号に移れるのは建設と造船だけと聞きました。外食は無理ですか？",
    "知り合いから「特定技能2号は建設と造船だけ」って言われたんだけど。うちは外食だから無理ってこと？",
    "I run a restaurant. One of my staff is on Specified Skilled Worker (i) and I'd like to move her up to (ii). I read "
    "in an old article online that only construction and shipbuilding can move to No. 2. So food service is still "
    "impossible?",
    "My friend said only construction and shipbuilding can go to SSW No. 2. Is food service out then?",
    "An old blog post said only construction and shipbuilding can move up to Specified Skilled Worker (ii). Does that "
    "mean restaurants are out?",
])
def test_an_ask_after_a_claim_heard_is_answered_by_the_claims_unit(bot, text: str) -> None:
    reply = converse(bot, text)
    assert not reply.refused, reply.answer
    assert "shipbuilding" in reply.answer or "造船" in reply.answer, reply.answer
    assert "11" in reply.answer or "１１" in reply.answer, reply.answer  # the fields open since 2023 (the update note)


@pytest.mark.parametrize("lang, text, claim", [
    ("ja", "ネットの古い記事で「2号に移れるのは建設と造船だけ」って見た。", True),
    ("ja", "特定技能2号は建設と造船だけと聞きました。", True),
    ("ja", "同業者から周辺業務は3割までだと言われました。", True),
    ("ja", "飲食店を経営しています。", False),
    ("ja", "特定技能1号の子がいます。", False),
    ("en", "I read in an old article that only construction and shipbuilding can move to No. 2.", True),
    ("en", "My friend said only construction and shipbuilding can go to SSW No. 2.", True),
    ("en", "An old blog post said the quota is 3.", True),
    ("en", "I run a small restaurant.", False),
    ("en", "We read the rules carefully.", False),
])
def test_a_claim_heard(lang: str, text: str, claim: bool) -> None:
    assert UNDERSTANDER.pack(lang).act("claim_heard", text) == claim
