"""A question about what changed after the documents (the technical intern program's replacement, the number of occupations
today) is answered from the update note (cited as the row, marked as outside the documents); a headcount is no ask for the
number of occupations."""

from __future__ import annotations

import pytest

from support import converse


@pytest.mark.parametrize("question,expected", [
    ("I heard Japan will cancel the technical intern program. Is it true? From when, and what system will replace it?",
     "Employment for Skill Development"),
    ("Is the technical intern training program being abolished? What replaces it?", "Employment for Skill Development"),
    ("技能実習制度は廃止されるって本当ですか？いつからですか？", "育成就労"),
    ("技能実習はなくなるんですか？", "育成就労"),
    # whether it still exists or continues, asked without a word of ending (「まだありますか」「続きますか」)
    ("いとこが2028年に技能実習生として来日したいと言っています。その制度はその時もまだありますか？", "育成就労"),
    ("技能実習制度は今後も続きますか？", "育成就労"),
])
def test_a_change_after_the_documents_is_answered_from_the_update(bot, question: str, expected: str) -> None:
    reply = converse(bot, question)
    assert not reply.refused, reply.answer
    assert expected in reply.answer and "updates.titp.replaced-2027" in reply.answer
    assert "2027" in reply.answer


@pytest.mark.parametrize("question", [
    "技能実習生って最長で何年まで日本で実習できるんでしたっけ？あと、対象の職種はどのくらいありますか？",
    "How long can a technical intern stay, and how many occupations does technical intern training cover?",
])
def test_the_number_of_occupations_asked_shows_the_update_first(bot, question: str) -> None:
    reply = converse(bot, question)
    assert not reply.refused
    assert "updates.titp.occupations-2021" in reply.answer
    assert "91" in reply.answer


@pytest.mark.parametrize("question", [
    "介護職種の場合、受入れ人数枠の基準になる「常勤職員」にはどのような職員が含まれるのでしょうか。",
    "建設分野の受入れ人数はどう決まりますか？",
])
def test_a_headcount_is_no_ask_for_the_number_of_occupations(bot, question: str) -> None:
    """人数 (a headcount) beside 職種 or 分野 asks no number of occupations or fields: no update note answers it
    (a dated passage quoted may still carry its date note under the quotes)."""
    reply = converse(bot, question)
    assert "資料の外の更新情報" not in reply.answer.split("\n\n")[0]
