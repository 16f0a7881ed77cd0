"""Answer composition: sentence choice, whole lists, money questions, date notes, tool answers."""

from __future__ import annotations

from pathlib import Path

import re

import pytest

from bot.agent import compose
from bot.answers.types import AnswerTypes
from bot.contracts import Passage, SearchResult
from bot.query import TextAnalyzer, load_vocabulary
from bot.rules import RuleBook


def passage(text: str, **kw) -> Passage:
    base = {"chunk_id": "d::1", "doc_id": "d", "title": "Doc", "section": "", "program": "", "as_of": None}
    base.update(kw)
    return Passage(text=text, **base)


def test_the_sentence_with_the_rare_query_word_wins() -> None:
    p = passage("Trainees learn skills in many jobs. The jobs are defined per occupation. Work is split into "
                "required and related jobs. 156 tasks in 85 occupations, including welding.")
    (chosen,) = compose.pick_sentences("Is welding one of the jobs?", [p])
    assert chosen[1] == ["156 tasks in 85 occupations, including welding."]


def test_a_list_is_quoted_whole_with_its_lead() -> None:
    p = passage("Courses covered:\n\n- AI, IoT and data science\n- Advanced security and networking\n- IT utilization\n")
    (chosen,) = compose.pick_sentences("Which fields are covered, e.g. security?", [p])
    assert chosen[1] == ["Courses covered: AI, IoT and data science; Advanced security and networking; IT utilization."]


def test_when_questions_prefer_a_dated_sentence() -> None:
    p = passage("Applications are accepted as follows. Friday, September 15, 2017, to Saturday, October 28, 2017.")
    (chosen,) = compose.pick_sentences("When are applications accepted?", [p])
    assert "October 28, 2017" in chosen[1][0]


def test_money_question_without_that_kind_of_amount_is_not_answered() -> None:
    result = SearchResult(query="q", relevant=True, confidence=0.9, passages=[
        passage("Activity support funds: in-person internships, 3,000 yen per day.")])
    assert compose.compose_knowledge_answer("What monthly salary do trainees get?", result).answer == ""
    assert "3,000 yen" in compose.compose_knowledge_answer("How much are the support funds per day?", result).answer


def test_answer_marks_citations_and_dates_old_sources() -> None:
    result = SearchResult(query="q", relevant=True, confidence=0.9, passages=[
        passage("Specific Skill No. 1 covers 14 industries.", program="ssw", as_of="2020-01",
                title="WAASA 2019-2020")])
    updates = RuleBook.load(Path(__file__).resolve().parents[2] / "knowledge" / "rules").updates
    composed = compose.compose_knowledge_answer("How many industries for Specific Skill No. 1?", result,
                                                updates=updates)
    assert "14 industries. [1]" in composed.answer
    assert "_Note: The Specified Skilled Worker (i) fields have changed since this source (2020-01)" in composed.answer
    assert composed.citations() == [{"chunk_id": "d::1", "quote": "Specific Skill No. 1 covers 14 industries"}]


def test_tool_answer_shows_explanation_args_assumptions_and_rule_ids() -> None:
    text = compose.compose_tool_answer(
        "trainee_quota",
        {"explanation": "Basic number 5.", "notes": ["Count full-time staff only."],
         "rules_used": [{"id": "titp.quota.basic.41-50", "confidence": "H"}]},
        ["a general occupation"],
        {"full_time_employees": 45, "excellent": False},
    )
    assert "Basic number 5." in text and "full-time employees: 45; excellent organization: no" in text
    assert "`titp.quota.basic.41-50` (H)" in text and "Assumed: a general occupation" in text


def test_follow_up_asks_for_a_group_at_once() -> None:
    question = compose.follow_up_question(["required_hours", "related_hours", "peripheral_hours"])
    assert "required, related and peripheral" in question


# --- sentence choice with the retriever's analyzer (vocabulary + stemmer) -----------------------------------


@pytest.fixture
def analyzer(repo_root: Path) -> TextAnalyzer:
    return TextAnalyzer(load_vocabulary(repo_root / "knowledge"))


