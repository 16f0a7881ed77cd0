"""The LLM brain through the same loop: a scripted chat model (a real BaseChatModel) issues real tool
calls; the tools really run; the reply is built from what they returned."""

from __future__ import annotations

from typing import Any

import pytest
from langchain_core.language_models.chat_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage, SystemMessage, ToolMessage
from langchain_core.outputs import ChatGeneration, ChatResult
from pydantic import Field

from bot.agent import Bot
from bot.contracts import BotReply
from bot.agent.llm import make_llm, system_prompt
from bot.errors import ConfigError
from tests.fakes import ScriptedChatModel as FakeChatModel


class ScriptedChatModel(BaseChatModel):
    """Replays scripted AIMessages in order and records every list of messages it was sent."""

    script: list[AIMessage]
    sent: list[list[BaseMessage]] = Field(default_factory=list)
    bound_tools: list[str] = Field(default_factory=list)

    @property
    def _llm_type(self) -> str:
        return "scripted"

    def bind_tools(self, tools: Any, **kwargs: Any):
        self.bound_tools = [getattr(t, "name", str(t)) for t in tools]
        return self

    def _generate(self, messages, stop=None, run_manager=None, **kwargs) -> ChatResult:
        self.sent.append(list(messages))
        return ChatResult(generations=[ChatGeneration(message=self.script[len(self.sent) - 1])])


def call(name: str, args: dict, call_id: str) -> dict:
    return {"name": name, "args": args, "id": call_id, "type": "tool_call"}


def test_llm_tool_calls_run_the_real_tools(agent_settings, retriever, rules) -> None:
    model = ScriptedChatModel(script=[
        AIMessage(content="", tool_calls=[
            call("trainee_quota", {"full_time_employees": 45}, "c1"),
            call("search_knowledge", {"query": "full-time employees do not include trainees"}, "c2"),
        ]),
        AIMessage(content="You may accept 5 No.1 trainees per year [technical-intern-training-system]."),
    ])
    bot = Bot(agent_settings, retriever, rules, model=model)
    reply = bot.reply(bot.new_conversation(), "We have 45 staff, how many trainees?")
    assert {"search_knowledge", "trainee_quota", "jip_eligibility"} <= set(model.bound_tools)
    # the agent runs one step's tool calls in parallel: their records come in the order they finished
    assert sorted(c.name for c in reply.tool_calls) == ["search_knowledge", "trainee_quota"]
    assert next(c for c in reply.tool_calls if c.name == "trainee_quota").result["no1_per_year"] == 5
    assert reply.citations and reply.citations[0].doc_id == "technical-intern-training-system"
    assert reply.retrieved and not reply.refused
    # the model saw the system prompt, the user message and the tool results
    second = model.sent[1]
    assert isinstance(second[0], SystemMessage) and second[0].content == system_prompt(agent_settings)
    tool_messages = [m for m in second if isinstance(m, ToolMessage)]
    assert {m.name for m in tool_messages} == {"trainee_quota", "search_knowledge"}
    assert '"no1_per_year": 5' in next(m.content for m in tool_messages if m.name == "trainee_quota")


def test_llm_bad_tool_arguments_come_back_as_an_error_message(agent_settings, retriever, rules) -> None:
    model = ScriptedChatModel(script=[
        AIMessage(content="", tool_calls=[call("trainee_quota", {"full_time_employees": -3}, "c1")]),
        AIMessage(content="How many full-time employees do you have?"),
    ])
    bot = Bot(agent_settings, retriever, rules, model=model)
    reply = bot.reply(bot.new_conversation(), "quota for -3 staff")
    error = next(m for m in model.sent[1] if isinstance(m, ToolMessage))
    assert error.status == "error" and "full_time_employees" in error.content
    assert reply.tool_calls[0].result["ok"] is False


def test_llm_history_and_follow_up(agent_settings, retriever, rules) -> None:
    model = ScriptedChatModel(script=[
        AIMessage(content="How many full-time employees does the company have?"),
        AIMessage(content="", tool_calls=[call("trainee_quota", {"full_time_employees": 45}, "c1")]),
        AIMessage(content="With 45 employees: 5 No.1 trainees per year."),
    ])
    bot = Bot(agent_settings, retriever, rules, model=model)
    conversation = bot.new_conversation()
    first = bot.reply(conversation, "How many trainees can we accept?")
    assert first.follow_up == "How many full-time employees does the company have?"
    bot.reply(conversation, "45")
    # the second turn's first model call saw the first exchange
    contents = [m.content for m in model.sent[1]]
    assert "How many trainees can we accept?" in contents and "45" in contents


def test_llm_irrelevant_search_is_a_refusal(agent_settings, retriever, rules) -> None:
    model = ScriptedChatModel(script=[
        AIMessage(content="", tool_calls=[call("search_knowledge", {"query": "weather in Paris"}, "c1")]),
        AIMessage(content="I can't answer that from my documents."),
    ])
    bot = Bot(agent_settings, retriever, rules, model=model)
    assert bot.reply(bot.new_conversation(), "weather in Paris?").refused


def test_a_model_that_loops_forever_gets_a_polite_reply(agent_settings, retriever, rules) -> None:
    looping = [AIMessage(content="", tool_calls=[call("search_knowledge", {"query": "x"}, f"c{i}")])
               for i in range(50)]
    bot = Bot(agent_settings, retriever, rules, model=ScriptedChatModel(script=looping))
    reply = bot.reply(bot.new_conversation(), "anything")
    assert reply.refused and "too many steps" in reply.answer


