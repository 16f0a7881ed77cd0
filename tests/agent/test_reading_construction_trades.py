"""A construction trade (とび, 型枠, 鉄筋, 左官, 建築大工, 内装, 配管, 塗装; scaffolding, formwork, rebar, plastering,
carpentry ...) names the construction special case, which the basic quota table does not cover (RULES.md "Not covered
by the basic table"): the trades are data of the language packs, not code."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text", [
    "とび工事の会社で常勤は12人。技能実習生を何人入れられるか計算してくれる？",
    "うちは型枠大工の会社です。常勤20人で実習生は何人まで？",
    "鉄筋工事をやっています。従業員は35人です。受け入れ人数は？",
    "左官の会社で常勤15人、実習生は何人まで受け入れできますか",
    "内装仕上げの会社、常勤40人。技能実習生の人数枠は？",
    "We are a scaffolding company with 12 full-time staff. How many trainees can we take?",
    "Our formwork crew has 30 full-time employees, what is our trainee quota?",
    "rebar work company, 25 employees. how many technical intern trainees?",
    "We run a plastering business with 18 full-time staff; how many trainees can we accept?",
    "carpentry firm, 40 full-time employees: how many technical intern trainees can we have?",
])
def test_a_construction_trade_is_the_construction_case(text: str) -> None:
    assert UNDERSTANDER.parse(text).slots.get("special_case") == "construction"


@pytest.mark.parametrize("text", [
    "We are a plastic molding company with 105 full-time employees. How many trainees?",
    "食品製造の会社で常勤は30人です。実習生は何人まで？",
    "We do welding, 45 full-time staff, how many trainees can we accept?",
])
def test_other_trades_are_not(text: str) -> None:
    assert UNDERSTANDER.parse(text).slots.get("special_case") is None


def test_the_bot_names_the_construction_case(bot) -> None:
    from support import converse

    reply = converse(bot, "とび工事の会社で常勤は12人。技能実習生を何人入れられるか計算してくれる？")
    assert "建設" in reply.answer and "基本人数枠は3人" not in reply.answer
