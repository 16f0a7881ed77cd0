"""Yes/no questions answered by a limit the documents state ("excluding ...", "... are excluded", "limited to",
"only the fields of ...", "separately with ...") open with the answer in the reply's language, naming what is
limited; over the limits of all four documents, in English and Japanese. A question that names nothing the
limit is about, or asks no yes/no, gets no such lead."""

from __future__ import annotations

import pytest

from bot.agent import compose
from bot.contracts import Passage, SearchResult

JIP_HOSTS = ("In-person internships will take place at small to medium-sized companies with main business locations "
             "in Japan (excluding industry associations, non-profit organizations, and local governments).")
JIP_CHINA = ("Foreign professionals with advanced skills who are nationals of developing countries (countries on the "
             "OECD/DAC list, excluding the People’s Republic of China).")
JIP_RESIDE = ("Applicants may apply even if they reside in a country different from their nationality (including "
              "developed countries). However, those currently residing in Japan are not eligible.")
RESKILLS_IT = "Fundamental and basic IT skill courses are excluded."
RESKILLS_MHLW = ("To receive a designation under MHLW's Training and Education Benefits System, an application needs "
                 "to be filed separately with MHLW.")
TITP_ONLY = ("Through the technical training for up to five years (limited to excellent companies under an excellent "
             "supervisory organization) for young people in developing regions, the program aims to transfer skills.")
WAASA_ONLY = ("Currently, only the two fields of “construction” and “shipbuilding / ship industry” can be transferred "
              "from No. 1.")

# (passage, English question, Japanese question, in the English lead, in the Japanese lead, opening of the lead)
CASES = [
    (JIP_HOSTS, "Can an industry association host an in-person intern?", "当社は業界団体ですが、対面インターンの受入先になれますか？",
     "industry associations", "業界団体", ("No:", "いいえ")),
    (JIP_HOSTS, "We are a non-profit organization. Are we eligible to host an in-person intern?",
     "NPO法人でも対面インターンを受け入れられますか？", "non-profit organizations", "非営利団体", ("No:", "いいえ")),
    (JIP_HOSTS, "Could a local government host an in-person intern?", "市役所でも対面インターンの受入先になれますか",
     "local governments", "地方自治体", ("No:", "いいえ")),
    (JIP_CHINA, "Can a national of China apply as a foreign professional?", "中国籍の人でも応募できますか？",
     "People’s Republic of China", "中華人民共和国", ("No:", "いいえ")),
    (JIP_RESIDE, "Can someone residing in Japan apply?", "日本に住んでいる人でも応募できますか？",
     "residing in Japan", "日本に住んでいる人", ("No:", "いいえ")),
    (RESKILLS_IT, "Can a basic IT course on Excel be certified?", "「ITの基礎」講座を認定してもらえますか",
     "Fundamental and basic IT skill courses", "基礎的なITスキル講座", ("No:", "いいえ")),
    (RESKILLS_MHLW, "Is a certified course automatically covered by MHLW's Training and Education Benefits System?",
     "認定を受けたら、そのまま厚労省の教育訓練給付の対象にもなるんですか", "MHLW", "厚生労働省", ("Not automatically", "自動的には")),
    (TITP_ONLY, "Can a small company keep trainees for up to five years?",
     "中小企業でも5年いけますか？", "excellent companies under an excellent supervisory organization",
     "優良な実習実施者", ("Only in part", "資料では")),
    (TITP_ONLY, "Can an ordinary small company keep trainees for up to five years?",
     "普通の中小企業でも5年いけますか？", "excellent companies under an excellent supervisory organization",
     "優良な実習実施者", ("No:", "いいえ")),
    (WAASA_ONLY, "Can a No. 1 worker in agriculture be transferred from No. 1?", "農業でも1号から移行できますか？",
     "construction", "建設", ("Only in part", "資料では")),
]


def _answer(text: str, question: str, lang: str) -> compose.Composed:
    passage = Passage(text=text, chunk_id="d::1", doc_id="d", title="Doc", section="", program="", as_of=None)
    return compose.compose_knowledge_answer(
        question, SearchResult(query=question, relevant=True, confidence=0.9, passages=[passage]), lang=lang)


@pytest.mark.parametrize("lang", ["en", "ja"])
@pytest.mark.parametrize("text,en,ja,named_en,named_ja,opening", CASES)
def test_a_limit_on_what_the_question_names_answers_first(text, en, ja, named_en, named_ja, opening, lang) -> None:
    composed = _answer(text, en if lang == "en" else ja, lang)
    first = composed.answer.split("\n\n")[0]
    assert first.startswith(opening[0 if lang == "en" else 1]), composed.answer
    assert (named_en if lang == "en" else named_ja) in first, composed.answer
    assert text[-30:-1] in composed.answer  # the limiting unit is quoted


@pytest.mark.parametrize("lang", ["en", "ja"])
@pytest.mark.parametrize("question", [
    ("Can a small manufacturing company host an in-person intern?", "小さな製造業の会社でも対面インターンを受け入れられますか？"),
    ("Which companies host in-person interns?", "対面インターンの受入先はどのような会社ですか"),
])
def test_no_lead_when_the_question_names_nothing_excluded_or_asks_no_yes_no(question, lang: str) -> None:
    composed = _answer(JIP_HOSTS + " Another company may host online internships.", question[0 if lang == "en" else 1], lang)
    first = composed.answer.split("\n\n")[0]
    assert not first.startswith(("No:", "いいえ")), composed.answer


def test_the_limiting_unit_is_quoted_when_the_selection_had_not() -> None:
    other = Passage(text="Companies host interns in person or online for two to four weeks.", chunk_id="a::1",
                    doc_id="a", title="A", section="", program="", as_of=None)
    limit = Passage(text=JIP_HOSTS, chunk_id="b::1", doc_id="b", title="B", section="", program="", as_of=None)
    question = "Can an industry association host interns in person?"
    composed = compose.compose_knowledge_answer(
        question, SearchResult(query=question, relevant=True, confidence=0.9, passages=[other, limit]), lang="en")
    assert composed.answer.startswith("No: the documents exclude industry associations."), composed.answer
    assert composed.cited[0].chunk_id == "b::1"


@pytest.mark.parametrize("question", [
    "Can an industry association host an in-person intern?",
    "Could industry associations host in-person interns?",
    "Is a local government allowed to host an in-person intern? Can it?",
    "Can non-profit organizations host in-person interns?",
])
def test_an_excluded_item_is_named_in_singular_or_plural(question: str) -> None:
    """The question's words and the item's words are compared by the project's stemmer (PyStemmer)."""
    from bot.answers.limits import Limits

    found = Limits.load().find(question, [JIP_HOSTS])
    assert found is not None and found.kind == "exclude", question
