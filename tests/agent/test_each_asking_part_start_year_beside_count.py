"""Class: the year a program started asked beside the count of what it covers (技能実習の対象職種はいくつ？…この制度って
いつ頃できたもの？) is answered with both: the passage that says when it was established is searched beside the
occupations passage that outranks it ("いつ頃できた" asks when it was established), and neither ask is refused."""

from __future__ import annotations

import pytest

from tests.agent.each_asking_part import answered


@pytest.mark.parametrize("question", [
    "技能実習の対象になる職種って、全部でいくつくらいあるんでしょうか？食品製造や印刷は入っていますか？あと、この制度っていつ頃できたものなんですか？",
    "技能実習の対象職種はいくつありますか？それと、この制度はいつできたのですか？",
    "How many occupations does technical intern training cover, and when was the system established?",
])
def test_start_year_and_occupation_count_are_both_answered(bot, question: str) -> None:
    answered(bot, question, r"1993|１９９３|平成\s?5年", r"85")
