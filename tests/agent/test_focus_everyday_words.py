"""Class: everyday words for what the documents name formally (money, paid, お金 for the JIP's activity support
funds) are no focus the documents leave out: the support funds are quoted, not "the documents don't mention
money". A salary asked is still a salary (its own refusal tests stay)."""

from __future__ import annotations

import pytest

from tests.agent.each_asking_part import answered


@pytest.mark.parametrize("question", [
    "Do the JIP interns get any money from the program?? how much per day for in-person internship and how much for "
    "the online one",
    "Are JIP interns paid anything?",
    "Will I get any money as an online JIP intern?",
    "JIPのインターン生はお金をもらえますか？",
    "JIPのインターン生はお金をもらえますか？対面とオンラインで1日いくらですか？",
])
def test_money_for_interns_is_the_support_funds(bot, question: str) -> None:
    answer = answered(bot, question, r"3,000", r"1,000")
    assert answer.count("Activity support funds based on") == 1, answer


def test_money_where_no_formal_term_is_stated_is_still_unmentioned(bot) -> None:
    answered(bot, "Do technical intern trainees get any money?", refused=True)
