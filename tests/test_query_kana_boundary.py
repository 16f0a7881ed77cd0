"""Japanese terms in a question are words, not strings (batch h, jah-13).

1. A term written in hiragana is a word only where it ends: its last kana may not begin a particle that runs on
   into the kana after it ("企業さんから" is 企業 + さん + から: "さんか" there is no 参加). Plain Japanese has no spaces
   between words, so the particle decides where the word ends.
2. A term that overlaps another without being inside it counts too: "東京都の支援" names the city (東京都) and the
   city's support (都の支援); the city is not left over as unknown content ("東京") that makes the question look
   off-topic.
3. So a Tokyo-support question, however phrased ("東京都の支援って何かありますか", "どこに相談すれば", "都内の中小企業"),
   finds the Tokyo SME support passage (TOKYO WorkNet, Pasona) and is relevant.
"""

from __future__ import annotations

import pytest

from bot.query import TextAnalyzer, Vocabulary, kana_word, particles
from bot.retrieval import HybridRetriever
from tests.knowledge import repo_analyzer

ANALYZER = repo_analyzer()
PARTICLES = particles(ANALYZER.vocabulary.function_kana)


@pytest.mark.parametrize(
    ("text", "word", "is_word"),
    [
        ("中小企業さんから、外国人を", "さんか", False),  # さん + から
        ("なりたいです", "なりたい", True),  # なり + たい + です: it ends before です
        ("ぜんぶでは", "ぜんぶで", True),
        ("田中さんかな", "さんか", False),  # さん + かな
        ("みなさんからききました", "さんか", False),
        ("さんかしたいです", "さんか", True),
        ("さんかできますか", "さんか", True),
        ("さんかは むりょうですか", "さんか", True),
        ("JIPにさんか。", "さんか", True),
        ("さんか", "さんか", True),
        ("なれるからです", "なれるか", False),  # なれる + から
        ("なれるか？", "なれるか", True),
    ],
)
def test_a_kana_word_ends_where_a_particle_begins(text: str, word: str, is_word: bool) -> None:
    start = text.index(word)
    assert kana_word(text, start, start + len(word), PARTICLES) is is_word


def _analyzer(*terms: str) -> TextAnalyzer:
    return TextAnalyzer(Vocabulary(concepts=[{"id": "x", "terms": list(terms)}],
                                   function_kana=ANALYZER.vocabulary.function_kana))


@pytest.mark.parametrize("text", ["都内の中小企業さんから聞かれました", "田中さんからの質問"])
def test_a_kana_term_across_a_particle_is_no_match(text: str) -> None:
    assert _analyzer("さんか").analyze(text).concepts == []


@pytest.mark.parametrize("text", ["インターンにさんかしたい", "さんかできますか", "さんかの条件は", "さんか は できますか"])
def test_a_kana_term_that_ends_as_a_word_matches(text: str) -> None:
    assert _analyzer("さんか").analyze(text).concepts == ["x"]


@pytest.mark.parametrize(
    ("text", "concepts"),
    [
        ("東京都の支援って何かありますか？", {"tokyo_government"}),
        ("都内の中小企業さんから聞かれました", {"tokyo_government", "small_company"}),
        ("東京の支援はありますか", {"tokyo_government", "support"}),
    ],
)
def test_overlapping_terms_all_count(text: str, concepts: set[str]) -> None:
    analysis = ANALYZER.analyze(text)
    assert concepts <= set(analysis.concepts), analysis.concepts
    assert analysis.unknown_ja == [], analysis.unknown_ja


def test_overlap_is_general() -> None:
    analysis = _analyzer("東京都", "都の支援").analyze("東京都の支援")
    assert analysis.concepts == ["x"] and analysis.unknown_ja == []
    # a term inside a longer match is still no match of its own
    inner = TextAnalyzer(Vocabulary(concepts=[{"id": "a", "terms": ["都の支援"]}, {"id": "b", "terms": ["支援"]}]))
    assert inner.analyze("都の支援").concepts == ["a"]


@pytest.mark.parametrize(
    "question",
    [
        "都内の中小企業さんから、外国人を初めて雇うのでどこに相談すればいいか聞かれました。東京都の支援って何かありますか？",
        # the reading layer's old misreading of the same message (さんか read as 参加) is searched as well
        "都内の中小企業参加ら、外国人を初めて雇うのでどこに相談すればいいか聞かれました。東京都の支援って何かありますか?",
        "東京都の支援って何かありますか？",
        "都内の中小企業が外国人を初めて雇うとき、どこに相談すればいいですか？",
        "東京で外国人材の受け入れを支援してくれるところはありますか",
        "とうきょうと の しえん は ありますか",
        "Is there any Tokyo government support for SMEs hiring foreigners?",
        "Where can a small company in Tokyo ask for advice on hiring foreign workers for the first time?",
    ],
)
def test_a_tokyo_support_question_finds_the_tokyo_passage(retriever: HybridRetriever, question: str) -> None:
    result = retriever.search(question, k=3)
    assert result.relevant, (question, result.confidence)
    assert any("Tokyo WorkNet" in p.text and "Pasona" in p.text for p in result.passages[:1]), [
        (p.doc_id, p.section) for p in result.passages
    ]


# The reading layer (plain Japanese read as written Japanese before the patterns run, knowledge/nlu/ja_kana.yaml) reads
# kana words by the same rule (bot.query.read_words): the search is sent what the user wrote, not "中小企業参加ら".
@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("都内の中小企業さんから聞かれました", "都内の中小企業さんから聞かれました"),
        ("田中さんからの質問です", "田中さんからの質問です"),
        ("JIPに さんか したいです", "JIPに参加したいです"),
        ("さんかできますか", "参加できますか"),
        ("さんかは できますか", "参加はできますか"),
        ("ぜんぶでは なんにん", "全部では何人"),  # the particle's first kana stays kana in the reading
        ("25さいから はたらいて います", "25歳から働いています"),
    ],
)
def test_the_reading_layer_reads_kana_words_only(text: str, read: str) -> None:
    from tests.knowledge import repo_understander

    assert repo_understander().pack("ja").read(text) == read
