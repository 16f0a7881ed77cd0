"""A follow-up that gives the value the open check asked for, in a sentence of its own, with a question about it ("I
am 42 years old. Is that a problem?", 「38歳ですが大丈夫ですか？」) fills the open task's slot and runs the check: the
question asks about the pending check, not the documents. A question with a subject of its own after the value is
still searched."""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calls_named

KENYAN = ("Hello, I'm Kenyan civil engineer based in Nairobi, English is our official language and I use it daily at "
          "work. Can I apply to the METI internship program in Japan?")
KENYAN_JA = "ケニア国籍で、ナイロビ在住です。英語は仕事で毎日使っています。JIPに応募できますか？"


@pytest.mark.parametrize("first, follow_up, age, eligible", [
    (KENYAN, "I am 42 years old. Is that a problem?", 42, False),
    (KENYAN, "Well, I'm 42. Does that matter?", 42, False),
    (KENYAN, "I'm 35, is that ok?", 35, True),
    (KENYAN_JA, "38歳ですが大丈夫ですか？", 38, True),
    (KENYAN_JA, "42歳なんですけど、問題ありますか？", 42, False),
])
def test_the_value_with_a_question_about_it_runs_the_open_check(bot, first: str, follow_up: str, age: int,
                                                                eligible: bool) -> None:
    reply = converse(bot, first, follow_up)
    assert not reply.refused, reply.answer
    calls = calls_named(reply, "jip_eligibility")
    assert calls, reply.tool_calls
    args = calls[-1].args
    assert args["age"] == age and args["nationality"] == "Kenya" and args["english_proficient"] is True, args
    if eligible:
        assert "満たして" in reply.answer or "you meet" in reply.answer, reply.answer
    else:
        assert "40" in reply.answer, reply.answer


def test_a_question_of_its_own_after_the_value_is_searched(bot) -> None:
    reply = converse(bot, KENYAN, "I am 42 years old. What documents do I need to submit?")
    assert not calls_named(reply, "jip_eligibility"), reply.tool_calls
    assert calls_named(reply, "search_knowledge"), reply.tool_calls