def test_a_concept_needs_a_whole_term_not_one_of_its_words(analyzer: TextAnalyzer) -> None:
    """'trainee' alone is not the quota term 'number of trainees': the sentence about the 10% cap wins over
    one that merely mentions trainees and employers."""
    rules = passage("The number of full-time employees does not include technical intern trainees. For nursing "
                    "care occupations, the maximum number of recipients per year is limited to 10% of the number of "
                    "full-time employees.", chunk_id="d::rules", section="Notes on the number of full-time employees")
    other = passage("The trainees and the Japanese companies establish an employee-employer relationship.",
                    chunk_id="d::other", section="Technical Intern Training System")
    query = "technical intern trainees nursing care number of trainees accepted quota"
    picked = compose.pick_sentences(query, [other, rules], analyzer=analyzer)
    assert picked[0][0].chunk_id == "d::rules"
    assert any("10%" in s for s in picked[0][1])


def test_a_section_about_another_program_counts_less(analyzer: TextAnalyzer) -> None:
    ssw = passage("Specific Skill No. 1 can work for 5 years only in the field and stay in Japan.", chunk_id="w::ssw",
                  section="Related Information > Specific Skill System")
    titp = passage("The maximum period is 5 years, based on the training plan.", chunk_id="w::titp",
                   section="Related Information > Technical Intern Training System")
    picked = compose.pick_sentences("How long can a technical intern stay in Japan?", [ssw, titp], analyzer=analyzer)
    assert picked[0][0].chunk_id == "w::titp"
    # the same question about the other program picks the other section
    picked = compose.pick_sentences("How long can a Specific Skill No. 1 worker stay?", [ssw, titp], analyzer=analyzer)
    assert picked[0][0].chunk_id == "w::ssw"


def test_from_when_questions_prefer_a_dated_sentence() -> None:
    p = passage("The Minister certifies practical courses for workers. The courses are to be launched in and after "
                "April 2018.")
    (chosen,) = compose.pick_sentences("From when can certified courses start?", [p])
    assert any("April 2018" in s for s in chosen[1])


def test_whether_something_qualifies_is_answered_by_a_condition_or_exclusion() -> None:
    text = ("Courses of the program are certified by the Minister. Fundamental and basic IT skill courses are "
            "excluded.")
    result = SearchResult(query="q", relevant=True, confidence=0.9, passages=[passage(text)])
    picked = compose.pick_sentences("Could a basic IT class get certified?", result.passages)
    # the exclusion decides; the sentence that merely repeats the question's word is not needed
    assert [s for _, sentences in picked for s in sentences] == ["Fundamental and basic IT skill courses are excluded."]
    types = AnswerTypes.load()
    assert "condition" in types.classify("How does someone qualify for the status?").types
    assert "condition" in types.detect("by passing the exam")
    assert "condition" not in types.classify("What is the status?").types


# --- knowledge replies: answer first, whole units, the documents do not state -----------------------------------


def test_a_knowledge_reply_opens_with_the_quote_that_answers_without_a_lead_line() -> None:
    result = SearchResult(query="q", relevant=True, confidence=0.9, passages=[
        passage("Friday, September 15, 2017, to Saturday, October 28, 2017", section="Application > Period for acceptance"),
        passage("METI began accepting applications for courses launched in and after April 2018.", chunk_id="d::2")])
    composed = compose.compose_knowledge_answer("What was the deadline for applications?", result)
    first_line = composed.answer.splitlines()[0]
    assert first_line.startswith("Period for acceptance: Friday, September 15, 2017, to Saturday, October 28, 2017")
    assert first_line.endswith("[1]") and not composed.refused
    assert "Here is what the documents say" not in composed.answer


def test_a_japanese_reply_opens_in_japanese_and_marks_the_english_quote() -> None:
    result = SearchResult(query="q", relevant=True, confidence=0.9, passages=[
        passage("The maximum period is 5 years, based on the training plan.")])
    composed = compose.compose_knowledge_answer("期間は最長何年ですか？", result, lang="ja")
    lead, quote = composed.answer.split("\n\n")[:2]
    assert lead.startswith("資料によると、期間は5年です")  # the value, in Japanese, first
    assert quote.startswith("資料（英語の原文）によると") and "The maximum period is 5 years" in quote
    assert "資料には次のように書かれています" not in composed.answer


# A reply in another language than its quote states the asked value (a date, a duration, an amount) in the
# reply's language first, read from the quoted unit; the same question in the quote's language gets no such line.
@pytest.mark.parametrize(("text", "question", "lead"), [
    ("Period for acceptance: Friday, September 15, 2017, to Saturday, October 28, 2017.",
     "申請の受付期間はいつからいつまでですか？", "資料によると、期間は2017年9月15日〜2017年10月28日です"),
    ("Specific Skill No. 1 can work for 5 years in the field.", "特定技能1号は何年働けますか？", "資料によると、期間は5年です"),
    ("The online internship lasts 3 weeks.", "オンラインインターンは何週間ですか？", "資料によると、期間は3週間です"),
    ("Activity support funds: in-person internships, 3,000 yen per day; online, 1,000 yen per day.",
     "活動支援金の金額はいくらですか？", "資料によると、金額は3,000円、1,000円です"),
])
def test_a_foreign_quote_is_preceded_by_its_value_in_the_reply_language(text: str, question: str, lead: str) -> None:
    result = SearchResult(query="q", relevant=True, confidence=0.9, passages=[passage(text)])
    composed = compose.compose_knowledge_answer(question, result, lang="ja")
    assert composed.answer.split("\n\n")[0].startswith(lead), composed.answer


