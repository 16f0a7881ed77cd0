"""Class: when an answer quotes several items of one list (each asking part of "flight ticket? housing? insurance?"
finds its own item), it quotes the whole list: every item of it is in the quoted list unit, its first items
included (pre-training, the visa), not only the items the question happened to name. EN and JA phrasings."""

from __future__ import annotations

import re

import pytest

from bot.agent import compose
from bot.agent.selection import LexicalSentenceSelector
from bot.contracts import Passage, SearchResult
from tests.knowledge import KNOWLEDGE, repo_analyzer

DOC = (KNOWLEDGE / "docs" / "meti-japan-internship-program.md").read_text(encoding="utf-8").split("\n---\n", 1)[1]
# the document's sections as the retriever returns them, the support list first
SECTIONS = [(part.split("\n", 1)[0].strip("# ").strip(), part.split("\n", 1)[1].strip())
            for part in re.split(r"\n(?=#{2,3} )", DOC) if part.startswith("#") and "\n" in part]
SECTIONS.sort(key=lambda s: s[0] != "Support for interns")
ITEMS = ["Pre-training for interns", "Assistance in obtaining a visa", "round-trip airline tickets",
         "Arrangement of accommodation", "personal computers", "Activity support funds", "Internship insurance"]


def _answer(question: str, lang: str) -> compose.Composed:
    passages = [Passage(text=text, chunk_id=f"jip::{i}", doc_id="meti-japan-internship-program",
                        title="METI Government (Japan) Internship Program (JIP), FY2024", section=section,
                        program="jip", as_of=None) for i, (section, text) in enumerate(SECTIONS) if text.strip()]
    result = SearchResult(query=question, relevant=True, confidence=0.9, passages=passages)
    return compose.compose_knowledge_answer(question, result, lang=lang,
                                            selector=LexicalSentenceSelector(repo_analyzer()))


@pytest.mark.parametrize("question,lang", [
    ("what kind of support jip gives the interns? flight ticket? housing? insurance?", "en"),
    ("Does JIP pay the flight? and the housing?", "en"),
    ("jip interns: is insurance covered? what about accommodation?", "en"),
    ("JIPのインターン生に航空券は出ますか？宿泊先は？保険は？", "ja"),
    ("JIPでは保険に入れますか？宿泊の手配もありますか？", "ja"),
])
def test_several_items_of_one_list_quote_the_whole_list(question: str, lang: str) -> None:
    composed = _answer(question, lang)
    missing = [item for item in ITEMS if item not in composed.answer]
    assert missing == [], composed.answer


def test_one_item_asked_alone_is_still_that_item() -> None:
    composed = _answer("Does JIP provide internship insurance?", "en")
    assert "Internship insurance" in composed.answer
