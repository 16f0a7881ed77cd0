"""The hybrid fusion keeps score margins, and Japanese content the vocabulary does not cover is unknown.

1. Fusion: a clear BM25 winner stays first whatever the dense side ranks; the dense side decides
   between passages BM25 scores (nearly) alike.
2. Off-topic Japanese: a question about the weather, restaurants, sports, share prices or travel is
   refused even when it carries one general vocabulary word (いつ, いくら, 航空券) and a place in Japan,
   because its kanji and katakana words that no vocabulary term covers count as unknown content.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from bot.query import TextAnalyzer, Vocabulary
from bot.retrieval import HybridRetriever, build_retriever
from tests.knowledge import indexed_copy

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def retriever(tmp_path_factory: pytest.TempPathFactory) -> HybridRetriever:
    """One index of a private copy of knowledge/ (offline embedder) for the module."""
    settings, store = indexed_copy(tmp_path_factory.mktemp("fusion"), retrieval_fusion="relative")
    return build_retriever(settings, store)


def _lists(retriever: HybridRetriever, lexical: list[float], dense: list[tuple[int, float]]):
    """Lexical hits with these BM25 scores on the first rows of the snapshot, and dense hits (row, cosine)."""
    snap = retriever.lexical.snapshot()
    lex = [(snap.chunk_ids[i], score, i) for i, score in enumerate(lexical)]
    den = [(snap.chunk_ids[i], sim, snap.texts[i], dict(snap.metadata[i])) for i, sim in dense]
    return snap, lex, den


@pytest.mark.parametrize("margin", [0.3, 0.7, 1.5])
@pytest.mark.parametrize("dense_order", list(itertools.permutations([1, 2, 3])))
def test_a_clear_lexical_winner_stays_first(retriever: HybridRetriever, margin: float, dense_order: tuple) -> None:
    # Row 0 wins BM25 by a clear margin and is not in the dense list at all; rows 1-3 tie on BM25
    # and the dense side likes them in any order.
    snap, lex, den = _lists(
        retriever, [1.33 + margin, 1.33, 1.33, 1.33, 0.4], [(row, 0.45 - 0.1 * n) for n, row in enumerate(dense_order)]
    )
    ranked = retriever.fuse(snap, lex, den)
    assert ranked[0].chunk_id == snap.chunk_ids[0]
    # and among the tied passages the dense side's order holds
    assert [c.chunk_id for c in ranked[1:4]] == [snap.chunk_ids[r] for r in dense_order]


@pytest.mark.parametrize("gap", [0.0, 0.01, 0.03])
def test_the_dense_side_breaks_near_ties(retriever: HybridRetriever, gap: float) -> None:
    snap, lex, den = _lists(retriever, [1.40 + gap, 1.40, 0.5, 0.2], [(1, 0.5), (2, 0.3), (0, 0.1)])
    ranked = retriever.fuse(snap, lex, den)
    assert ranked[0].chunk_id == snap.chunk_ids[1]


def test_fusion_with_one_side_empty_keeps_the_other_sides_order(retriever: HybridRetriever) -> None:
    snap, lex, _ = _lists(retriever, [3.0, 2.0, 1.0], [])
    assert [c.chunk_id for c in retriever.fuse(snap, lex, [])] == [c for c, _, _ in lex]
    snap, _, den = _lists(retriever, [], [(2, 0.4), (0, 0.3), (1, 0.2)])
    assert [c.chunk_id for c in retriever.fuse(snap, [], den)] == [c for c, _, _, _ in den]


# --- Japanese content the vocabulary does not cover ---------------------------------------------------

TOPICS = ["天気", "天気予報", "おすすめのレストラン", "ラーメン屋", "野球の試合", "サッカーの試合", "株価",
          "日経平均株価", "観光地", "旅行のプラン", "温泉", "スキー場", "映画", "コンサート"]
PLACES = ["", "東京の", "日本の", "大阪の", "東京都の"]
# Each frame carries at most one general vocabulary word (a question word or a common noun).
FRAMES = ["{p}{t}は？", "{p}{t}はいつですか？", "{p}{t}はいくらですか？", "{p}{t}について教えて",
          "{p}{t}の航空券は？"]
OFF_TOPIC = [f.format(p=p, t=t) for t in TOPICS for p in PLACES for f in FRAMES]


@pytest.mark.parametrize("question", OFF_TOPIC)
def test_off_topic_japanese_questions_are_refused(retriever: HybridRetriever, question: str) -> None:
    result = retriever.search(question, k=5)
    assert not result.relevant, (question, result.confidence)


def _analyzer(general: list[str] | None = None, terms: list[str] | None = None) -> TextAnalyzer:
    return TextAnalyzer(Vocabulary.model_validate({
        "concepts": [{"id": "visa", "terms": terms or ["visa", "ビザ"]}],
        "general_ja": general if general is not None else ["日本", "必要"],
    }))


def test_unknown_japanese_is_kanji_and_katakana_words_no_term_covers() -> None:
    analysis = _analyzer().analyze("日本のビザと天気とレストランは必要ですか？")
    assert analysis.unknown_ja == ["天気", "レストラン"]
    assert [u.concept for u in analysis.units] == ["visa"]


def test_lone_kanji_hiragana_and_general_words_are_not_unknown() -> None:
    # 決まる, 教える: verb stems are a lone kanji; 今日本 is 今 + the general 日本
    analysis = _analyzer().analyze("ビザはどう決まる？今日本に住んでいて教えてほしい。必要？")
    assert analysis.unknown_ja == []


def test_an_english_question_has_no_unknown_japanese() -> None:
    assert _analyzer().analyze("how long is the visa valid?").unknown_ja == []


def test_the_vocabulary_file_lists_general_japanese_words() -> None:
    from bot.query import load_vocabulary

    vocabulary = load_vocabulary(REPO / "knowledge")
    assert "日本" in vocabulary.general_ja and "必要" in vocabulary.general_ja


def _rrf(retriever: HybridRetriever, *args):
    retriever.fusion = "rrf"
    try:
        return retriever.fuse(*args)
    finally:
        retriever.fusion = "relative"


def test_reciprocal_rank_fusion_stays_available_and_ignores_margins(retriever: HybridRetriever) -> None:
    # the default fusion goes by ranks: a lexical winner by a small margin (under 1.15 times the runner-up) that the
    # dense side leaves out is outvoted by the passages both sides list
    snap, lex, den = _lists(retriever, [1.50, 1.33, 1.33, 0.4], [(1, 0.4), (2, 0.3)])
    assert _rrf(retriever, snap, lex, den)[0].chunk_id != snap.chunk_ids[0]


@pytest.mark.parametrize("scores", [[2.02, 1.33, 1.33, 0.4], [1.64, 1.33, 1.33, 1.2], [1.463, 0.687, 0.687, 0.687]])
def test_reciprocal_rank_fusion_keeps_a_clear_lexical_winner_the_dense_list_missed(
    retriever: HybridRetriever, scores: list[float]
) -> None:
    """The dense side ranks every passage but lists only its top few: BM25's clear winner (1.15 times the runner-up
    or more) it left out ranks just after its list, not nowhere, so it stays in the top five, where the passages
    both sides list used to push it out ("経産省 代表電話", "Re-Skillsで対象外になる講座は？")."""
    dense = [(row, 0.5 - 0.05 * n) for n, row in enumerate([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])]
    snap, lex, den = _lists(retriever, scores + [0.3] * 6, dense)
    ranked = _rrf(retriever, snap, lex, den)
    assert snap.chunk_ids[0] in [c.chunk_id for c in ranked[:3]]


def test_a_winner_outside_the_programs_the_question_names_is_not_clear(retriever: HybridRetriever) -> None:
    """"Is there an age limit for the internship run by METI?": a Re-Skills passage wins BM25 on "METI" and "run";
    not about the JIP the question names, it is no clear winner and the dense side's vote stands."""
    analysis = retriever.analyzer.analyze("Is there an age limit for the government internship program run by METI?")
    snap = retriever.lexical.snapshot()
    reskills = next(i for i in range(snap.size) if snap.metadata[i].get("doc_id") == "meti-reskills-courses")
    jip = [i for i in range(snap.size) if snap.metadata[i].get("doc_id") == "meti-japan-internship-program"]
    lex = [(snap.chunk_ids[reskills], 2.5, reskills)] + [(snap.chunk_ids[i], 1.6 - 0.01 * n, i) for n, i in enumerate(jip[:5])]
    assert retriever._clear_winner(snap, lex, analysis) is None
    assert retriever._clear_winner(snap, lex, None) == snap.chunk_ids[reskills]
    lex_jip = [(snap.chunk_ids[jip[0]], 2.5, jip[0])] + lex[1:]
    assert retriever._clear_winner(snap, lex_jip, analysis) == snap.chunk_ids[jip[0]]


def test_an_unknown_fusion_is_refused(retriever: HybridRetriever) -> None:
    with pytest.raises(ValueError, match="fusion"):
        HybridRetriever(retriever.store, fusion="borda")
