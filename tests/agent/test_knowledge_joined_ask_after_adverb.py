"""Class: a knowledge message of several asks is searched ask by ask: a second ask joined by ", and" may open with an
adverb (", and roughly how many companies take part?", ", and approximately how long ...") and is still its own ask."""

from __future__ import annotations

import pytest
from tests.knowledge import repo_understander


@pytest.mark.parametrize("text, second", [
    ("How many interns could that company get, and roughly how many companies take part?", "how many companies"),
    ("What is the age limit, and approximately how long is the internship?", "how long"),
    ("When does the application open, and about when do we hear back?", "when do we hear back"),
])
def test_an_adverb_before_a_joined_ask_still_cuts_it(text: str, second: str) -> None:
    pieces = repo_understander().pack("en").act_split("knowledge_joined_ask", text)
    assert len(pieces) == 2 and pieces[1].lower().startswith(second), pieces

