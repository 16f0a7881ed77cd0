"""Class: the applicant asks whether they themselves may apply or join ("can i apply for JIP?", "could I apply to the
Japan Internship Program?", "can I join the METI internship?", 「JIPに応募できますか？」) with no facts yet: the eligibility
check starts and asks for the facts, so the facts the next turns give ("im from kenya", "27", "english is fine", "no i
live in nairobi") feed it (they were refused as questions the documents do not cover). A question of how, where or when
to apply, of the mode, or of applying to both modes stays a knowledge question."""

from __future__ import annotations

import pytest

from support import converse
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text", ["can i apply for JIP?", "Can I apply for the Japan Internship Program?",
                                  "could I apply to the Japan Internship Program?", "can I join the METI internship?",
                                  "may I participate in JIP?", "JIPに応募できますか？"])
def test_a_first_person_may_i_apply_is_the_check(text: str) -> None:
    assert "jip_eligibility" in UNDERSTANDER.parse(text).intents


@pytest.mark.parametrize("text", ["how can I apply for JIP?", "where can I apply for the Japan Internship Program?",
                                  "when can I apply for JIP?", "can I apply online for JIP?",
                                  "can i apply for both online and in-person JIP?",
                                  "can i apply both in-person and online internship at same time, or must choose one?",
                                  "can I apply both the in-person and the online internship same time?",
                                  "can I apply for Re-Skills certification for our course?"])
def test_how_where_when_or_which_mode_stays_a_question(text: str) -> None:
    assert "jip_eligibility" not in UNDERSTANDER.parse(text).intents


@pytest.mark.parametrize("turns, expected", [
    (("can i apply for the japan internship program?", "im from kenya", "27", "english is fine, i studied in english",
      "no i live in nairobi"),
     {"nationality": "Kenya", "age": 27, "english_proficient": True, "residing_in_japan": False}),
    (("JIPに応募できますか？", "ケニア人です", "27歳です"), {"nationality": "Kenya", "age": 27}),
])
def test_the_facts_given_next_feed_the_check(bot, turns: tuple[str, ...], expected: dict) -> None:
    reply = converse(bot, *turns)
    calls = [c for c in reply.tool_calls if c.name == "jip_eligibility"]
    assert calls and {k: calls[-1].args[k] for k in expected} == expected, (reply.tool_calls, reply.answer)
