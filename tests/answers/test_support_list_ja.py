"""Class: a question whether any support exists (東京都の支援の仕組みはありますか, "does Tokyo have any support")
asks for every support the documents name (the list type), in both languages and however the support is worded
(支援の仕組み, 支援制度, 何か支援は)."""

from __future__ import annotations

import pytest

from bot.answers.types import AnswerTypes


@pytest.mark.parametrize("question", [
    "東京都内の中小企業が外国人材を受け入れる際に、何か東京都の支援の仕組みはあるのでしょうか。資料に記載があれば教えてください。",
    "東京都には外国人を雇う中小企業向けの支援制度はありますか？",
    "外国人材の受入れについて、東京都で何か支援はありますか",
    "中小企業へのサポートの仕組みって何かある？",
    "Does the Tokyo government have any support for SMEs hiring foreign workers?",
    "Is there some support program in Tokyo for small companies taking foreign staff?",
])
def test_whether_any_support_exists_asks_for_the_list(question: str) -> None:
    assert "list" in AnswerTypes.load().classify(question).types
