"""A total with groups inside it that are not full-time staff, then "the rest" said to be full-time (「従業員は全部で62名
ですが、そのうち技能実習生（1号）が6名、週3日勤務のパートが9名います。それ以外は全員フルタイムの正社員」, "62 people in total, of which 6
are trainees and 9 part-timers working 3 days a week; the rest are full-time"): every group comes out, 62 − 6 − 9 = 47,
each said once by its kind (never a second time as "the rest"). Before, the Japanese total was read as it stood (62)."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text", [
    "当社の従業員は全部で62名ですが、そのうち技能実習生（1号）が6名、週3日勤務のパートが9名います。"
    "それ以外は全員フルタイムの正社員（週5日・40時間）です。",
    "社員は62人ですけど、そのうち実習生が6人、パートが9人います。",
    "従業員は62名。技能実習生が6名、パートが9名。それ以外は全員正社員です。",
    "社員は全部で62人います。うち実習生6人、週3日のパート9人で、残りはフルタイムです。",
    "We have 62 people in total, of which 6 are trainees and 9 part-timers working 3 days a week; the rest are full-time.",
    "Our headcount is 62 in total, including 6 trainees and 9 part-time staff who work 3 days a week. "
    "Everyone else is full-time.",
    "62 staff altogether: 6 of them are technical intern trainees, 9 are part-timers (3 days a week). "
    "The rest work full-time.",
    "We have 62 employees. 6 are trainees, 9 are part-timers, the rest are full-time.",
])
def test_every_group_not_full_time_comes_out_of_the_total(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.slots["full_time_employees"] == 47
    # each group is said once: by its kind, or as the parts before "the rest"
    keys = [key for key, _ in parsed.notes]
    assert len(keys) == len(set(keys)) and len(keys) in (1, 2)
    assert not ("reading.rest_of_parts" in keys and len(keys) > 1)


@pytest.mark.parametrize("text", [
    "お世話になっております。当社の従業員は全部で62名ですが、そのうち技能実習生（1号）が6名、週3日勤務のパートが9名います。"
    "それ以外は全員フルタイムの正社員（週5日・40時間）です。優良認定は受けていません。1号と2号、それぞれ同時に何名まで受け入れられますか。",
    "We have 62 people in total, of which 6 are trainees and 9 part-timers working 3 days a week; the rest are full-time. "
    "We are not excellent. How many No.1 and No.2 trainees can we have at the same time?",
])
def test_the_quota_runs_on_the_full_time_rest(bot, text: str) -> None:
    from support import converse

    reply = converse(bot, text)
    call = next(c for c in reply.tool_calls if c.name == "trainee_quota")
    assert call.args["full_time_employees"] == 47
    assert "47" in reply.answer
