"""Class: a message whose asks each name their own program (①技能実習は…②特定技能1号では…③特定技能2号は…; "1) For
technical intern training ... 2) For Specified Skilled Worker (i) ...") is searched per ask in the program that ask names:
the vocabulary's ``part_searches`` ran only when the whole message named one program. The condition of the longest
period asked beside the period (5年受け入れるには何か条件がある？, "what is the condition for five years?") finds the
passage that limits it (excellent companies), which the period's passages outranked. A message that names one program
keeps the search it had; an ask that names no program adds nothing."""

from __future__ import annotations

import pytest

from bot.retrieval import HybridRetriever

EXCELLENT = "limited to excellent companies"


def _found(retriever: HybridRetriever, question: str, marker: str, k: int = 5) -> bool:
    return any(marker in p.text for p in retriever.search(question, k=k).passages)


@pytest.mark.parametrize("question", [
    "技能実習と特定技能の違いが分かりません。①技能実習は最長で何年受け入れられますか（5年受け入れるには何か条件があると聞きました）"
    "②特定技能1号では何年働いてもらえますか③特定技能2号は更新に上限がありますか。",
    "①技能実習は最長何年で、5年にするための条件は何ですか、②特定技能1号は何年働けますか、③特定技能2号に更新の上限は？",
    "1) What is the maximum period of technical intern training, and what is the condition for 5 years? "
    "2) How many years can a Specified Skilled Worker (i) work?",
    "(1) Technical intern training: how long at most, and is there a condition to get five years? "
    "(2) Specified Skilled Worker: can No. 2 be renewed without limit?",
])
def test_each_ask_is_searched_in_its_own_program(retriever: HybridRetriever, question: str) -> None:
    assert _found(retriever, question, EXCELLENT)


@pytest.mark.parametrize("question", [
    "技能実習は最長で何年受け入れられますか。5年受け入れるには何か条件がありますか？",
    "What is the maximum period of technical intern training, and what are the conditions for five years?",
])
def test_one_program_asked_the_same_way_finds_it_too(retriever: HybridRetriever, question: str) -> None:
    assert _found(retriever, question, EXCELLENT)


@pytest.mark.parametrize("question", [
    "①技能実習は最長何年ですか②特定技能1号は何年ですか",
    "1) How long can technical intern trainees stay? 2) How long can Specified Skilled Workers (i) stay?",
])
def test_asks_without_the_condition_keep_their_ranking(retriever: HybridRetriever, question: str,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    ranked = [p.text for p in retriever.search(question, k=5).passages]
    monkeypatch.setattr(retriever.analyzer.vocabulary, "part_searches", [])
    assert [p.text for p in retriever.search(question, k=5).passages] == ranked
