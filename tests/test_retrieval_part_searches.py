"""Class: a part of a message that its other part outranks is searched on its own (vocabulary ``part_searches``): the
application period asked with how to apply ("when was the application period and how do we apply?", 受付期間はいつから
いつまでで、どのような方法で申請する) ranks the period's passages first, and the passage that names the system and how to
get access (the procedure's opening, e-Gov) fell just below them; it now takes the last place of the ranking. A question
that asks only the period keeps its ranking, and the procedure asked alone already ranks it high."""

from __future__ import annotations

import pytest

from bot.retrieval import HybridRetriever

EGOV = "e-Gov Electronic Application System"
PERIOD = "October 28, 2017"
# the English search terms the agent puts before a Japanese question (bot/agent/policy.search_query)
JA_TERMS = "application applications accepted when date course Re-Skills course certification period for acceptance"


def _rank(retriever: HybridRetriever, question: str, marker: str, k: int = 8) -> int | None:
    passages = retriever.search(question, k=k).passages
    return next((i + 1 for i, p in enumerate(passages) if marker in p.text), None)


@pytest.mark.parametrize("question", [
    f"{JA_TERMS} 第四次産業革命スキル習得講座の認定申請について教えてください。最初の募集の受付期間はいつからいつまでで、どの"
    "ような方法で申請するのでしょうか。",
    f"{JA_TERMS} Reスキル講座の最初の募集の受付期間はいつまでで、どうやって申請すればいいですか。",
    f"{JA_TERMS} Reスキル講座の認定の受付期間はいつからいつまでで、申請方法はどうなっていますか？",
    "For the 2017 Re-Skills course certification, when was the application period and how do we apply?",
    "What's the acceptance period for Re-Skills certification, and what is the application procedure?",
])
def test_the_procedure_beside_the_period_is_found(retriever: HybridRetriever, question: str) -> None:
    assert _rank(retriever, question, EGOV) is not None
    assert _rank(retriever, question, PERIOD) is not None  # the period is kept


@pytest.mark.parametrize("question", [
    f"{JA_TERMS} 第四次産業革命スキル習得講座の受付期間はいつからいつまでですか。",
    f"{JA_TERMS} Reスキル講座の最初の募集っていつからいつまで？",
    "When was the application period for the Re-Skills course certification?",
    "Re-Skills deadline?",
])
def test_a_period_only_question_keeps_its_ranking(retriever: HybridRetriever, question: str,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    ranked = [p.text for p in retriever.search(question, k=8).passages]
    monkeypatch.setattr(retriever.analyzer.vocabulary, "part_searches", [])
    assert [p.text for p in retriever.search(question, k=8).passages] == ranked


def test_a_part_search_names_known_concepts() -> None:
    from bot.query import Vocabulary

    with pytest.raises(ValueError, match="unknown concepts"):
        Vocabulary.model_validate({"concepts": [{"id": "a", "terms": ["a"]}],
                                   "part_searches": [{"when": [["a"]], "beside": ["b"], "search": "a"}]})
