"""Japanese replies state the answer's facts in Japanese terms before the English original: who provides
something ("provided by the program office upon separate consultation" -> JIP事務局（別途相談のうえ）), what is
needed to qualify (a 'what is needed' question asks for conditions, and the quote's terms lead: 日本語試験,
技能実習2号), and a restriction in a quoted unit (limited to excellent companies -> 優良). Generated over phrasings."""

from __future__ import annotations

import pytest

from bot.agent import compose
from bot.answers.types import AnswerTypes
from bot.contracts import Passage, SearchResult


def _answer(text: str, question: str, lang: str) -> compose.Composed:
    passage = Passage(text=text, chunk_id="d::1", doc_id="d", title="Doc", section="", program="", as_of=None)
    return compose.compose_knowledge_answer(
        question, SearchResult(query=question, relevant=True, confidence=0.9, passages=[passage]), lang=lang)


PROVIDERS = [("the host company", "受入企業"), ("the program office", "JIP事務局")]
CASES = [("in-person internships", "対面インターン"), ("online internships", "オンラインインターン")]
VERBS = ["provided", "arranged", "prepared"]


@pytest.mark.parametrize("verb", VERBS)
@pytest.mark.parametrize("case_en,case_ja", CASES)
@pytest.mark.parametrize("provider_en,provider_ja", PROVIDERS)
@pytest.mark.parametrize("consult", [True, False])
def test_who_provides_is_said_in_japanese(verb, case_en, case_ja, provider_en, provider_ja, consult) -> None:
    text = (f"Provision of necessary personal computers for the internship (for {case_en}, generally {verb} by "
            f"{provider_en}{' upon separate consultation' if consult else ''}).")
    composed = _answer(text, "パソコンは誰が用意するんですか？", "ja")
    lead = composed.answer.split("\n\n")[0]
    assert case_ja in lead and provider_ja in lead, composed.answer
    assert ("相談" in lead) == consult, composed.answer
    english = _answer(text, "Who provides the computers?", "en")
    assert english.answer.startswith("Provision of necessary personal computers"), english.answer  # no lead in English


@pytest.mark.parametrize("question", [
    "What do I need to become a Specific Skill No. 1 worker?", "What is needed to become Specific Skill No. 1?",
    "What does a worker have to pass for Specific Skill No. 1?", "特定技能1号になるには何が必要？",
    "特定技能1号には何が必要ですか", "特定技能1号になるために必要なものは？",
])
def test_what_is_needed_asks_for_conditions(question: str) -> None:
    assert "condition" in AnswerTypes.load().classify(question).types


SSW = ("“Specific Skill No. 1” can work for 5 years only in the field by passing the “Technical Examination” and the "
       "“Japanese Language Examination” imposed for each field of 14 industries, or by successfully completing "
       "Technical Intern Training No. 2.")


@pytest.mark.parametrize("question", ["特定技能1号になるには何が必要？", "特定技能1号の要件は何ですか", "特定技能1号にはどんな条件がありますか"])
def test_the_requirements_are_named_in_japanese(question: str) -> None:
    lead = _answer(SSW, question, "ja").answer.split("\n\n")[0]
    assert "日本語試験" in lead and "技能実習2号" in lead, lead


TITP = ("The maximum period is 5 years, and the acquisition of skills is based on the plan. Through the technical "
        "training for up to five years (limited to excellent companies under an excellent supervisory organization) "
        "the program aims to transfer skills.")


@pytest.mark.parametrize("question", ["技能実習は最長で何年ですか？普通の会社でも同じ年数いけますか？",
                                      "技能実習生は最長何年いられますか？うちのような中小企業でもできますか？"])
def test_a_restriction_in_the_quote_is_said_with_its_japanese_term(question: str) -> None:
    answer = _answer(TITP, question, "ja").answer
    lead = answer.split("\n\n")[0]
    assert "優良" in lead, answer
