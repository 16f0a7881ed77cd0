"""A calculator message whose one ask is a yes/no of a rule (not a figure) opens with that yes/no.

The class: the message states the calculator's values (a headcount) and asks only whether something holds ("do the 4
trainees count as full-time employees?", "are the trainees included in that number?"); a limit the retrieved passages
state answers it (the count of full-time employees does not include technical intern trainees), so the reply leads with
the limit's answer naming what it excludes (then the computed figures, when the quota is run beside it). A message that asks for the figures, or whose
yes/no is a claim of them ("can we accept 4?"), gets no such lead.
"""

from __future__ import annotations

import re

import pytest

from support import converse

COUNTED_ASKS = [
    "We have 30 Japanese full-time staff and 4 technical intern trainees (No.2). For the trainee limit, do the 4 "
    "trainees count as full-time employees?",
    "Our company has 45 full-time employees plus 6 technical intern trainees. Are the trainees included in the number "
    "of full-time employees?",
    "We employ 25 full-time workers and 3 technical intern trainees. Do the trainees count as full-time employees too?",
]

FIGURE_ASKS = [
    "We have 30 full-time staff and 4 technical intern trainees. How many more No.1 trainees can we accept?",
    "We have 30 full-time staff. Can we accept 4 No.1 trainees?",
]


@pytest.mark.parametrize("text", COUNTED_ASKS)
def test_a_lone_yes_no_of_who_counts_opens_with_the_exclusion(bot, text) -> None:
    reply = converse(bot, text)
    # (answered by the quota beside it, or by the documents alone: either way the yes/no leads)
    first = reply.answer.split("\n\n")[0]
    assert re.match(r"No\b.*exclude.*technical intern trainees", first), reply.answer[:400]
    assert not reply.refused


@pytest.mark.parametrize("text", FIGURE_ASKS)
def test_a_figure_asked_gets_no_limit_lead(bot, text) -> None:
    reply = converse(bot, text)
    assert not reply.answer.startswith("No: the documents exclude"), reply.answer[:400]
