"""Class: a share asked as what is needed for an approval (認定を受けるには実習の割合がどれくらい必要, "what share of
practical work is needed for certification?") asks a rule's percent, met by a percentage unit ("at least 50% of the
curricula"); it is no selection rate (認定率は何割?, "the certification rate"), which only a statistic answers."""

from __future__ import annotations

import pytest

from bot.answers.types import AnswerTypes


@pytest.mark.parametrize("question", [
    "認定を受けるには実習の割合がどれくらい必要",
    "Reスキル講座の認定を受けるには実習の割合がどれくらい必要ですか？",
    "認定のためには演習の割合は何割必要ですか？",
    "What share of practical training is needed for Re-Skills certification?",
])
def test_a_share_needed_for_approval_asks_a_percent(types: AnswerTypes, question: str) -> None:
    ask = types.classify(question)
    assert "percent" in ask.kinds.get("number", ()) and "selection_rate" not in ask.kinds.get("number", ()), ask


@pytest.mark.parametrize("question", ["Reスキル講座の認定率は何割くらいですか？", "合格する割合は何割ですか？",
                                      "What is the certification rate for Re-Skills courses?"])
def test_a_rate_of_approval_still_asks_a_selection_rate(types: AnswerTypes, question: str) -> None:
    assert "selection_rate" in types.classify(question).kinds.get("number", ())
