"""A message that asks one thing off topic and one on topic is decided by the question on topic.

"what is weather in tokyo in august usually? and also what is the age limit for the METI internship": the weather,
the ski resorts, the exchange rate are not in the documents, the JIP's age limit is. The off-topic question does not
sink the confidence, however long it is (a message not relevant as a whole is searched without it), and the passage
on topic comes first. The question on topic may lack its question mark ("and also what is ...",
"電話番号もあれば知りたいです。": ``unmarked_questions`` in knowledge/vocabulary.yaml). A message whose every
question is off topic stays "nothing relevant", whatever program its background names, and so does one whose
only on-topic part tells background or is barely on topic alone.
"""

from __future__ import annotations

import pytest

from bot.retrieval import HybridRetriever
from tests.knowledge import rank_of, repo_analyzer

AGE = ("18 to 40 years old",)
MAX_PERIOD = ("five years", "5 years")  # "up to five years" (the TITP document), "The maximum period is 5 years" (WAASA's)

MIXED = [
    ("what is weather in tokyo in august usually? and also what is the age limit for the METI internship", AGE),
    ("What's the exchange rate of yen to dollar? Also what is the age limit of JIP?", AGE),
    ("What will the weather be like in Hokkaido in February, which ski resorts are cheapest, and how much does a "
     "rail pass cost? Also, what is the age limit for the JIP?", AGE),
    ("Which sightseeing spots in Kyoto do you recommend? and how old can JIP applicants be", AGE),
    ("How is the weather in Osaka in spring? What is the maximum period for technical intern training?", MAX_PERIOD),
    ("東京の天気はどうですか？あと、JIPの年齢制限は？", AGE),
    ("北海道の二月の天気、安いスキー場、鉄道パスの値段を教えてください。あと、JIPの年齢制限は？", AGE),
    ("京都のおすすめの観光地はどこですか？それと、技能実習の最長期間は何年ですか？", MAX_PERIOD),
]

# a short request beside the question ("give me the list pls", off topic alone for its "pls") keeps helping the ranking
LIST_REQUEST = "What conditions must the COURSE itself meet for Re-Skills certification? give me the list pls"

WHOLLY_OFF = [
    "What is the weather in Tokyo in August? And which ski resorts are cheapest?",
    "I will join the JIP next year. What is the weather like in Hokkaido? Also, where can I buy a rail pass?",
    "東京の天気はどうですか？あと、おすすめのラーメン屋はどこですか？",
    "JIPに参加する予定です。北海道の天気を教えてください。",
    # background that only tells, however on topic, is no question on topic: the request beside it decides
    "わたしは技能実習生です。もうすぐ実習がおわります。おすすめの温泉をおしえてください。",
    "We host technical intern trainees. Our trainees finish next month. Recommend a good farewell party restaurant.",
    # a question barely on topic alone (foreign staff, and a tax the documents never name) does not outvote the
    # off-topic request beside it
    "外国人社員の年末調整って日本人と何か違うの？扶養控除の書類の書き方を教えて",
]


@pytest.mark.parametrize(("message", "answer"), MIXED)
def test_the_question_on_topic_decides_relevance_and_ranking(
    retriever: HybridRetriever, message: str, answer: tuple[str, ...]
) -> None:
    result = retriever.search(message, k=8)
    assert result.relevant, result.confidence
    rank = min((r for r in (rank_of(result.passages, text) for text in answer) if r is not None), default=None)
    assert rank is not None and rank <= 2, rank


@pytest.mark.parametrize("message", WHOLLY_OFF)
def test_a_message_wholly_off_topic_stays_not_relevant(retriever: HybridRetriever, message: str) -> None:
    assert not retriever.search(message, k=8).relevant


@pytest.mark.parametrize(
    ("message", "unmarked"),
    [
        ("what is weather in tokyo in august usually? and also what is the age limit for the METI internship",
         "and also what is the age limit for the METI internship"),
        ("Is the weather nice in August? Also can interns get a visa", "Also can interns get a visa"),
        ("Any ramen tips? I'd like to know the JIP application deadline.", "I'd like to know the JIP application deadline."),
        ("どこに連絡すればいいですか？電話番号もあれば知りたいです。", "電話番号もあれば知りたいです。"),
    ],
)
def test_a_question_without_its_mark_asks_beside_a_marked_one(message: str, unmarked: str) -> None:
    assert unmarked in repo_analyzer().asking_parts(message, unmarked=True)[1]


@pytest.mark.parametrize(
    ("message", "background"),
    [
        ("By the way, when I go to Japan for the internship I would like to visit Osaka. Any ramen tips?",
         "By the way, when I go to Japan for the internship I would like to visit Osaka."),
        ("Could you recommend ramen near Namba? Have a nice day.", "Have a nice day."),
        ("Where can I eat sushi? Thanks for your help.", "Thanks for your help."),
    ],
)
def test_background_and_pleasantries_do_not_ask(message: str, background: str) -> None:
    assert background not in repo_analyzer().asking_parts(message, unmarked=True)[1]


def test_a_short_request_beside_the_question_keeps_the_ranking(retriever: HybridRetriever) -> None:
    result = retriever.search(LIST_REQUEST, k=8)
    assert result.relevant
    whole = retriever.retrieve(LIST_REQUEST, 8, parts=False)  # the message searched as it is, parts unread
    assert [p.chunk_id for p in result.passages] == [c.chunk_id for c in whole.ranked]
    assert rank_of(result.passages, "at least 50% of the curricula") is not None
