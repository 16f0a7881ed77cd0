"""A change of the count asked about in a follow-up (knowledge/nlu/en.yaml ``increments``).

The class: after a quota on a stated count, "what happens if 3 of our full-time staff retire in March", "if 2 people
leave next month", 「3月に常勤3人が退職して補充しない場合」: the calculator runs again on the count given before less (or
plus) them (52 − 3 = 49), and the reply says the subtraction.
"""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calls_named

FIRST_EN = "We have 52 full-time employees, not counting trainees. We are not excellent. How many No.1 trainees at once?"
FIRST_JA = "常勤職員は52名です。優良ではありません。1号は同時に何人まで？"


@pytest.mark.parametrize(("first", "second", "count"), [
    (FIRST_EN, "OK. We have exactly 6 No.1 trainees right now. What happens if 3 of our full-time staff retire in March "
               "and we don't replace them? Are we then over the limit?", 49),
    (FIRST_EN, "And if 2 people leave next month?", 50),
    (FIRST_EN, "What if 4 of the staff quit this summer?", 48),
    (FIRST_JA, "いま1号が6人います。3月に常勤3人が退職して補充しない場合、上限を超えますか？", 49),
], ids=["en-retire", "en-leave", "en-quit", "ja-taishoku"])
def test_a_change_asked_in_a_follow_up_reruns_on_the_changed_count(bot, first, second, count) -> None:
    reply = converse(bot, first, second)
    assert [call.args["full_time_employees"] for call in calls_named(reply, "trainee_quota")] == [count]
    assert str(count) in reply.answer
