"""The LLM brain's agent loop (LangChain ``create_agent``) over the ToolRunner's tools.

The graph is compiled once and holds no per-conversation data, so one graph serves every conversation at
once. One middleware turns a failing tool into an error message the model can read.
"""

from __future__ import annotations

from collections.abc import Sequence

from langchain.agents import create_agent
from langchain.agents.middleware import AgentMiddleware
from langchain_core.language_models.chat_models import BaseChatModel
from langchain_core.messages import ToolMessage
from langchain_core.tools import BaseTool



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


def build_agent(model: BaseChatModel, tools: Sequence[BaseTool], system_prompt: str):
    """Compile the agent graph once; it is stateless and safe to share between conversations."""
    return create_agent(
        model,
        tools=list(tools),
        system_prompt=system_prompt,
        middleware=[ToolErrorMiddleware()],
        name="talent_guide",
    )