def test_missing_provider_package_is_a_config_error_with_the_install_command(agent_settings) -> None:
    settings = agent_settings.model_copy(update={"llm": "anthropic:claude-sonnet-4-5"})
    try:
        import langchain_anthropic  # noqa: F401
    except ImportError:
        pass
    else:
        pytest.skip("langchain-anthropic is installed here")
    with pytest.raises(ConfigError, match="pip install langchain-anthropic"):
        make_llm(settings)


# --- streaming: the LLM's tokens as they come, the same reply at the end ---------------------------------

STREAM_QUESTION = "We have 45 staff, how many trainees?"


def _streaming_script() -> list[AIMessage]:
    return [
        AIMessage(content="", tool_calls=[
            call("trainee_quota", {"full_time_employees": 45}, "c1"),
            call("search_knowledge", {"query": "full-time employees do not include trainees"}, "c2"),
        ]),
        AIMessage(content="With 45 full-time employees you may accept **5** No.1 trainees per year "
                          "[technical-intern-training-system]. Trainees are not counted as employees."),
    ]


def _without_latency(reply: BotReply) -> dict:
    """The reply as data, minus its timing; the agent runs one step's tool calls in parallel, so their
    records are compared in name order."""
    data = reply.model_dump(mode="json", exclude={"latency_ms"})
    data["tool_calls"] = sorted(data["tool_calls"], key=lambda c: c["name"])
    return data


def test_streamed_llm_reply_comes_token_by_token_and_equals_the_non_streamed_one(agent_settings, retriever, rules):
    plain_bot = Bot(agent_settings, retriever, rules, model=FakeChatModel(script=_streaming_script()))
    plain_conversation = plain_bot.new_conversation()
    plain = plain_bot.reply(plain_conversation, STREAM_QUESTION)

    bot = Bot(agent_settings, retriever, rules, model=FakeChatModel(script=_streaming_script()))
    assert bot.streams_tokens
    conversation = bot.new_conversation()
    *texts, final = bot.stream_reply(conversation, STREAM_QUESTION)
    assert isinstance(final, BotReply)
    assert len(texts) > 1 and all(isinstance(t, str) for t in texts)  # pieces, not one block
    assert all(final.answer.startswith(t) for t in texts) and texts[-1] == final.answer
    assert _without_latency(final) == _without_latency(plain)  # same answer, citations, tool-call records
    assert sorted(c.name for c in final.tool_calls) == ["search_knowledge", "trainee_quota"]
    assert conversation.history == plain_conversation.history


def test_streaming_can_be_consumed_from_any_thread(agent_settings, retriever, rules):
    """Gradio calls ``next`` from a pool of threads: the turn's tool records must not depend on that."""
    from concurrent.futures import ThreadPoolExecutor

    bot = Bot(agent_settings, retriever, rules, model=FakeChatModel(script=_streaming_script()))
    steps = bot.stream_reply(bot.new_conversation(), STREAM_QUESTION)
    seen = []
    with ThreadPoolExecutor(4) as pool:
        while not seen or not isinstance(seen[-1], BotReply):
            seen.append(pool.submit(next, steps).result())
    assert sorted(c.name for c in seen[-1].tool_calls) == ["search_knowledge", "trainee_quota"]


def test_the_built_in_brain_streams_one_step(agent_settings, retriever, rules):
    bot = Bot(agent_settings, retriever, rules)
    assert not bot.streams_tokens
    steps = list(bot.stream_reply(bot.new_conversation(), "Who can apply to the Japan Internship Program?"))
    assert len(steps) == 1 and isinstance(steps[0], BotReply) and steps[0].answer


def test_chat_handler_shows_the_llm_answer_as_it_is_written(agent_settings, retriever, rules, tmp_path):
    """The chat tab's handler with an LLM brain: the question, then the answer so far, then the full reply,
    which is the one the non-streamed path gives."""
    from types import SimpleNamespace

    from bot.ui.chat import new_session, respond
    from bot.ui.feedback import FeedbackLog

    plain_bot = Bot(agent_settings, retriever, rules, model=FakeChatModel(script=_streaming_script()))
    plain = plain_bot.reply(plain_bot.new_conversation(), STREAM_QUESTION)
    bot = Bot(agent_settings, retriever, rules, model=FakeChatModel(script=_streaming_script()))
    services = SimpleNamespace(bot=bot, settings=agent_settings, feedback=FeedbackLog(tmp_path / "f.jsonl"))
    session = new_session(services)
    # each update as the page received it (the handler reuses its message list from update to update)
    updates = [([dict(m) for m in messages], reply) for messages, reply in respond(services, STREAM_QUESTION, session)]
    assert len(updates) >= 3  # the question, at least one piece of the answer, the full reply
    partial = updates[1][0][-1]["content"]
    assert updates[1][1] is None and "<p>With" in partial and "Sources" not in partial  # the start of the answer
    messages, reply = updates[-1]
    assert {k: v for k, v in reply.items() if k != "latency_ms"} | {"tool_calls": _without_latency(BotReply(**reply))["tool_calls"]} == _without_latency(plain)
    assert "Sources (1)" in messages[-1]["content"] and "<strong>5</strong>" in messages[-1]["content"]
