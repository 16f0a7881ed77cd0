"""Japanese ways of asking for a contact (どこに連絡すれば), a provider (だれが用意), a date (施行日) and a count of
listed things (職種の数) are read as those answer types, as their English counterparts are; a question that asks
none of them is not."""

from __future__ import annotations

import pytest

from bot.answers.types import AnswerTypes

CASES = [
    ("IDとパスワードが要るって聞いたけど、どこに連絡すればもらえるのかな", "contact"),
    ("申請のことは誰に問い合わせればいいですか", "contact"),
    ("Who should we contact for an ID and password?", "contact"),
    ("パソコンは だれが よういしますか？", "office"),
    ("パソコンは誰が用意しますか", "office"),
    ("Who is responsible for providing the computer?", "office"),
    ("改正入管法の施行日を確認させてください。", "date"),
    ("JIPの開始日はいつですか", "date"),
    ("When did the revised act come into effect?", "date"),
    ("資料に載っている技能実習の対象職種・作業の数を教えてください。", "number"),
    ("How many occupations does technical intern training cover?", "number"),
]


@pytest.mark.parametrize("question,type_name", CASES)
def test_the_asked_type_is_read_in_both_languages(question: str, type_name: str) -> None:
    assert type_name in AnswerTypes.load().classify(question).types


@pytest.mark.parametrize("question", ["資料に載っている技能実習の対象職種・作業の数を教えてください。",
                                      "How many occupations does technical intern training cover?"])
def test_a_count_of_listed_things_is_the_count_kind(question: str) -> None:
    assert "count" in AnswerTypes.load().classify(question).kinds.get("number", ())


@pytest.mark.parametrize("question", ["技能実習制度の目的は何ですか", "What is the purpose of the system?"])
def test_a_question_that_asks_none_of_them(question: str) -> None:
    assert not {"contact", "office", "date", "number"} & AnswerTypes.load().classify(question).types
