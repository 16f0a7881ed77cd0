"""Class: a sentence that only announces the topic of the questions after it (「介護職種の技能実習の人数枠について質問です。」,
"I have a question about the nursing care quota.") asks no type of its own: when the asking sentences ask none, the
types are not read from the announcement (人数枠 had made the question ask a number, and the split of training hours
was quoted instead of the nursing care rule)."""

from __future__ import annotations

import pytest

ANNOUNCED = [
    ("介護職種の技能実習の人数枠について質問です。資料に、介護の場合は「常勤職員」の数え方に特別な扱いがあると書いてあった気がする"
     "のですが、どういう扱いでしょうか？"),
    "I have a question about the nursing care quota. Is there a special way to count the full-time staff?",
]


@pytest.mark.parametrize("question", ANNOUNCED)
def test_the_announced_topic_asks_no_number(types, question: str) -> None:
    assert "number" not in types.classify(question).types


def test_a_topic_statement_with_its_own_ask_still_asks(types) -> None:
    assert "number" in types.classify("介護職種の人数枠について質問です。何人まで受け入れられますか？").types
