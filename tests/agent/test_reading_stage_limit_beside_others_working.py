"""A stage's limit asked ("what are the No.1 and No.2 limits (exactly)?", "what is the No.2 limit?", "max for No.3?",
「1号と2号の上限は？」) beside someone else's working ("my colleague says the basic number is 17 so No.2 = 34", 同僚が言うには…)
and after a lead that introduces the user ("I work at a supervising organization and one client has 350 ...") runs the
trainee quota on the stated count: the working never replaces the count nor hides the question."""

from __future__ import annotations

import pytest

from support import converse
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

STAGE_LIMIT_BESIDE_OTHERS_WORKING = [
    ("I work at a supervising organization and one client has 350 regular full-time employees (normal company, not "
     "excellent). My colleague says basic number is 17 so the No.2 limit is 17x2 = 34. Is that correct? What are the "
     "No.1 and No.2 limits exactly?", 350),
    ("I'm in charge at a kanri dantai and one member company has 120 full-time staff. My boss said the No.1 limit is "
     "6. What is the No.2 limit?", 120),
    ("I work for a supervising organization and a client has 200 full-time employees. Someone told me it is 10. "
     "What's the max for No.3?", 200),
    ("We have 350 full-time employees. My colleague says basic number is 17 so the No.2 limit is 34. Is that correct? "
     "What are the No.1 and No.2 limits exactly?", 350),
    ("監理団体の職員です。受入れ企業は常勤職員350人の一般の会社です。同僚が言うには基本人数は17なので2号の上限は34人とのことですが、正しいですか？"
     "1号と2号の上限は正確には何人ですか？", 350),
    ("監理団体で働いています。取引先の常勤職員は120人です。同僚が言うには1号は6人だそうです。1号と2号の上限は？", 120),
]


@pytest.mark.parametrize(("text", "count"), STAGE_LIMIT_BESIDE_OTHERS_WORKING)
def test_a_stage_limit_asked_beside_others_working_reads_the_quota(text: str, count: int) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert "trainee_quota" in parsed.intents, parsed
    assert parsed.slots.get("full_time_employees") == count


@pytest.mark.parametrize(("text", "count"), STAGE_LIMIT_BESIDE_OTHERS_WORKING[:1] + STAGE_LIMIT_BESIDE_OTHERS_WORKING[4:5])
def test_a_stage_limit_asked_beside_others_working_runs_the_quota(bot, text: str, count: int) -> None:
    reply = converse(bot, text)
    calls = [c for c in reply.tool_calls if c.name == "trainee_quota"]
    assert calls and calls[0].args["full_time_employees"] == count, (reply.tool_calls, reply.answer)
    assert "17" in reply.answer and "35" in reply.answer