def test_a_quote_in_the_reply_language_gets_no_value_line() -> None:
    result = SearchResult(query="q", relevant=True, confidence=0.9, passages=[
        passage("The maximum period is 5 years, based on the training plan.")])
    composed = compose.compose_knowledge_answer("How long is the maximum period?", result, lang="en")
    assert composed.answer.startswith("The maximum period is 5 years")


@pytest.mark.parametrize(("question", "lang", "says"), [
    ("What is the phone number of the program office?", "en", "The documents do not state a phone number"),
    ("What monthly salary do trainees get?", "en", "The documents do not state a salary or wage"),
    ("技能実習生の最低賃金はいくらですか？", "ja", "資料には賃金・給与の額の記載がありません"),
])
def test_an_unstated_fact_is_refused_with_what_the_documents_do_say(question: str, lang: str, says: str) -> None:
    result = SearchResult(query="q", relevant=True, confidence=0.9, passages=[
        passage("Activity support funds: in-person internships, 3,000 yen per day.", section="Support for interns")])
    composed = compose.compose_knowledge_answer(question, result, lang=lang)
    assert composed.refused and composed.answer == ""
    assert composed.unstated.startswith(says)
    assert "3,000 yen per day" in composed.unstated  # the closest thing they say, quoted
    assert composed.citations() == [{"chunk_id": "d::1", "quote": "in-person internships, 3,000 yen per day"}]


@pytest.mark.parametrize("question", [
    "What is the phone number of the JIP office?",
    "What is the application deadline for the Japan Internship Program?",
    "技能実習生の最低賃金はいくらですか？",
    "What's the final day to send a JIP application?",
    "How many hours a day do JIP interns work at the company?",
    "監理費の相場はいくらくらいですか？",
])
def test_the_bot_refuses_an_on_topic_fact_the_documents_do_not_state(bot, question: str) -> None:
    reply = bot.reply(bot.new_conversation(), question)
    assert reply.refused, reply.answer


@pytest.mark.parametrize(("question", "first"), [
    ("What must a course meet to be certified as a Re-Skills course?", "at least 50%"),
    ("Which fields are covered by Re-Skills courses?", "Advanced security and networking"),
    ("Where do I mail the attachments for a Re-Skills application?", "100-8901"),
    ("When was the technical internship system established?", "1993"),
])
def test_the_bot_opens_a_knowledge_reply_with_the_whole_unit_that_answers(bot, question: str, first: str) -> None:
    reply = bot.reply(bot.new_conversation(), question)
    assert not reply.refused and first in reply.answer.split("\n\n")[0]


# A search that could not run is said in the reply's language: the retriever's English message travels with a
# stable code, and the reply renders that code from the catalog (every code, both languages).
@pytest.mark.parametrize("reason", ["empty_question", "no_terms", "empty_index"])
@pytest.mark.parametrize("lang", ["en", "ja"])
def test_a_search_that_could_not_run_is_said_in_the_reply_language(reason: str, lang: str) -> None:
    english = {"empty_question": "The question is empty", "no_terms": "The question has no words",
               "empty_index": "The knowledge base is empty"}[reason]
    result = SearchResult(query="q", message=english + ": (as the retriever says it)", reason=reason)
    answer = compose.not_found_answer("q", result, lang=lang)
    first = answer.split("\n\n")[0]
    if lang == "ja":
        assert english not in answer and re.search(r"[\u3040-\u30ff]", first), first
    else:
        assert first.startswith("I could not search for that: " + english), first


def test_a_japanese_message_with_nothing_searchable_gets_a_japanese_reply(bot) -> None:
    reply = bot.reply(bot.new_conversation(), "おいしいラーメンの作り方を教えて")
    first = reply.answer.split("\n\n")[0]
    assert reply.refused and re.search(r"[\u3040-\u30ff]", first) and not re.search(r"[A-Za-z]{4,}", first), first
