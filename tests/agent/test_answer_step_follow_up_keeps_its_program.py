"""Class: a follow-up naming no program after a question on one ("and which jobs can move up from No.1 to the No.2?"
after "whats the difference between specified skill 1 and 2?") is answered in that program: its own search (its
words, the previous program as the filter) leads, and the search with the program's words adds only that program's
passages, so its own words never pick another program's list of the same kind (the Re-Skills covered fields for
"which jobs") (answer_step._of_program) (en7o-14)."""

from __future__ import annotations

import re

import pytest

from tests.agent.each_asking_part import answered

OTHER_PROGRAM = r"(?i)first certification|Re-?Skills|IoT"


@pytest.mark.parametrize("turns", [
    ["whats the difference between specified skill 1 and 2? short pls",
     "and which jobs can move up from No.1 to the No.2?"],
    ["what's the difference between SSW 1 and 2?", "ok and which jobs can switch from 1 to 2?"],
    ["what's the difference between SSW 1 and 2?", "and which fields can go from No.1 to No.2?"],
    ["特定技能1号と2号の違いは？", "じゃあ1号から2号に移れるのはどの分野？"],
])
def test_the_follow_up_is_answered_from_the_previous_program(bot, turns: list[str]) -> None:
    answer = answered(bot, turns, r"(?i)construction|建設", r"(?i)ship|造船")
    assert not re.search(OTHER_PROGRAM, answer.split("_Note")[0]), answer[:400]
