"""Support in Tokyo for small firms taking on foreign staff finds the Tokyo support passage, and is relevant.

"What support does Tokyo provide to SMEs like that?", "東京都で中小企業向けの支援みたいなのってある？": the documents answer
with the Tokyo Metropolitan Government's acceptance support project ("Tokyo has established the "Tokyo WorkNet." ...
With the support of the temporary staffing agency Pasona ..."), though the question names neither WorkNet nor Pasona.
Support (支援, サポート, help, assistance) asked of Tokyo (東京都, 都内, the Tokyo government) together with small firms
(中小企業, SMEs), foreign staff (外国人) or hiring (雇う, 採用) asks for that project: the passage is in the top 3 and
the search is confident, also when the question is wrapped in background (a consultant's client, a shop downtown)
with words the documents never use, and when the part that asks only says "Any support available?" after a
background that names Tokyo and the hiring ("available" is no content: no document uses it). What the project is
called and who runs it are answered together: TOKYO WorkNet and the Pasona project are retrieved in the top 3 with
high confidence (they share a section, and today a chunk). Tokyo's support for anything else (an apartment, a house)
is not that project.
"""

from __future__ import annotations

import pytest

from bot.retrieval import HybridRetriever
from tests.knowledge import rank_of, repo_analyzer

WORKNET = "Tokyo WorkNet"
PASONA = "Pasona"


QUESTIONS = [
    "One of my clients is a 40-person food processor in Tokyo thinking about hiring foreign staff. What support does "
    "Tokyo provide to SMEs like that, according to your documents?",
    "What support does Tokyo give to small companies hiring foreigners?",
    "Is there any assistance from the Tokyo Metropolitan Government for SMEs that employ foreign workers?",
    "Does Tokyo help small businesses take on foreign staff?",
    "Is there help in Tokyo for companies that want to employ people from abroad?",
    # the question asked after the background that names the topic ("Any support available?")
    "My small shop in Tokyo wants to hire foreigners. Any support available?",
    "We are a small company in Tokyo and want to hire foreign staff. Is there any help available?",
    "We run a 20-person bakery in Tokyo. We'd like to hire foreign workers. What support can we get?",
    "都内で小さな工場をやっています。外国人を採用したいです。何か支援はありますか？",
    "都内の下町で従業員１５人の印刷屋をやってます。外国人を雇ってみたいんだけど、東京都で中小企業向けの支援みたいなのってある？",
    "東京都には外国人を雇う中小企業へのサポートがありますか？",
    "都内の中小企業が外国人材を受け入れるときの支援制度は？",
    "東京で外国人を採用したい小さい会社向けの支援ってありますか",
    # what the project is called and who runs it: WorkNet and the Pasona project together
    "I do HR at a small printing company in Tokyo. Is there anything from the Tokyo government side to help SMEs "
    "recruit and employ foreign workers? what is it called and who runs it?",
    "Which company runs Tokyo's support project for SMEs that accept foreign human resources?",
    "都内で町工場をやっています。外国人を雇いたいけど何から始めればいいかわからない。東京都には中小企業向けの支援みたいな"
    "ものってあるんですか？",
    "東京都の中小企業向けの外国人材受入れ支援事業は、どこの会社が運営していますか？",
]


@pytest.mark.parametrize("question", QUESTIONS)
def test_tokyo_support_for_small_firms_hiring_foreigners_finds_the_project(
    retriever: HybridRetriever, question: str
) -> None:
    result = retriever.search(question, k=8)
    rank = rank_of(result.passages, WORKNET)
    assert rank is not None and rank <= 3, rank
    assert result.relevant, result.confidence


@pytest.mark.parametrize("question", QUESTIONS)
def test_both_tokyo_support_passages_are_retrieved_together(retriever: HybridRetriever, question: str) -> None:
    """TOKYO WorkNet and the Pasona project are one topic (one section): both are in the top 3, with confidence."""
    result = retriever.search(question, k=8)
    ranks = [rank_of(result.passages, WORKNET), rank_of(result.passages, PASONA)]
    assert all(r is not None and r <= 3 for r in ranks), ranks
    assert result.relevant and result.confidence >= 0.9, result.confidence


@pytest.mark.parametrize("question", QUESTIONS)
def test_the_question_asks_for_the_tokyo_support_project(question: str) -> None:
    assert "tokyo_support" in repo_analyzer().analyze(question).concepts


@pytest.mark.parametrize("question", [
    "Can the Tokyo government help me find an apartment?",
    "Does Tokyo give financial support for buying a house?",
    "東京都の子育て支援について教えて",
    "Does the JIP give support for travel to Tokyo?",
])
def test_tokyo_support_for_something_else_is_not_the_project(question: str) -> None:
    assert "tokyo_support" not in repo_analyzer().analyze(question).concepts


@pytest.mark.parametrize("question", [
    "Can the Tokyo government help me find an apartment?",
    "Does Tokyo give financial support for buying a house?",
])
def test_tokyo_support_for_something_else_stays_off_topic(retriever: HybridRetriever, question: str) -> None:
    assert not retriever.search(question, k=5).relevant
