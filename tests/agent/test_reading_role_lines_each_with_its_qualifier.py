"""A workforce listed one role a line, each with its own qualifier before the role or after the count ("Full-time care
workers: 24. Full-time nurses: 5. Office staff: 3 full-time. Part-time carers: 8." for a nursing-care quota): each
line is read with its own qualifier, and the nursing-care basis takes the full-time care lines (24; RULES: nurses doing
nursing work and office staff are not counted), naming the lines left out. Before, the "3 full-time" of the office line
was the count, and counts ending labelled lines ("5.", "8.") were dropped as list markers."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text,count", [
    ("We operate one special nursing home (tokuyo). Full-time care workers: 24. Full-time nurses: 5. Office staff: 3 "
     "full-time. Part-time carers: 8. We want to take kaigo technical intern trainees.", 24),
    ("Our care home for nursing care trainees: care workers: 24 full-time. Nurses: 5 full-time. Office staff: 3. "
     "Part-time care workers: 8.", 24),
    ("Nursing care facility.\nFull-time caregivers: 18\nFull-time certified care workers: 4\nFull-time nurses: 3\n"
     "Part-time caregivers: 6", 22),
    ("特養を運営しています。常勤の介護職員：24名、常勤の看護師：5名、事務職員：常勤3名、パートの介護職員：8名。介護の技能実習生は何人受け入れられますか。",
     24),
    ("介護施設です。\n・介護職員：常勤24名\n・看護師：常勤5名\n・事務員：常勤3名\n・介護職員：パート8名\n介護の実習生の枠を教えてください。", 24),
])
def test_the_care_basis_takes_the_full_time_care_lines(text: str, count: int) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.slots.get("occupation") == "nursing_care"
    assert parsed.slots["full_time_employees"] == count
    keys = [key for key, _ in parsed.notes]
    assert "reading.count_role_lines" in keys
    left = dict(parsed.notes)["reading.count_role_lines"]["left"]
    assert left and all(str(count) not in line for line in left)


@pytest.mark.parametrize("text", [
    "1. How many care workers count? 2. Do nurses count?",
    "Questions: 1. How many No.1 trainees can we take? 2. What about No.2?",
])
def test_a_list_counting_up_is_still_numbered(text: str) -> None:
    from bot.agent.understand import Understander

    assert "1." not in Understander._unnumbered(text, UNDERSTANDER.packs["en"])


@pytest.mark.parametrize("text", [
    "We operate one special nursing home (tokuyo). Full-time care workers: 24. Full-time nurses: 5. Office staff: 3 "
    "full-time. Part-time carers: 8. We want to take kaigo technical intern trainees. How many can we accept - No.1, "
    "and the total including No.2?",
    "特養を運営しています。常勤の介護職員：24名、常勤の看護師：5名、事務職員：常勤3名、パートの介護職員：8名。介護の技能実習生は1号で何人、"
    "2号も含めて合計何人受け入れられますか。",
])
def test_the_quota_runs_on_the_care_lines(bot, text: str) -> None:
    from support import converse

    reply = converse(bot, text)
    call = next(c for c in reply.tool_calls if c.name == "trainee_quota")
    assert call.args["full_time_employees"] == 24 and call.args["occupation"] == "nursing_care"
    assert "24" in reply.answer
