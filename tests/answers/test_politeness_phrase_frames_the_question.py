"""Politeness phrases (資料に載っている範囲で結構です, 差し支えなければ, わかる範囲で構いません) are no topic the documents leave
out, and the honorific ございますか asks as ありますか: Tokyo's supports for SMEs are listed (the Pasona project with TOKYO
WorkNet), not refused as "結構"."""

from __future__ import annotations

import pytest

from bot.answers.types import AnswerTypes
from tests.agent.each_asking_part import answered


@pytest.mark.parametrize("word", ["結構", "構いません", "差し支え"])
def test_a_politeness_phrase_frames_the_question(types: AnswerTypes, word: str) -> None:
    assert word in types.focus.framing


@pytest.mark.parametrize("question", [
    "東京都として中小企業向けの支援策はございますか。",
    "何か支援制度はございますか",
    "東京都の支援の仕組みはありますか",
])
def test_gozaimasu_asks_the_list_of_supports(types: AnswerTypes, question: str) -> None:
    assert "list" in types.classify(question).types


@pytest.mark.parametrize("question", [
    "都内の中小企業で総務をしております。初めて外国人を雇用する予定なのですが、東京都として中小企業向けの支援策はござい"
    "ますか。資料に載っている範囲で結構ですので教えてください。",
    "東京都の外国人雇用の支援制度はございますか。差し支えなければ教えてください。",
    "外国人を初めて雇う予定です。東京都には中小企業向けの支援事業がございますか。わかる範囲で構いませんので教えてください。",
])
def test_tokyo_supports_are_listed_whatever_the_politeness(bot, question: str) -> None:
    answered(bot, question, r"(?i)pasona|パソナ")
