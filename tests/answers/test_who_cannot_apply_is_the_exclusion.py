"""Who cannot apply ("which countries cannot apply to JIP?", "who cannot apply?") asks whom the documents exclude: the
sentence naming the excluded nationality (OECD/DAC countries, excluding the People's Republic of China) is quoted."""

from __future__ import annotations

import pytest

from support import converse


@pytest.mark.parametrize("question", [
    "Which countries cannot apply to JIP?",
    "Who cannot apply for the JIP?",
    "Which nationalities are excluded from the Japan Internship Program?",
    "JIPの対象国を教えてください",
])
def test_the_excluded_nationality_is_quoted(bot, question: str) -> None:
    reply = converse(bot, question)
    assert not reply.refused and "China" in reply.answer, reply.answer
