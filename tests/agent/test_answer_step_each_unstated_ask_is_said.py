"""Class: several asks in one message that the documents do not answer: the refusal says, for each ask, that the
documents do not state it (the first by what it asks for, each other one by its own words: answer_step.unstated_asks),
in the Japanese wording 「資料には…の記載がありません」 that users read as "not stated"; none is dropped."""

from __future__ import annotations

import re

import pytest

from tests.agent.each_asking_part import answered

NOT_STATED = {"en": r"(?i)documents (?:don't|do not) (?:say|state|mention|answer)", "ja": r"資料には[^。]{0,30}記載がありません"}


@pytest.mark.parametrize("lang,question,other", [
    ("en", "When is the application deadline for the JIP 2024? And when will we hear the results?",
     "when will we hear the results"),
    ("en", "What is the application fee for Re-Skills certification? And how long does the screening take?",
     "how long does the screening take"),
    ("ja", "JIP（2024年度）の応募締め切りはいつですか？合否の結果はいつごろ届きますか？", "合否の結果はいつごろ届きますか"),
    ("ja", "技能実習生の最低賃金はいくらですか？社会保険には入れないといけませんか？", "社会保険には入れないといけませんか"),
])
def test_each_ask_the_documents_do_not_answer_is_said_unstated(bot, lang: str, question: str, other: str) -> None:
    answer = answered(bot, question, NOT_STATED[lang], refused=True)
    first, *rest = answer.split("\n\n")
    assert re.search(NOT_STATED[lang], first), first
    # the other ask named by its own words (no joining "And" before them), said not stated too
    line = next((p for p in rest if other in p), "")
    assert line and re.search(r"(?i)nor do the documents answer|についても、資料には記載がありません", line), answer
    assert not re.search(r"(?i)“and\b", line), line


@pytest.mark.parametrize("lang,question", [
    ("en", "When is the application deadline for the JIP 2024?"),
    ("ja", "JIP（2024年度）の応募締め切りはいつですか？"),
])
def test_one_unstated_ask_is_said_once(bot, lang: str, question: str) -> None:
    answer = answered(bot, question, NOT_STATED[lang], refused=True)
    assert not re.search(r"(?i)nor do the documents answer|についても、資料には記載がありません", answer), answer
