"""Class: a question whether what it states is still so is answered by the update row whose topics it names (No. 2,
(ii), construction and shipbuilding: updates.ssw.ii.fields-2023; the fields of No. 1: updates.ssw.fields-2024),
leading with that row's note, the documents' line after it, and no limit of the passage ("limited to construction and
shipbuilding") leads it."""

from __future__ import annotations

import pytest

from bot.agent.update_notes import asked_updates
from bot.answers.types import AnswerTypes
from tests.agent.each_asking_part import answered


@pytest.mark.parametrize("question, row", [
    ("Only construction and shipbuilding can move up to Specified Skilled Worker No.2. Is that still true?",
     "updates.ssw.ii.fields-2023"),
    ("My friend said only construction and shipbuilding can go to SSW No. 2, is that still the case?",
     "updates.ssw.ii.fields-2023"),
    ("特定技能2号は建設と造船だけですが、今もそうですか？", "updates.ssw.ii.fields-2023"),
    ("Is it still 14 fields for Specified Skilled Worker No.1?", "updates.ssw.fields-2024"),
    ("特定技能1号の対象は今でも14分野ですか？", "updates.ssw.fields-2024"),
])
def test_the_row_named_leads(bot, rules, question: str, row: str) -> None:
    answer = answered(bot, question)
    lead = answer.split("\n\n")[0]
    assert f"`{row}`" in lead, answer
    assert not lead.startswith(("No", "Only", "いいえ", "資料では、これは")), answer
    assert "[1]" in answer, answer  # the documents' line follows


@pytest.mark.parametrize("question, row", [
    ("Only construction and shipbuilding can move up to Specified Skilled Worker No.2, is that still true?",
     "updates.ssw.ii.fields-2023"),
    ("特定技能2号に移れるのは建設と造船だけ、今もそうですか？", "updates.ssw.ii.fields-2023"),
])
def test_asked_rows_by_topic(rules, question: str, row: str) -> None:
    assert [r.id for r in asked_updates(question, [], rules.updates)][:1] == [row]


@pytest.mark.parametrize("question", [
    "How many fields does construction cover?",  # no still-current ask: no row by its topics
    "建設分野の技能実習はありますか？",
])
def test_no_still_ask_no_row_by_topic(rules, question: str) -> None:
    assert "updates.ssw.ii.fields-2023" not in [r.id for r in asked_updates(question, [], rules.updates)]


def test_a_number_point_is_no_sentence_end() -> None:
    assert AnswerTypes.load().asks_still_current("Is it still 14 fields for Specified Skilled Worker No.1?")


@pytest.mark.parametrize("question, expected", [
    ("My trainee finishes Technical Intern Training No.2 next spring. To change to Specific Skill No.1, does he still "
     "have to pass the skills test and the Japanese test?", False),  # a need that holds nevertheless
    ("Must she still take the Japanese language exam for Specific Skill No. 1?", False),
    ("技能実習2号を修了しても、それでも日本語試験は必要ですか？", False),
    ("Is that still true now, at the end of 2026?", True),
    ("Does Specific Skill No. 1 still cover 14 industries these days?", True),
    ("特定技能1号の対象は今でも14分野ですか？", True),
])
def test_a_need_that_still_holds_asks_nothing_of_now(question: str, expected: bool) -> None:
    assert AnswerTypes.load().asks_still_current(question) == expected
