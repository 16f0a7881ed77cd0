"""Class: a message naming several items of one list whose items have no labels (the JIP support for interns:
visa, round-trip airline tickets, accommodation, a PC ...) quotes the whole list (each named item), not the one
item that shares the most words; the list's own subject (interns, support) names no item."""

from __future__ import annotations

import pytest

from tests.agent.each_asking_part import answered


@pytest.mark.parametrize("question", [
    "what kind of support the program give to interns? do they pay flight, hotel, help with visa, anything else??",
    "Does JIP arrange the flight and the accommodation for the interns?",
    "JIPでインターン生を受け入れる側の会社です。来日のビザ、飛行機、泊まるところって誰が面倒みるんですか？パソコンとかも用意しないとダメ？",
    "JIPのインターン生の飛行機と宿泊は誰が手配しますか？",
])
def test_each_named_support_item_is_quoted(bot, question: str) -> None:
    answered(bot, question, r"airline tickets", r"accommodation")


@pytest.mark.parametrize("question", [
    "Does JIP help with the visa? anything else?",
    "Does JIP help interns with the visa, or any other support?",
    "JIPはビザの支援がありますか？ほかに何かありますか？",
])
def test_one_item_and_anything_else_quotes_the_whole_list(bot, question: str) -> None:
    answered(bot, question, r"visa", r"airline tickets", r"accommodation", r"insurance")


@pytest.mark.parametrize("question", ["Is internship insurance included for JIP interns?",
                                      "How much are the JIP activity support funds per day?"])
def test_one_named_item_stays_one_item(bot, question: str) -> None:
    answer = answered(bot, question, r"insurance|3,000 yen")
    assert "airline tickets" not in answer, answer
