"""A count corrected with the part that explains the correction ("45 full-time" ... "sorry my mistake, it is 35
full-time. 10 of them are actually part-timers"): the part is the difference between the count given before and the
count now stated (45 − 10 = 35), so the new count is used as typed, not reduced again. A part that is not that
difference still comes out of the new count."""

from __future__ import annotations

import pytest

from support import converse


def _count(reply) -> int:
    return next(c.args["full_time_employees"] for c in reply.tool_calls if c.name == "trainee_quota")


@pytest.mark.parametrize("first, second", [
    ("We have 45 full-time employees, standard company. How many No.1 technical interns can we accept?",
     "sorry my mistake, it is 35 full-time. 10 of them are actually part-timers."),
    ("We have 45 full-time staff. How many trainees can we take?",
     "Correction: 35 full-time employees, 10 of them are part-timers."),
    ("常勤職員は45人です。技能実習生は何人受け入れられますか？",
     "すみません、間違えました。常勤は35人です。そのうち10人は実はパートでした。"),
])
def test_the_part_that_explains_a_correction_is_not_taken_out_again(bot, first: str, second: str) -> None:
    assert _count(converse(bot, first, second)) == 35


def test_a_part_that_is_not_the_difference_still_comes_out(bot) -> None:
    reply = converse(bot, "We have 45 full-time staff. How many trainees can we take?",
                     "sorry my mistake, it is 40 full-time. 10 of them are actually part-timers.")
    assert _count(reply) == 30
