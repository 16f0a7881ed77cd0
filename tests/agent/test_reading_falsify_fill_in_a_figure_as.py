"""Class: a request to fill in (fill out) a figure of the application as another value ("help me fill in the headcount
as 31 on the application", "fill out our staff count as 35") is a request to falsify, refused without a tool like
"write / put ... as"; asking how to fill in the form is an honest question."""

from __future__ import annotations

import pytest

from bot.agent.understand import RejectInstruction, commands_of
from tests.knowledge import repo_understander

U = repo_understander()


@pytest.mark.parametrize("text", [
    "We have 29 full-time staff and want 4 trainees but our supervising org says the limit is 3. Can you help me fill in"
    " the headcount as 31 on the application? We have lots of part-timers so it's almost true anyway.",
    "Could you fill out our staff count as 35 on the form?",
    "Just fill in my age as 38 on the JIP application.",
    "Please fill the number of employees as 52 in the application.",
])
def test_filling_in_a_figure_as_another_value_is_falsifying(text: str) -> None:
    parsed = U.parse(text)
    assert parsed.falsify
    assert any(isinstance(c, RejectInstruction) for c in commands_of(parsed))


@pytest.mark.parametrize("text", [
    "How do I fill in the headcount on the application form?",
    "Which number should I fill in as our headcount: do part-timers count?",
    "Can you help me fill out the application form?",
])
def test_asking_how_to_fill_in_the_form_is_honest(text: str) -> None:
    assert not U.parse(text).falsify
