"""A question about what a rule covers ("which fields", "どういう分野の講座が対象") is a knowledge question, not a
calculation missing its inputs; the same words beside the user's own numbers still start the calculator."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text", [
    "Re-Skills講座の最初の認定では、どういう分野の講座が対象になっていたのでしょうか。",
    "どんな講座がRe-Skillsの認定対象になりますか？",
    "Re-Skillsでは、どのような講座が認定されますか",
    "Which fields could a course be in to be certified as a Re-Skills course?",
    "What kind of requirements must a course meet to be certified as a Re-Skills course?",
    "what types of subjects are covered for Re-Skills certification?",
])
def test_a_question_about_what_a_rule_covers_is_knowledge(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.asks_knowledge and not parsed.intents


@pytest.mark.parametrize("text", [
    "どんな講座でもいいですか？総時間60時間のうち実習が40時間の講座はRe-Skillsの対象になりますか",
    "Which requirements apply? Our course is 60 hours with 40 hours of practice. Is it a Re-Skills course?",
])
def test_the_same_words_beside_the_users_numbers_still_calculate(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert "reskills_course_check" in parsed.intents and not parsed.asks_knowledge
