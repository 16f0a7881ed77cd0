"""Class: "general" said of the supervising organisation ("our kanri dantai is ippan (general)", "the supervising
organization is a general one") is the organisation's type, never the occupation: a nursing-care conversation keeps
its care basis when a follow-up names the supervisor's type. "general occupation/work" still is the occupation."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text", [
    "what if we become excellent? our kanri dantai is ippan (general). how many No.1 then?",
    "what if we become excellent? our supervising organization is a general one. how many No.1 then?",
    "and if we were excellent? our supervising organization: general. how many then?",
    "our kanri dantai is ippan(general), we are excellent now. how many?",
])
def test_general_said_of_the_supervisor_sets_no_occupation(text: str) -> None:
    assert "occupation" not in UNDERSTANDER.parse(text).slots


@pytest.mark.parametrize("text", ["we are a metal company, general occupation, 40 staff. how many trainees?",
                                  "45 full-time staff, general work, how many trainees?"])
def test_general_occupation_is_still_read(text: str) -> None:
    assert UNDERSTANDER.parse(text).slots.get("occupation") == "general"


def test_a_nursing_care_conversation_keeps_its_basis_after_the_supervisors_type(bot) -> None:
    conversation = bot.new_conversation()
    bot.reply(conversation, "nursing home, 45 full-time care staff (their main job is care). we are a standard "
                            "implementing organization. how many care trainees can we take?")
    reply = bot.reply(conversation, "what if we become excellent? our kanri dantai is ippan (general). how many No.1 "
                                    "then, and how many for all stages combined?")
    call = next(c for c in reply.tool_calls if c.name == "trainee_quota")
    assert call.args["occupation"] == "nursing_care" and call.args["excellent"] is True, call.args
