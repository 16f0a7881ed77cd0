"""Classes of what an ask is answered by:
- "what kinds / which fields / どんな分野" asks for the whole list with its lead (every covered field: AI, IoT, ...,
  security, model-based development), and a yes/no about the user's own item beside it is answered from that list;
- an alternative named in a yes/no or which-one question (雇用契約ですか。それとも…手当を払う形ですか; "or are they paid
  an allowance instead of a salary?") does not make it an amount ask: the unit that says which (an employee-employer
  relationship) answers, never "the documents do not state the amount";
- a condition ask (延長できる会社の条件, "which companies can keep them that long?") is met by the unit stating whom the
  value is limited to ("up to five years (limited to excellent companies ...)"), not refused;
- "is there any <body> support service ..., and who runs it?" takes the unit naming the service (Tokyo WorkNet) and
  the one naming the operator (Pasona)."""

from __future__ import annotations

import pytest

from bot.answers.types import AnswerTypes
from tests.agent.each_asking_part import answered


@pytest.mark.parametrize("question", [
    "what kind of field courses can be certified in the re-skill program of METI? we do training of model based "
    "development for automobile engineers, it is in scope or only AI things?",
    "What types of courses can get Re-Skills certification? Our course is on network security, is that covered?",
    "Which fields are covered by the Re-Skills course certification?",
    "Reスキル講座ではどんな分野の講座が認定されますか？うちは自動車エンジニア向けのモデルベース開発の研修をしています。",
])
def test_what_kinds_is_answered_by_the_whole_list(bot, question: str) -> None:
    answered(bot, question, r"\bAI\b", r"(?i)security", r"(?i)model-based")


@pytest.mark.parametrize("question", [
    "what kind of field courses can be certified?",
    "What type of training programs qualify?",
    "which field is covered?",
])
def test_what_kinds_asks_a_list(question: str) -> None:
    assert "list" in AnswerTypes.load().classify(question).types


@pytest.mark.parametrize("question", [
    "基本的なことで恐縮ですが、技能実習生と受入れ企業は雇用契約を結ぶ関係になるのでしょうか。それとも研修生のような扱いで、"
    "給料ではなく手当を払う形ですか？",
    "技能実習生とは雇用契約を結ぶのですか、それとも手当を払う形ですか？",
    "Do technical intern trainees have an employment contract with the company, or are they paid an allowance "
    "instead of a salary?",
])
def test_an_alternative_named_is_no_amount_ask(bot, question: str) -> None:
    answered(bot, question, r"employee-employer relationship")


@pytest.mark.parametrize("question", [
    "Is it an employment contract, or do they get an allowance instead of a salary?",
    "雇用契約ですか。それとも給料ではなく手当を払う形ですか？",
])
def test_an_alternative_named_requires_no_amount(question: str) -> None:
    assert "amount" not in AnswerTypes.load().classify(question).hard


@pytest.mark.parametrize("question", [
    "How much is the allowance?", "手当はいくらですか？", "Is the allowance 3,000 yen or 1,000 yen, how much?",
])
def test_how_much_still_asks_an_amount(question: str) -> None:
    assert "amount" in AnswerTypes.load().classify(question).hard


@pytest.mark.parametrize("question", [
    "技能実習って最長で何年まで実習させられるんでしょうか。うちは今３年目の子がいて、もっと長くいてほしいのですが、"
    "延長できる会社の条件みたいなものはありますか。",
    "技能実習は最長何年ですか？延長できる会社の条件はありますか？",
    "What is the maximum period of technical intern training, and what are the conditions for a company to extend it?",
])
def test_a_condition_is_met_by_the_unit_that_limits_it(bot, question: str) -> None:
    answered(bot, question, r"(?i)five years|5 years|5年", r"(?i)excellent")


@pytest.mark.parametrize("question", [
    "A small company in Tokyo (our client, 12 staff) wants to hire foreign staff for the first time and has no "
    "know-how. Is there any Tokyo metropolitan support service for SMEs like this, and who runs it?",
    "Is there some Tokyo government support service for SMEs hiring foreigners, and who runs it?",
])
def test_which_service_and_who_runs_it_name_both(bot, question: str) -> None:
    answered(bot, question, r"(?i)Tokyo\s*WorkNet", r"Pasona")
