"""The dialogue policy through the whole loop, with fakes instead of Chroma (tests/fakes.py): slot filling,
corrections, numbers that cannot be read, Japanese replies, an unreachable index and the LLM brain's loop."""

from __future__ import annotations

from pathlib import Path

import pytest
from langchain_core.messages import AIMessage

from bot.agent.bot import Bot
from bot.contracts import Passage
from bot.errors import StoreUnavailableError
from bot.rules import RuleBook
from bot.settings import Settings
from tests.fakes import FakeRetriever, ScriptedChatModel

KNOWLEDGE = Path(__file__).resolve().parents[2] / "knowledge"
PASSAGE = Passage(chunk_id="d::1", doc_id="technical-intern-training-system", title="TITP", section="Notes",
                  text="The number of full-time employees does not include technical intern trainees.")


@pytest.fixture(scope="module")
def rules() -> RuleBook:
    return RuleBook.load(KNOWLEDGE / "rules")


def make_bot(rules: RuleBook, retriever=None, **settings) -> Bot:
    config = Settings(_env_file=None, knowledge_dir=KNOWLEDGE, llm=None, **settings)
    return Bot(config, retriever or FakeRetriever([PASSAGE]), rules)


def test_a_missing_value_is_asked_then_used_and_corrected_in_japanese(rules: RuleBook) -> None:
    bot = make_bot(rules)
    conversation = bot.new_conversation()
    first = bot.reply(conversation, "技能実習生を何人受け入れられますか？")
    assert first.language == "ja" and first.follow_up and "常勤職員" in first.follow_up
    second = bot.reply(conversation, "50人です")
    assert second.tool_calls[0].args["full_time_employees"] == 50
    assert "5人" in second.answer
    third = bot.reply(conversation, "いや、60人です")
    assert third.tool_calls[0].args["full_time_employees"] == 60
    assert "6人" in third.answer
    assert "前提" in third.answer  # the assumptions carried over are stated in the reply that uses them


@pytest.mark.parametrize("message", ["We have 3.5 employees: how many trainees can we accept?",
                                     "We have -5 employees: how many trainees can we accept?"])
def test_a_number_that_cannot_be_read_is_never_silently_changed(rules: RuleBook, message: str) -> None:
    reply = make_bot(rules).reply(make_bot(rules).new_conversation(), message)
    assert not reply.tool_calls or all(c.name != "trainee_quota" for c in reply.tool_calls)
    assert "I could not use" in reply.answer and reply.follow_up


def test_an_unreachable_index_is_not_reported_as_missing_documents(rules: RuleBook) -> None:
    bot = make_bot(rules, FakeRetriever(error=StoreUnavailableError("chroma is down")))
    reply = bot.reply(bot.new_conversation(), "How long can a technical intern stay in Japan?")
    assert reply.refused and "can't be reached" in reply.answer
    quota = bot.reply(bot.new_conversation(), "We have 45 full-time staff: how many trainees can we accept?")
    assert quota.tool_calls[0].result["no1_per_year"] == 5  # calculators keep working


def test_answer_language_setting_overrides_the_message_language(rules: RuleBook) -> None:
    bot = make_bot(rules, answer_language="en")
    reply = bot.reply(bot.new_conversation(), "従業員45人の会社です。技能実習生は何人受け入れられますか？")
    assert reply.language == "en" and "You may hold up to 5 No.1 trainees at a time" in reply.answer


def test_the_llm_brain_uses_the_same_tools_and_records(rules: RuleBook) -> None:
    call = {"name": "trainee_quota", "args": {"full_time_employees": 45}, "id": "c1", "type": "tool_call"}
    model = ScriptedChatModel(script=[AIMessage(content="", tool_calls=[call]),
                                      AIMessage(content="You may accept 5 No.1 trainees a year.")])
    config = Settings(_env_file=None, knowledge_dir=KNOWLEDGE, llm=None)
    bot = Bot(config, FakeRetriever([PASSAGE]), rules, model=model)
    reply = bot.reply(bot.new_conversation(), "45 staff, how many trainees?")
    assert [c.name for c in reply.tool_calls] == ["trainee_quota"]
    assert reply.tool_calls[0].result["no1_per_year"] == 5
