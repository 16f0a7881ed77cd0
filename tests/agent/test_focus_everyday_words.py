"""Class: everyday words for what the documents name formally (money, paid, お金 for the JIP's activity support
funds) are no focus the documents leave out: the support funds are quoted, not "the documents do not mention
money". A salary asked is still a salary (its own refusal tests stay)."""

from __future__ import annotations

import re

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


# Class: the words applicants use for being chosen as an intern ("if i get selected", 選ばれたら) and for where they
# will sleep ("where i will sleep", 寝る場所) name what the documents call matching and interviews and the
# arrangement of accommodation: the support list is quoted, never "the documents do not mention selected / sleep".
@pytest.mark.parametrize("question", [
    "if i get selected for jip in person what they give?? flight ticket is paid? and where i will sleep",
    "where will i sleep during the JIP internship?",
    "If I am selected for the JIP in-person internship, is there a place to sleep?",
    "JIPに選ばれたら、寝る場所は用意してもらえますか？",
    "JIPで来日したら、どこに寝泊まりするんですか？",
])
def test_being_selected_and_where_to_sleep_are_the_documents_terms(bot, question: str) -> None:
    answer = answered(bot, question, r"Arrangement of accommodation")
    assert not re.search(r"(?i)do not mention (?:selected|sleep)|選ばれ[^。]*記載|寝[^。]*記載", answer), answer
