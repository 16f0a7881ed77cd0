"""Routing classes:
- an industry statement plus a question about another program (特定技能 / Specified Skilled Worker, JIP, Re-Skills)
  is a knowledge question about it, not the trainee quota (tasks.yaml `own_program_only`);
- a rule question on a calculator's subject with no values ("how much is allowed", "what are the limits", 何％まで)
  is answered from the documents, not turned into a question for the values;
- a follow-up naming no program keeps the previous turn's program in what is searched."""

from __future__ import annotations

import pytest

from bot.agent import nlu
from bot.agent.conversation import DialogueState
from bot.agent.policy import choose_intent
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text", [
    "建設業です。特定技能1号で来てくれてる子がいるんだけど、2号に上がれる？あと2号になったら在留の更新って何回までとか上限あるの？",
    "介護施設です。特定技能の人は何人まで雇えますか？上限はありますか",
    "We are a construction company. How many Specified Skilled Worker (i) workers can we hire, is there a limit?",
    "We're a food factory with 40 staff. How many JIP interns can a host company take, is there a maximum number?",
])
def test_another_program_named_is_knowledge(text: str) -> None:
    assert choose_intent(UNDERSTANDER.parse(text), DialogueState()) == nlu.KNOWLEDGE


@pytest.mark.parametrize("text", [
    "建設業です。技能実習生は何人まで受け入れられますか？",
    "We are a construction company with 40 staff. How many technical intern trainees can we accept?",
    "We have 45 full-time staff. How many trainees can we take?",
])
def test_the_tasks_own_program_still_calculates(text: str) -> None:
    assert choose_intent(UNDERSTANDER.parse(text), DialogueState()) == nlu.QUOTA


@pytest.mark.parametrize("text", [
    "what mean 'required work', 'related work' and 'peripheral work' in my training plan? my boss say i do a lot of "
    "cleaning, how much is allowed",
    "How much peripheral work is allowed in a training plan?",
    "What are the limits for peripheral work in a training plan?",
    "実習計画の周辺業務は何％まで認められますか？",
    "必須業務、関連業務、周辺業務ってなに？掃除ばかりしているけど、どのくらいまで認められるの？",
])
def test_a_rule_question_without_values_is_knowledge(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.asks_knowledge and choose_intent(parsed, DialogueState()) == nlu.KNOWLEDGE


@pytest.mark.parametrize("text", [
    "required 600 h, related 300 h, peripheral 100 h: how much is allowed?",
    "必須業務600時間、関連業務300時間、周辺業務100時間です。周辺業務は何％まで認められますか？",
])
def test_the_same_question_with_values_calculates(text: str) -> None:
    assert choose_intent(UNDERSTANDER.parse(text), DialogueState()) == nlu.SPLIT


@pytest.mark.parametrize("text", [
    "what mean 'required work', 'related work' and 'peripheral work' in my training plan? my boss say i do a lot of "
    "cleaning, how much is allowed",
    "How much peripheral work is allowed in a training plan?",
    "必須業務、関連業務、周辺業務ってなに？掃除ばかりしているけど、どのくらいまで認められるの？",
])
def test_the_rule_is_answered(bot, text: str) -> None:
    from support import converse

    reply = converse(bot, text)
    assert not reply.refused and "50%" in reply.answer and "30%" in reply.answer


@pytest.mark.parametrize("turns", [
    ("what kinds of internship does the METI government internship program offer?",
     "can i apply for both kinds at the same time? and for the online one, do i have to buy my own laptop?"),
    ("JIPのインターンシップにはどんな種類がありますか？", "両方に同時に応募できますか？"),
])
def test_a_follow_up_keeps_the_previous_program(bot, turns: tuple[str, str]) -> None:
    from support import converse

    reply = converse(bot, *turns)
    search = next(c for c in reply.tool_calls if c.name == "search_knowledge")
    assert "Japan Internship Program" in search.args["query"] and not reply.refused


@pytest.mark.parametrize("question", [
    "監理団体で実習実施者の相談を受けております。介護職種の場合、受入れ人数枠の基準になる「常勤職員」にはどのような職員が含まれるのでしょうか。"
    "また、規模の小さい事業所には別の上限があると伺いましたので、あわせてご教示ください",
    "For nursing care, which staff count as full-time employees for the trainee quota? And is there a separate cap for small sites?",
])
def test_a_question_on_a_calculators_subject_that_asks_no_limit_keeps_its_own_words(bot, question: str) -> None:
    """Only a limit asked with no values ("how much is allowed?") is searched with the calculator's rule query and
    program; any other question on its subject keeps its own words, which decide its answer type and ranking."""
    from support import converse

    reply = converse(bot, question)
    assert not reply.refused, reply.answer
    assert "main job is nursing care" in reply.answer or "主たる業務が介護" in reply.answer
