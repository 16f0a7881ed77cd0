"""A negation does not cross "but" or a clause boundary: "I don't have JLPT but my English is fluent" is proficient English
(and no JLPT); 「JLPTは持っていませんが、英語は流暢です」 too."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text", [
    "I don't have JLPT but my English is fluent, I use it every day at work.",
    "No JLPT, but my English is good.",
    "I don't speak Japanese but my English is business level.",
    "I have no JLPT certificate, however my English is fluent.",
    "JLPTは持っていませんが、英語は流暢です。",
    "日本語能力試験は受けていませんが、英語はビジネスレベルです。",
])
def test_a_negation_does_not_cross_but(text: str) -> None:
    assert UNDERSTANDER.parse(text).slots.get("english_proficient") is True


@pytest.mark.parametrize("text", [
    "I don't speak English.",
    "My English is not fluent but I'm learning.",
    "I can't speak English well.",
])
def test_a_negated_english_in_its_own_clause_stays_negated(text: str) -> None:
    assert UNDERSTANDER.parse(text).slots.get("english_proficient") is False


def test_not_having_jlpt_is_no_jlpt() -> None:
    assert UNDERSTANDER.parse("I don't have JLPT but my English is fluent.").slots.get("jlpt_level") == "none"
