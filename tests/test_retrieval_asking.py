"""Relevance is decided by what a message asks, not by its background.

A message whose background names a program ("when I go to Japan for the internship...") and whose
question asks about something the documents never speak of (ramen restaurants, a baseball team, the
weather) is not relevant: the background cannot make an off-topic question relevant. A question on topic
after off-topic background stays relevant. The parts are the sentences of the message (bot/text/sentences.py)
and, in Japanese, the clauses after a context clause (``context_clauses_ja`` in knowledge/vocabulary.yaml).
"""

from __future__ import annotations


import pytest

from bot.retrieval import HybridRetriever
from tests.knowledge import repo_analyzer

ANALYZER = repo_analyzer()

BACKGROUND_EN = [
    "By the way, when I go to Japan for the internship I would like to visit Osaka.",
    "I will join the JIP in Tokyo next year.",
    "We host technical intern trainees at our factory.",
    "Our supervising organization sends us Specified Skilled Workers every spring.",
]
OFF_TOPIC_EN = [
    "Could you recommend some good ramen restaurants near Namba station?",
    "What is the best sushi restaurant in Shinjuku?",
    "Which baseball team should I support in Hiroshima?",
    "Where can I buy a cheap bicycle in Nagoya?",
]
ON_TOPIC_EN = [
    "How long can a technical intern trainee stay?",
    "Can I apply for the JIP if I am 35?",
    "How many trainees can a company with 40 full-time employees accept?",
]
OFF_BACKGROUND_EN = [
    "I love ramen and visited Osaka last year.",
    "My hobby is baseball.",
]
OFF_TOPIC_JA = [
    "インターンで日本に行くときに大阪でおすすめのラーメン屋を教えて",
    "インターンで日本に行くときに、京都で人気の寿司屋はどこ？",
    "技能実習生を受け入れています。ところで、おすすめの温泉旅館はどこですか？",
    "JIPに参加する予定です。東京の天気はどうですか？",
]
ON_TOPIC_JA = [
    "ラーメンが好きです。実習生は何年いられますか？",
    "野球が趣味です。JIPには何歳まで応募できますか？",
    "インターンで日本に行くときに、航空券は支給されますか？",
]


def test_the_asking_part_is_the_question_sentence_or_the_last_clause() -> None:
    parts, asking = ANALYZER.asking_parts(BACKGROUND_EN[0] + " " + OFF_TOPIC_EN[0])
    assert parts == [BACKGROUND_EN[0], OFF_TOPIC_EN[0]] and asking == [OFF_TOPIC_EN[0]]
    parts, asking = ANALYZER.asking_parts(OFF_TOPIC_JA[0])
    assert parts == ["インターンで日本に行くときに", "大阪でおすすめのラーメン屋を教えて"]
    assert asking == ["大阪でおすすめのラーメン屋を教えて"]
    # two questions: both ask
    assert len(ANALYZER.asking_parts("Tokyo WorkNet what is? And which company runs the support project?")[1]) == 2


@pytest.mark.parametrize("background", BACKGROUND_EN)
@pytest.mark.parametrize("ask", OFF_TOPIC_EN)
def test_on_topic_background_does_not_make_an_off_topic_ask_relevant(
    retriever: HybridRetriever, background: str, ask: str
) -> None:
    result = retriever.search(f"{background} {ask}", k=8)
    assert not result.relevant, result.confidence


@pytest.mark.parametrize("message", OFF_TOPIC_JA)
def test_japanese_off_topic_ask_after_on_topic_background_is_not_relevant(retriever: HybridRetriever, message: str) -> None:
    for query in (message, f"internship technical intern trainee {message}"):  # with the English keywords the bot adds
        result = retriever.search(query, k=8)
        assert not result.relevant, (query, result.confidence)


@pytest.mark.parametrize("background", OFF_BACKGROUND_EN + BACKGROUND_EN[:2])
@pytest.mark.parametrize("ask", ON_TOPIC_EN)
def test_an_on_topic_ask_stays_relevant_whatever_its_background(retriever: HybridRetriever, background: str, ask: str) -> None:
    result = retriever.search(f"{background} {ask}", k=8)
    assert result.relevant, result.confidence


@pytest.mark.parametrize("message", ON_TOPIC_JA)
def test_japanese_on_topic_ask_after_background_stays_relevant(retriever: HybridRetriever, message: str) -> None:
    assert retriever.search(message, k=8).relevant


def test_an_ask_of_no_words_of_its_own_leans_on_the_background(retriever: HybridRetriever) -> None:
    assert retriever.search("We host technical intern trainees in Osaka. How long can they stay?", k=8).relevant
    assert retriever.search("We host technical intern trainees. What about it?", k=8).relevant


@pytest.mark.parametrize(
    "message",
    [
        # one word the documents do not use ("college") among on-topic ones: the ask is on topic
        "I'm helping three students apply to METI's Japan Internship Program: two are final-year BTech students "
        "and one graduated last year. What documents does each of them need from their college?",
        # a request without a question mark asks in any of its sentences
        "第四次産業革命スキル習得講座（Re-Skills講座）の認定について、第1回の申請受付期間をご教示ください。"
        "開始日と締切日を正確に確認したく存じます。",
        "技能実習の対象職種・作業の数を教えてください。監理団体として会員企業に案内する資料に載せたいので、"
        "資料に書かれている数字で結構です。",
    ],
)
def test_an_ask_mostly_on_topic_stays_relevant(retriever: HybridRetriever, message: str) -> None:
    assert retriever.search(message, k=8).relevant
