"""An off-topic question beside a question on topic is reported as left out, also when the message is relevant as a
whole; a part that only asks for the reply's form is no question of its own.

"what is weather in tokyo in august usually? and also what is the age limit for the METI internship": the message is
relevant as a whole (the JIP's age rule), so the search used to return it without ``SearchResult.left_out`` and the
answer side, reading the marked question (the weather), refused. Now an asking part that is off topic (words no
document uses, not relevant alone) beside a question clearly on topic is in ``left_out`` whether or not the whole
message is relevant, and the whole message keeps its ranking.

A part that asks a detail of the subject of the question on topic (one of its concepts: "... the Japanese language
exam for Specific Skill No.1? and how much is the exam fee?") is not left out either: the answer says the documents do
not state the fee.

A part that only asks for the form of the reply ("pls tell me in yen", "in English please", "give me the list pls",
円で教えてください; ``Vocabulary.answer_forms``, ``TextAnalyzer.qualifies``) is neither the question on topic nor a
part left out: "how much salary? pls tell me in yen" asks the salary, and "pls tell me in yen", on topic alone (the
JIP's funds are in yen), does not make the salary a part left out.

A Japanese question is searched with English search terms in front of it ("technical intern trainees years
大阪でおすすめのラーメン屋は？それと、…"): for the relevance of its parts those terms are background, not a part of its first
sentence, so an off-topic first sentence is left out too.
"""

from __future__ import annotations

import pytest

from bot.retrieval import HybridRetriever
from tests.knowledge import repo_analyzer


@pytest.mark.parametrize(("question", "left_out"), [
    ("what is weather in tokyo in august usually? and also what is the age limit for the METI internship",
     "what is weather in tokyo in august usually?"),
    ("What's the weather like in Osaka in July? Also, what is the age limit for the JIP?",
     "What's the weather like in Osaka in July?"),
    ("what is the best ramen in osaka? also how long can a trainee stay?", "what is the best ramen in osaka?"),
    ("大阪でおすすめのラーメン屋は？それと、技能実習生は何年いられますか？", "大阪でおすすめのラーメン屋は？"),
    ("technical intern training technical intern trainees years 大阪でおすすめのラーメン屋は?それと、技能実習生は何年いられますか?",
     "大阪でおすすめのラーメン屋は?"),
])
def test_an_off_topic_question_beside_one_on_topic_is_left_out(
    retriever: HybridRetriever, question: str, left_out: str
) -> None:
    result = retriever.search(question, k=8)
    assert result.relevant, result.confidence
    assert result.left_out == [left_out], result.left_out


@pytest.mark.parametrize("question", [
    # a detail of the subject asked beside it (the exam), and the call for applications (募集: its window)
    "What score I need to pass the Japanese language exam for Specific Skill No.1 in food service? and how much is the "
    "exam fee?",
    "Re-Skills講座の最初の募集っていつからいつまでだった？あと電子申請のIDとパスワードはどこに問い合わせればいいの？",
    "how much salary will i get every month as technical intern trainee in japan? pls tell me in yen",
    "How long can a technical intern stay? in English please",
    "How long can a technical intern stay? Can you answer in English please?",
    "How long can technical interns stay? And which occupations are covered?",
    "技能実習生は何年いられますか？英語で答えてください。",
])
def test_a_part_asking_for_the_replys_form_or_a_detail_of_the_subject_is_not_left_out(
    retriever: HybridRetriever, question: str
) -> None:
    result = retriever.search(question, k=8)
    assert result.left_out == [], result.left_out


@pytest.mark.parametrize("question", [
    "how much salary? pls tell me in yen",
    "What's the best ramen in Osaka? in English please",
])
def test_a_form_of_the_reply_does_not_stand_for_the_question(retriever: HybridRetriever, question: str) -> None:
    """The yen or the language on topic alone does not make the message relevant without the question it qualifies."""
    result = retriever.search(question, k=8)
    assert not result.relevant and result.left_out == [], (result.confidence, result.left_out)


@pytest.mark.parametrize(("part", "qualifies"), [
    ("pls tell me in yen", True),
    ("in English please", True),
    ("give me the list pls", True),
    ("can you answer in english please?", True),
    ("円で教えてください", True),
    ("英語で答えてください。", True),
    ("what is weather in tokyo in august usually?", False),
    ("explain the quota", False),
    ("list the fields", False),
    ("金額を円で教えてください", False),
    ("どこで観光できますか？", False),
])
def test_a_part_qualifies_when_only_the_form_of_the_reply_is_left(part: str, qualifies: bool) -> None:
    assert repo_analyzer().qualifies(part) is qualifies


@pytest.mark.parametrize(("text", "asking"), [
    ("technical intern trainees years 大阪でおすすめのラーメン屋は?それと、技能実習生は何年いられますか?",
     ["大阪でおすすめのラーメン屋は?", "それと、技能実習生は何年いられますか?"]),
    ("Tokyo Metropolitan Government 京都のおすすめホテルは?", ["京都のおすすめホテルは?"]),
    ("JIPの年齢制限は？", ["JIPの年齢制限は？"]),
    ("JIP 年齢制限は？", ["JIP 年齢制限は？"]),
])
def test_english_search_terms_before_a_japanese_question_are_background(text: str, asking: list[str]) -> None:
    assert repo_analyzer().asking_parts(text, unmarked=True)[1] == asking


def test_the_answer_side_reads_the_question_with_its_search_terms() -> None:
    """Only the search's relevance (``unmarked``) reads the terms as background: the answer's question keeps them."""
    text = "technical intern trainees years 技能実習生は何年いられますか?"
    assert repo_analyzer().asking_parts(text)[1] == [text]


@pytest.mark.parametrize("question", [
    "Couple of things about METI's Fourth Industrial Revolution Skills Courses: which fields did the first "
    "certification cover? what share of the curriculum must be practical work? and would a basic IT literacy course "
    "(excel, email, typing) be accepted?",
    "About the Re-Skills courses: which fields did the first certification cover? what share of the curriculum must "
    "be practical work?",
])
def test_a_part_naming_a_subject_the_ranked_passages_state_is_not_left_out(
    retriever: HybridRetriever, question: str
) -> None:
    # "share" is a word no document uses; the practical work is what the Re-Skills passages ranked state
    result = retriever.search(question, k=8)
    assert result.relevant, result.confidence
    assert result.left_out == [], result.left_out
