"""Every ask of a message gets its answer, beside a calculation too.

The classes:
- a knowledge ask beside a calculation whose result shows no supporting quote (the calculator's context search found
  nothing relevant in a long email, or its verdict needs none: "a basic IT course is excluded") is still answered
  from its own search, under the verdict;
- an ask pointing back at what the statement just before it describes, when that statement gives the calculator's
  values ("we also have a basic Excel course (40 hours). Can this one also be certified?"), is the calculation's own
  question: the verdict answers it and it is not quoted for again.
"""

from __future__ import annotations

import re

import pytest

from support import converse

EMAIL = (
    "Dear Sir or Madam,\n\nMy name is Rahul Mehta, I am running a small IT training school in Yokohama since 2015 "
    "together with my wife. We have 7 lecturers and around 260 students per year, mostly working people between 25 and "
    "45 years old. Last year we made a new course for machine learning and cloud (96 hours), and our accountant say we "
    "should try to get the METI \"Re-Skills\" certification for it so our students can use the kyufukin from the "
    "government.\n\nBefore we prepare all the papers I want to understand two point:\n1) {ask}\n2) we also have a "
    "course \"PC basic and Excel for beginners\" (40 hours, very popular with older students). Can this one also be "
    "certified as Re-Skills course?\n\nThank you very much for your kind help.\nBest regards,\nRahul Mehta"
)

SHARE_ASKS = [
    "what percentage of the course must be practical (hands-on, exercises etc.) to be certified?",
    "what share of a course has to be practical work to get certified?",
]


@pytest.mark.parametrize("ask", SHARE_ASKS)
def test_the_share_ask_beside_a_basic_it_verdict_is_answered(bot, ask: str) -> None:
    reply = converse(bot, EMAIL.format(ask=ask))
    assert any(c.name == "reskills_course_check" for c in reply.tool_calls), reply.tool_calls
    assert re.search(r"(?i)fundamental or basic IT", reply.answer), reply.answer[:400]
    assert re.search(r"50%", reply.answer), reply.answer
    assert not reply.refused


POINTING_BACK = [
    "We run an IT school in Osaka. We also have a course \"PC basic and Excel for beginners\" (40 hours). Can this one "
    "also be certified as a Re-Skills course?",
    "Our school has a basic Excel course for beginners. Can that one be certified as a Re-Skills course too?",
]


@pytest.mark.parametrize("text", POINTING_BACK)
def test_an_ask_pointing_back_at_the_calculators_values_is_the_calculations(bot, text: str) -> None:
    from bot.agent.several_asks import points_back_to_values
    from bot.agent.steps import Turn

    turn = Turn(bot.understander, bot.responses, "auto", task_registry=bot.tasks, selector=bot.selector)
    from bot.agent import compose

    types = compose.selector_types(bot.selector)
    every, asking = bot.selector.analyzer.asking_parts(text, unmarked=True)
    before = every[every.index(asking[-1]) - 1]
    assert points_back_to_values(asking[-1], before, {"basic_it_only"}, types, turn)
    assert not points_back_to_values(asking[-1], before, {"days"}, types, turn)
    reply = converse(bot, text)
    assert re.search(r"(?i)fundamental or basic IT", reply.answer), reply.answer[:400]
    assert not re.search(r"On what else you asked", reply.answer), reply.answer
