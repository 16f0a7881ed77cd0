"""Class: a request among the asking parts of a message (…を一通り教えてください。, …も知りたいです。, "Please tell me
...") asks for what it names even when it asks no type of answer (the supports of a program, the documents a graduate
submits): it gets a unit of its own beside the typed question after it (the age range and its reference date), not
only the unit of that question. EN and JA phrasings."""

from __future__ import annotations

import re

import pytest

from bot.agent import compose
from bot.agent.selection import LexicalSentenceSelector
from bot.contracts import Passage, SearchResult
from tests.knowledge import KNOWLEDGE, repo_analyzer

DOC = (KNOWLEDGE / "docs" / "meti-japan-internship-program.md").read_text(encoding="utf-8").split("\n---\n", 1)[1]
# the document's sections as the retriever returns them, the applicant requirements first (what the typed ask finds)
SECTIONS = [(part.split("\n", 1)[0].strip("# ").strip(), part.split("\n", 1)[1].strip())
            for part in re.split(r"\n(?=#{2,3} )", DOC) if part.startswith("#") and "\n" in part]
SECTIONS.sort(key=lambda s: "Requirement" not in s[0])


def _answer(question: str, lang: str) -> compose.Composed:
    passages = [Passage(text=text, chunk_id=f"jip::{i}", doc_id="meti-japan-internship-program",
                        title="METI Government (Japan) Internship Program (JIP), FY2024", section=section,
                        program="jip", as_of=None) for i, (section, text) in enumerate(SECTIONS) if text.strip()]
    result = SearchResult(query=question, relevant=True, confidence=0.9, passages=passages)
    return compose.compose_knowledge_answer(question, result, lang=lang,
                                            selector=LexicalSentenceSelector(repo_analyzer()))


@pytest.mark.parametrize("question,lang", [
    ("JIPで事務局側が提供してくれる支援を一通り教えてください。\nそれと、応募者の年齢要件は何歳から何歳まで、いつ時点の年齢で判断しますか？",
     "ja"),
    ("JIPでインターン生が受けられる支援を全部知りたいです。応募者の年齢は何歳までですか？", "ja"),
    ("JIPの事務局による支援の内容を教えてください。あと、応募できる年齢は？", "ja"),
    ("I'd like to know every support JIP gives interns. And how old can applicants be?", "en"),
    ("We would like to know the support for interns. Also, what is the age range of applicants?", "en"),
])
def test_a_request_part_gets_its_own_unit(question: str, lang: str) -> None:
    composed = _answer(question, lang)
    assert "18 to 40" in composed.answer, composed.answer
    assert "Internship insurance" in composed.answer and "accommodation" in composed.answer, composed.answer


def test_a_background_sentence_still_asks_nothing() -> None:
    composed = _answer("当社はJIPの受入れを検討しております。応募者の年齢は何歳から何歳までですか？", "ja")
    assert "18 to 40" in composed.answer
    assert "Internship insurance" not in composed.answer, composed.answer


@pytest.mark.parametrize("sentence,topic", [
    ("第四次産業革命スキル習得講座の認定申請について教えてください。", True),
    ("技能実習について確認させてください。", True),
    ("Please tell me about the Re-Skills certification.", True),
    ("I'd like to ask about the JIP.", True),
    ("JIPで事務局側が提供してくれる支援を一通り教えてください。", False),
    ("既卒者の場合の提出書類も知りたいです。", False),
    ("Please tell me the support interns get.", False),
])
def test_a_request_naming_only_the_topic_frames_the_questions(sentence: str, topic: bool) -> None:
    from bot.answers.types import AnswerTypes

    types = AnswerTypes.load()
    assert types.is_request(sentence), sentence
    assert types.is_topic_request(sentence) is topic, sentence
