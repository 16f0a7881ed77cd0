"""Asking the age range of a program (「JIP は なんさい から なんさい まで もうしこみ できますか？」, 何歳まで, 年齢制限) is a
knowledge question answered from the document, not an eligibility check waiting for the applicant's details; an
applicant's own age still starts the check."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text", [
    "JIP は なんさい から なんさい まで もうしこみ できますか？",
    "JIPは何歳から何歳まで申し込みできますか？",
    "JIPは何歳まで応募できますか？",
    "ジャパン・インターンシップ・プログラムの年齢制限は？",
    "JIPの対象年齢を教えてください。",
    "JIPに応募できる年齢の範囲は？",
])
def test_the_age_range_asked_is_knowledge(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.asks_knowledge and not parsed.intents


@pytest.mark.parametrize("text", ["JIPは25歳でも応募できますか？", "ベトナム国籍、27歳、N2です。JIPに応募できますか。"])
def test_an_applicant_age_still_checks(text: str) -> None:
    assert "jip_eligibility" in UNDERSTANDER.parse(text).intents
