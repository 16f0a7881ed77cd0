"""The one shape of the each-asking-part tests: converse (one message, or the turns of one conversation) and check
the last reply: refused or not, and every pattern (a regular expression) found in its answer."""

from __future__ import annotations

import re
from typing import Any


def answered(bot: Any, question: str | list[str], *patterns: str, refused: bool | None = False) -> str:
    """The answer to ``question`` after checking that it is (not) refused (``None``: either) and quotes each of
    ``patterns``."""
    conversation = bot.new_conversation()
    for turn in [question] if isinstance(question, str) else question:
        reply = bot.reply(conversation, turn)
    if refused is not None:
        assert reply.refused == refused, reply.answer
    for pattern in patterns:
        assert re.search(pattern, reply.answer), (pattern, reply.answer)
    return reply.answer
