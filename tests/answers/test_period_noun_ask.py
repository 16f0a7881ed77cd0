"""Class: the window of an application asked as a noun (受付期間, 募集期間, 申込期間, "(1) 受付期間" of a numbered list)
asks for a date, as "the application period" / "the acceptance period" does in English: a numbered ask of it is no
untyped part that another part's unit (the ID contact's phone) answers. EN and JA phrasings."""

from __future__ import annotations

import pytest

from bot.answers.types import AnswerTypes

PERIOD = "Period for acceptance: Friday, September 15, 2017, to Saturday, October 28, 2017."
PHONE = "First contact the IT Innovation Division (03-3501-2646) to obtain an ID and password."


@pytest.mark.parametrize("question", [
    "受付期間",
    "(1) 受付期間",
    "申請の受付期間",
    "募集期間を教えてください",
    "応募期間は？",
    "申込期間",
    "the acceptance period",
    "application period",
])
def test_an_application_window_asked_as_a_noun_is_a_date_ask(types: AnswerTypes, question: str) -> None:
    ask = types.classify(question)
    assert "date" in ask.types, ask
    assert types.satisfies(ask, types.detect(PERIOD), PERIOD), ask
    assert not types.satisfies(ask, types.detect(PHONE), PHONE), ask


@pytest.mark.parametrize("question", ["期間中の賃金", "実習期間は最長何年ですか"])
def test_another_period_is_no_application_window(types: AnswerTypes, question: str) -> None:
    assert "deadline" not in types.classify(question).kinds.get("date", ()), question
