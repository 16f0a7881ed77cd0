"""The nursing-care quota of a small establishment (care staff at or under the rule's limit) states the rule that
applied (a share of the care staff, rounded up), in Japanese as the English reply does, never only a table row's id."""

from __future__ import annotations

import re

from support import converse


def test_the_small_care_rule_is_stated(bot) -> None:
    reply = converse(bot, "特養を運営しています。常勤の介護職員が25名、ほかに事務員3名と看護師4名がいます。介護職種で技能実習生を"
                          "受け入れる場合、1号は何人まで受け入れられますか？")
    call = next(c for c in reply.tool_calls if c.name == "trainee_quota")
    assert call.args["full_time_employees"] == 25 and call.args["occupation"] == "nursing_care"
    assert re.search(r"(?<![\d.])10\s*%", reply.answer)
    assert "nursing.small" not in reply.answer


def test_the_english_reply_states_it_too(bot) -> None:
    reply = converse(bot, "We run a nursing home with 25 full-time care workers. How many technical intern trainees "
                          "can we accept in nursing care?")
    assert re.search(r"(?<![\d.])10\s*%", reply.answer)
