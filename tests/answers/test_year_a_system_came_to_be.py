"""Class: the year a system came to be, asked as 「何年にできた」「何年に出来た」, asks when it was established: the 1993 sentence
is quoted, never refused as a subject the documents leave out (asked alone, with the program's English abbreviation)."""

from __future__ import annotations

import pytest

from support import converse


@pytest.mark.parametrize("question", [
    "TITPって何年にできた制度でしたっけ？",
    "技能実習制度は何年にできたのですか？",
])
def test_the_founding_year_is_quoted(bot, question: str) -> None:
    reply = converse(bot, question)
    assert not reply.refused and "1993" in reply.answer, reply.answer
