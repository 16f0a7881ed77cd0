"""Yes/no questions whose answer is a condition stated elsewhere in a unit, over several phrasings in English and
Japanese (bot/answers/limits.py):
- a date the question states compared with a start or end the quoted unit states: before a stated start (after
  a stated end) the lead says no, naming both dates in the reply's language; within it the lead says so for the
  date only;
- a requirement the user says they do not meet ("not excellent", "a normal company", 優良ではない): no, naming
  the requirement; the same question from a user who says nothing of it keeps "only in part";
- an excluded category the user says they belong to in a self-description the search query leaves out
  (``context``): no, naming the category;
- a restriction on a quantity the question names ("for 5 years" and "up to five years (limited to ...)") answers
  even when the selection had not quoted it."""

from __future__ import annotations

import pytest

from bot.agent import compose
from bot.contracts import Passage, SearchResult

RESKILLS_START = ("The first certification is given to educational courses for workers in the following fields that "
                  "are to be launched in and after April 2018.")
TITP_ONLY = ("Through the technical training for up to five years (limited to excellent companies under an excellent "
             "supervisory organization) for young people in developing regions, the program aims to transfer skills.")
TITP_PERIOD = ("The maximum period is 5 years, and the acquisition of skills, etc. is based on the technical intern "
               "training plan.")
JIP_HOSTS = ("In-person internships will take place at small to medium-sized companies with main business locations "
             "in Japan (excluding industry associations, non-profit organizations, and local governments).")


def _passage(text: str, n: int = 1) -> Passage:
    return Passage(text=text, chunk_id=f"d{n}::1", doc_id=f"d{n}", title="Doc", section="", program="", as_of=None)


def _first(texts: list[str], question: str, lang: str, context: str = "") -> str:
    passages = [_passage(t, i) for i, t in enumerate(texts)]
    composed = compose.compose_knowledge_answer(
        question, SearchResult(query=question, relevant=True, confidence=0.9, passages=passages), lang=lang,
        context=context)
    return composed.answer


BEFORE_START = [
    ("en", "We think to start our course in January 2018, is it OK?", "January 2018"),
    ("en", "From when must courses be launched? Our course starts in March 2018. Can it be certified?", "March 2018"),
    ("en", "Could a course launched in December 2017 be in the first certification?", "December 2017"),
    ("ja", "2018年1月に講座を始める予定ですが、大丈夫ですか？", "2018年1月"),
    ("ja", "うちの講座は2017年12月開講です。最初の認定の対象になりますか？", "2017年12月"),
    ("ja", "2018年3月に開始する講座でも認定してもらえますか", "2018年3月"),
]


@pytest.mark.parametrize("lang,question,asked", BEFORE_START)
def test_a_date_before_a_stated_start_is_answered_no(lang: str, question: str, asked: str) -> None:
    answer = _first([RESKILLS_START], question, lang)
    first = answer.split("\n\n")[0]
    assert first.startswith("No:" if lang == "en" else "いいえ"), answer
    assert asked in first and ("April 2018" if lang == "en" else "2018年4月") in first, answer


@pytest.mark.parametrize("lang,question", [
    ("en", "We plan to launch our course in May 2018, is that OK?"),
    ("en", "Can a course launched in April 2018 be certified?"),
    ("ja", "2018年6月に開講する講座は対象になりますか？"),
])
def test_a_date_within_a_stated_start_is_not_answered_no(lang: str, question: str) -> None:
    first = _first([RESKILLS_START], question, lang).split("\n\n")[0]
    assert not first.startswith(("No", "いいえ")), first


@pytest.mark.parametrize("lang,question,context", [
    ("en", "Can we keep the same trainee for 5 years?", "Our company is a normal implementing company, not excellent."),
    ("en", "Can we keep the same trainee for 5 years?", "We are a standard organization."),
    ("en", "We are not an excellent company. Can we keep trainees for five years?", ""),
    ("en", "Is it possible for an ordinary company like ours to train an intern for 5 years?", ""),
    ("ja", "同じ技能実習生を5年間受け入れられますか？", "うちは優良ではない普通の実習実施者です。"),
    ("ja", "当社は優良要件を満たしていませんが、5年いけますか？", ""),
    ("ja", "一般の実習実施者でも5年間受け入れられますか？", ""),
])
def test_a_requirement_the_user_does_not_meet_is_answered_no(lang: str, question: str, context: str) -> None:
    answer = _first([TITP_PERIOD, TITP_ONLY], question, lang, context)
    first = answer.split("\n\n")[0]
    assert first.startswith("No:" if lang == "en" else "いいえ"), answer
    assert ("excellent" if lang == "en" else "優良") in first, answer
    assert "limited to excellent companies" in answer  # the condition is quoted


@pytest.mark.parametrize("lang,question", [
    ("en", "Can we keep the same trainee for 5 years?"),
    ("ja", "同じ技能実習生を5年間受け入れられますか？"),
])
def test_a_restriction_on_the_quantity_asked_is_named_though_not_quoted_first(lang: str, question: str) -> None:
    answer = _first([TITP_PERIOD, TITP_ONLY], question, lang)
    first = answer.split("\n\n")[0]
    assert first.startswith("Only in part" if lang == "en" else "資料では"), answer
    assert ("excellent" if lang == "en" else "優良") in first, answer


@pytest.mark.parametrize("lang,question,context,named", [
    ("en", "Can we host an in-person intern?", "We are an industry association.", "industry associations"),
    ("en", "Are we eligible to host in-person interns?", "Our organization is a non-profit organization.",
     "non-profit organizations"),
    ("ja", "対面インターンの受入先になれますか？", "当社は業界団体（一般社団法人）なのですが、", "業界団体"),
    ("ja", "対面インターンを受け入れられますか", "市役所の担当者です。", "地方自治体"),
])
def test_an_excluded_category_the_user_belongs_to_is_answered_no(lang, question, context, named) -> None:
    answer = _first([JIP_HOSTS], question, lang, context)
    first = answer.split("\n\n")[0]
    assert first.startswith("No:" if lang == "en" else "いいえ"), answer
    assert named in first, answer


FTE = "The number of full-time employees does not include technical intern trainees (No. 1, No. 2, and No. 3)."


@pytest.mark.parametrize("lang,question", [
    ("en", "Can we keep the same technical intern trainee for 5 years?"),
    ("en", "Is a technical intern trainee allowed to stay 5 years?"),
    ("ja", "同じ技能実習生を5年間受け入れられますか？"),
])
def test_what_a_count_leaves_out_answers_only_a_question_about_that_count(lang: str, question: str) -> None:
    """"X does not include trainees" answers "does X include trainees?", not any question naming trainees."""
    first = _first([FTE, TITP_ONLY], question, lang).split("\n\n")[0]
    assert not first.startswith(("No: the documents exclude", "いいえ。資料では、技能実習生")), first


@pytest.mark.parametrize("lang,question,value", [
    ("ja", "技能実習生って最長で何年まで受け入れられるんですか？うちみたいな普通の中小企業でも同じ年数いけます？", "5年"),
    ("ja", "最長で何年までいけるの？普通の会社でもそこまでいけるの？", "5年"),
])
def test_a_value_asked_beside_the_yes_no_is_stated_too(lang: str, question: str, value: str) -> None:
    first = _first([TITP_ONLY], question, lang).split("\n\n")[0]
    assert first.startswith("いいえ") and value in first, first
