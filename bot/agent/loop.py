"""The one agent loop (LangChain ``create_agent``) shared by both brains.

Per-turn data (the caller's dialogue state) travels in the runtime context, never in the compiled graph,
so one graph serves every conversation at once. Two middlewares: one hands the dialogue state to the
brain inside the system message, one turns a failing tool into an error message the brain can read.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from langchain.agents import create_agent
from langchain.agents.middleware import AgentMiddleware, ModelRequest, ModelResponse
from langchain_core.language_models.chat_models import BaseChatModel
from langchain_core.messages import SystemMessage, ToolMessage
from langchain_core.tools import BaseTool

from bot.agent.policy import STATE_KEY


@dataclass
class TurnContext:
    """Runtime context of one reply: the caller's dialogue state (a plain dict)."""

    dialogue: dict[str, Any] = field(default_factory=dict)


class DialogueStateMiddleware(AgentMiddleware):
    """Puts the dialogue state on the system message (as data for the policy; the text is unchanged)."""

    def __init__(self, attach_state: bool) -> None:
        super().__init__()
        self.attach_state = attach_state

    def wrap_model_call(self, request: ModelRequest, handler: Callable[[ModelRequest], ModelResponse]):
        if not self.attach_state:
            return handler(request)
        context = request.runtime.context if request.runtime is not None else None
        dialogue = getattr(context, "dialogue", None) or {}
        base = request.system_message
        content = base.content if base is not None else ""
        system = SystemMessage(content=content, additional_kwargs={STATE_KEY: dialogue})
        return handler(request.override(system_message=system))


class ToolErrorMiddleware(AgentMiddleware):
    """A tool that raises becomes an error ToolMessage, so one bad call never ends the conversation."""

    def wrap_tool_call(self, request, handler):
        try:
            return handler(request)
        except Exception as exc:  # the brain reads the error and answers or asks again
            call = request.tool_call
            return ToolMessage(
                content=f"Error: the tool {call.get('name')} failed: {exc}",
                tool_call_id=call.get("id") or "",
                name=call.get("name"),
                status="error",
            )


def build_agent(model: BaseChatModel, tools: Sequence[BaseTool], system_prompt: str, *, attach_state: bool):
    """Compile the agent graph once; it is stateless and safe to share between conversations."""
    return create_agent(
        model,
        tools=list(tools),
        system_prompt=system_prompt,
        middleware=[DialogueStateMiddleware(attach_state), ToolErrorMiddleware()],
        context_schema=TurnContext,
        name="talent_guide",
    )
