"""A question about the replacement of Technical Intern Training that also asks whether the quota table still
applies gets the rule book's answer on that case (titp.quota.not_covered.employment_for_skill_development),
rendered from the row (its date read, never typed), beside the replacement note; EN and JA phrasings."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.agent import compose
from bot.agent.compose import default_responses
from bot.contracts import Passage
from bot.rules import RuleBook

RULES_DIR = Path(__file__).resolve().parents[2] / "knowledge" / "rules"
TITP = Passage(chunk_id="technical-intern-training-system::1", doc_id="technical-intern-training-system",
               program="titp", as_of=None, title="What is the Foreign Technical Internship System?",
               section="What is the Foreign Technical Internship System?",
               text="The Foreign Technical Internship System was established in 1993.")
ROW = "titp.quota.not_covered.employment_for_skill_development"


@pytest.fixture(scope="module")
def book() -> RuleBook:
    return RuleBook.load(RULES_DIR)


ASKS_THE_QUOTA = [
    ("en", "I heard the technical intern training system is being abolished. When does the replacement start, "
           "and will the current quota table still apply to it?"),
    ("en", "Once TITP is replaced, does the same quota apply under the new system?"),
    ("en", "Will the limits on the number of trainees stay the same under Employment for Skill Development?"),
    ("ja", "技能実習制度は廃止されるそうですが、今の人数枠の表は新しい制度でも使えますか？"),
    ("ja", "育成就労になったら受け入れ人数の上限は変わりますか？"),
]
ASKS_NO_QUOTA = [
    "Is the technical intern training program being abolished?",
    "How many trainees can a company with 40 employees accept?",
    "技能実習制度は廃止されますか？",
]


@pytest.mark.parametrize("lang,question", ASKS_THE_QUOTA)
def test_the_quota_asked_about_the_replacement_gets_the_rule_books_case(book: RuleBook, lang: str,
                                                                         question: str) -> None:
    responses = default_responses()
    rows = compose.asked_updates(question, [TITP], book.updates, responses)
    assert "updates.titp.esd-quota" in [row.id for row in rows]
    notes = compose.row_notes(rows, book.updates, None, responses, lang)
    note = next(n for n in notes if "updates.titp.esd-quota" in n)
    effective = book.rows[ROW].effective
    if lang == "en":
        assert book.rows[ROW].text in note and effective.isoformat() in note
    else:
        assert f"{effective.year}年{effective.month}月{effective.day}日" in note and "人数枠" in note


@pytest.mark.parametrize("question", ASKS_NO_QUOTA)
def test_no_quota_note_when_the_quota_is_not_asked_about_the_replacement(book: RuleBook, question: str) -> None:
    rows = compose.asked_updates(question, [TITP], book.updates, default_responses())
    assert "updates.titp.esd-quota" not in [row.id for row in rows]


def test_the_note_is_not_added_to_a_passage_that_does_not_name_the_new_system(book: RuleBook) -> None:
    assert not any("updates.titp.esd-quota" in n for n in compose.date_notes([TITP], book.updates))


def test_the_answer_states_both_the_replacement_and_the_quota_case(book: RuleBook) -> None:
    from bot.contracts import SearchResult

    question = ASKS_THE_QUOTA[0][1]
    result = SearchResult(query=question, passages=[TITP])
    reply = compose.compose_knowledge_answer(question, result, updates=book.updates)
    assert "updates.titp.replaced-2027" in reply.answer and "updates.titp.esd-quota" in reply.answer
