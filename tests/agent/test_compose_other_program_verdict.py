"""Class: a yes/no verdict (and the quote that carries it) is never drawn from another program's document than the
one the question names. A JIP question whose user says they are "not a company" or "not excellent" is not answered
"No: the documents limit this to excellent companies ..." from the Technical Intern Training page; the JIP's own
limit answers (industry associations are excluded), or no verdict at all. In English and Japanese, the other
program's passage ranked first or last."""

from __future__ import annotations

import pytest

from bot.agent import compose
from bot.agent.selection import make_sentence_selector
from bot.contracts import Passage, SearchResult
from tests.agent.each_asking_part import answered

TITP_LIMIT = ("Through the technical training for up to five years (limited to excellent companies under an excellent "
              "supervisory organization) for young people in developing regions, the program aims to transfer the "
              "skills, technology, and knowledge cultivated in Japan to developing regions.")
JIP_HOSTS = ("In-person internships will take place at small to medium-sized companies with main business locations "
             "in Japan (excluding industry associations, non-profit organizations, and local governments).")
JIP_SUPPORT = ("- Provision of necessary personal computers for the internship (for in-person internships, provided by "
               "the host company; for online internships, generally provided by the program office upon separate "
               "consultation).\n- Internship insurance\n")


def _passages(titp_first: bool) -> list[Passage]:
    titp = Passage(chunk_id="technical-intern-training-system::1", doc_id="technical-intern-training-system",
                   title="What is the Foreign Technical Internship System?",
                   section="What is the Foreign Technical Internship System?", program="titp", text=TITP_LIMIT)
    support = Passage(chunk_id="meti-japan-internship-program::1", doc_id="meti-japan-internship-program",
                      title="METI Government (Japan) Internship Program (JIP), FY2024", section="Support for interns",
                      program="jip", text=JIP_SUPPORT)
    hosts = Passage(chunk_id="meti-japan-internship-program::2", doc_id="meti-japan-internship-program",
                    title="METI Government (Japan) Internship Program (JIP), FY2024",
                    section="Internship Placement > In-person internships in Japan", program="jip", text=JIP_HOSTS)
    return [titp, support, hosts] if titp_first else [support, hosts, titp]


@pytest.mark.parametrize("titp_first", [True, False])
@pytest.mark.parametrize(("question", "context", "lang"), [
    ("Could we host a JIP intern in person?", "Our organization is a local industry association (not a company).", "en"),
    ("Can we host a JIP intern?", "We are not an excellent company.", "en"),
    ("Can a normal company like ours take JIP interns?", "", "en"),
    ("JIPのインターン生を受け入れられますか？", "弊社は優良ではない普通の会社です。", "ja"),
])
def test_no_verdict_from_another_programs_document(retriever, question: str, context: str, lang: str,
                                                   titp_first: bool) -> None:
    selector = make_sentence_selector("lexical", retriever.analyzer)
    result = SearchResult(query=question, passages=_passages(titp_first), confidence=1.0, relevant=True)
    composed = compose.compose_knowledge_answer(question, result, 3, retriever.analyzer, None, None, lang, selector,
                                                context=context)
    assert "excellent" not in composed.answer and "優良" not in composed.answer.split("参考訳")[0], composed.answer
    assert all(p.program == "jip" for p in composed.cited), composed.cited


@pytest.mark.parametrize("question", [
    "Our organization is a local industry association (not a company). Could we host a JIP intern in person? If not, "
    "what kind of company can host? and is there online internship also?",
    "We are an industry association, not a company. Can we host a JIP intern in person? Is there an online option?",
])
def test_the_named_programs_limit_answers(bot, question: str) -> None:
    answer = answered(bot, question, r"^No: the documents exclude industry associations", r"small to medium-sized",
                      r"(?i)online")
    assert "excellent" not in answer and "Technical Intern" not in answer.split("\n\n_")[0], answer


def test_the_named_programs_limit_answers_in_japanese(bot) -> None:
    answer = answered(bot, "私たちは業界団体です。JIPのインターン生を対面で受け入れられますか？オンラインのインターンもありますか？",
                      r"業界団体は対象外", r"small to medium-sized", r"(?i)online")
    assert "優良" not in answer, answer


# The boundary of the class: a section of the named program's own document stays the named program's, whatever else
# its heading names (the Re-Skills page's section on MHLW's benefits system gives the "not automatically" verdict).
@pytest.mark.parametrize(("question", "verdict"), [
    ("If the course obtains METI Re-Skills certification, is it automatically designated under the Training and "
     "Education Benefits System, or is a further step required?", r"^Not automatically"),
    ("Once our course is certified as a Re-Skills course, does it automatically count for MHLW's Training and "
     "Education Benefits System?", r"^Not automatically"),
    ("Reスキル講座に認定されれば、教育訓練給付制度の対象にも自動的になりますか？", r"^自動的にはなりません"),
])
def test_a_section_of_the_named_programs_document_still_answers(bot, question: str, verdict: str) -> None:
    answered(bot, question, verdict, r"separately|別途")
