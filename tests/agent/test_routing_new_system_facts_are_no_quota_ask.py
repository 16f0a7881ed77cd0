"""Class: a question about the Employment for Skill Development system's own facts (its length of stay, its fields,
its Japanese level) is no quota ask even with "how many" ("how many years can a worker stay?", "how many fields are
there?"): no trainee_quota call, and the knowledge answer quotes the update row on the new system
(updates.titp.esd-details); a headcount with a quota ask under the new system still runs the quota's not-covered
case."""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calls_named


@pytest.mark.parametrize("question", [
    "Under the Employment for Skill Development system, how many years can a worker stay?",
    "Under the Employment for Skill Development system, how many fields are there and what Japanese level is needed?",
    "How many years is the stay under the Employment for Skill Development system?",
    "育成就労制度では何年働けますか？分野はいくつありますか？",
])
def test_new_system_facts_are_answered_from_the_update_row(bot, question: str) -> None:
    reply = converse(bot, question)
    assert not calls_named(reply, "trainee_quota"), reply.tool_calls
    assert "updates.titp.esd-details" in reply.answer


def test_a_quota_ask_under_the_new_system_still_runs_the_quota(bot) -> None:
    reply = converse(bot, "Under the Employment for Skill Development system, how many workers can we take with 40 "
                          "full-time employees?")
    calls = calls_named(reply, "trainee_quota")
    assert calls and calls[-1].args.get("special_case") == "employment_for_skill_development"
