"""The conversational agent: one LangChain agent loop, two brains (built-in policy or a configured LLM),
slot filling over turns, grounded answers and honest refusals.

Public API: ``build_bot(settings, retriever, rules) -> Bot``; ``Bot.new_conversation()``;
``Bot.reply(conversation, message) -> BotReply`` (never raises).
"""

from bot.agent.bot import Bot, build_bot
from bot.agent.conversation import Conversation, DialogueState

__all__ = ["Bot", "Conversation", "DialogueState", "build_bot"]
