"""Class: the second ask beside a calculation gets its own answer unit ("how many technical intern trainees may we have,
and what is the longest a single trainee can stay in the program?": the maximum period of technical intern training;
"a single trainee" is one trainee, no word the documents would have to mention)."""

from __future__ import annotations

import re

import pytest

from support import converse
from tests.agent.reading_checks import calls_named, calculators


@pytest.mark.parametrize("question", [
    "We are an auto parts supplier in Hiroshima with 75 full-time employees (the 4 trainees we already have are not "
    "included). Two questions: how many technical intern trainees may we have at the same time as a normal company, and "
    "what is the longest a single trainee can stay in the program?",
    "We have 75 full-time employees. How many technical intern trainees can we accept, and how long can one trainee "
    "stay at most?",
])
def test_the_length_beside_a_quota_is_answered(bot, question: str) -> None:
    reply = converse(bot, question)
    assert calculators(reply)[0].args["full_time_employees"] == 75, reply.tool_calls
    assert re.search(r"(?i)(?:5|five) years", reply.answer), reply.answer
    assert len(calls_named(reply, "search_knowledge")) == 2, reply.tool_calls
