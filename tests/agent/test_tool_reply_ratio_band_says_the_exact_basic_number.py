"""Class: in the band of the quota table whose basic number is a fraction of the full-time employees (301 or more), the
reply says that exact number in both languages (the Japanese reply had said the rounded 22 beside "2×22.6 = 45.2",
which read as a contradiction: ja7l-10). The next-threshold hint keeps the basic number: at that headcount (a
multiple of twenty) the fraction is a whole number. Rows with whole basic numbers keep their wording."""

from __future__ import annotations

import pytest

from tests.agent.each_asking_part import answered


@pytest.mark.parametrize("question,exact,rounded_basic,hint", [
    ("常勤職員452人です。1号と2号は何人まで？", "基本人数枠は22.6人です", "基本人数枠は22人", "（参考：常勤職員が460人以上なら、基本人数枠は23人）"),
    ("常勤職員は310名です。受け入れ人数の上限は？", "基本人数枠は15.5人です", "基本人数枠は15人", "（参考：常勤職員が320人以上なら、基本人数枠は16人）"),
    ("we have 452 full-time employees, how many No.1 and No.2?", "basic number is 22.6", "basic number is 22 ",
     "With 460 or more full-time employees the basic number rises to 23"),
])
def test_ratio_band_says_the_exact_basic_number(bot, question: str, exact: str, rounded_basic: str, hint: str) -> None:
    answer = answered(bot, question, exact, hint)
    assert rounded_basic not in answer


@pytest.mark.parametrize("question,said", [
    ("常勤職員45人です。1号と2号は何人まで？", "（参考：常勤職員が51人以上なら、基本人数枠は6人）"),
    ("we have 45 full-time employees, how many No.1 and No.2?", "the basic number rises to 6"),
])
def test_whole_basic_numbers_keep_their_wording(bot, question: str, said: str) -> None:
    answered(bot, question, said)
