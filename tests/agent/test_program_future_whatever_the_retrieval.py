"""A question on a named program's future (will it still exist, be abolished, after 2027) is answered by the update
rows on its replacement however weakly the rest of the message matches the documents (a relative abroad, a country
and a plan the documents never mention sank the search, and the question was refused)."""

from __future__ import annotations

import pytest

from support import converse


@pytest.mark.parametrize("question", [
    "my cousin in the philippines wants to come to japan as a technical intern in 2028. will that program still "
    "exist then?",
    "My nephew in Vietnam hopes to join as a technical intern trainee after 2027. Is the technical intern program "
    "going to be abolished?",
    "Our supplier's son from rural Cambodia plans to come as a technical intern trainee in 2029. Will the technical "
    "intern program still be around then?",
    "ベトナムの甥が技能実習で来日予定ですが、技能実習はなくなるんですか？",
])
def test_the_replacement_answers_whatever_the_retrieval(bot, question: str) -> None:
    reply = converse(bot, question)
    assert not reply.refused, reply.answer
    assert "updates.titp.replaced-2027" in reply.answer.split("\n")[0], reply.answer


def test_an_unrelated_question_with_no_program_named_is_still_refused(bot) -> None:
    reply = converse(bot, "my cousin in the philippines wants to open a bakery in 2028. will the tax rate change?")
    assert "replaced-2027" not in reply.answer, reply.answer
