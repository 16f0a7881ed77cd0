"""A main number the user states in a yes/no ("am I right that we call METI's main number 03-3501-1511 for the
ID?") is their claim checked: what the number is for (the ID and password) is the qualifier asked; a main number asked
without one stated is still the main line."""

from __future__ import annotations

import pytest

from bot.answers.types import AnswerTypes


@pytest.mark.parametrize("question", [
    "For the e-Gov ID and password, am I right that we call METI's main number 03-3501-1511?",
    "Is the main phone number 03-3501-1511 the one to call for the ID and password?",
    "e-GovのIDとパスワードは、経産省の代表番号03-3501-1511に電話すればいいんですよね？",
    "IDの取得は代表電話の03-3501-1511で合っていますか？",
])
def test_a_stated_main_number_is_the_claim_not_the_qualifier(types: AnswerTypes, question: str) -> None:
    names = {k.name for k in types.qualifiers_of(types.classify(question), question)}
    assert "main" not in names and "account" in names, names


@pytest.mark.parametrize("question", [
    "What is METI's main phone number?", "What is the general number of METI?", "経産省の代表電話番号は？",
])
def test_a_main_number_asked_is_still_the_main_line(types: AnswerTypes, question: str) -> None:
    names = {k.name for k in types.qualifiers_of(types.classify(question), question)}
    assert "main" in names, names
