"""The room left asked beside the trainees held ("how many more", 「あと何人」「追加で何人」; knowledge/nlu/*.yaml
``held_trainee_lists.room``, responses ``reading.count_held_room``).

The class: with 45 full-time employees (No.1 limit 5) and 3 No.1 trainees held, "how many more No.1 can we take?" is
answered first with the room: 5 − 3 = 2 more, never only "within the limit".
"""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calls_named

CASES = [
    ("社長です。日本人の社員が45人（全員正社員・週5日フルタイム）。今ミャンマーから来た1号の実習生が3人いて、まだ1号のまま。追加であと何人1号を"
     "入れられる？優良ではないです", "あと2人"),
    ("常勤職員45人です。今、1号の実習生が3人います。1号はあと何人受け入れられますか？", "あと2人"),
    ("We have 45 full-time employees and we currently have 3 No.1 trainees. How many more No.1 trainees can we take?",
     "You can take 2 more No.1 trainees"),
    ("45 full-time staff. We have 3 No.1 trainees right now. How many additional No.1 trainees could we accept?",
     "You can take 2 more No.1 trainees"),
]


@pytest.mark.parametrize(("text", "said"), CASES)
def test_the_room_left_is_said_first(bot, text: str, said: str) -> None:
    reply = converse(bot, text)
    assert [c.args["full_time_employees"] for c in calls_named(reply, "trainee_quota")] == [45], reply.tool_calls
    assert reply.answer.splitlines()[0].count(said) == 1, reply.answer


@pytest.mark.parametrize("text", [
    "実習生の枠を知りたいです。今1号が3人います。あと何人受け入れられますか？",
    "We currently have 3 No.1 trainees. How many more can we take?",
])
def test_the_trainees_held_are_no_count_of_employees(bot, text: str) -> None:
    # a lone count of trainees held is never the full-time employees: the count is asked
    reply = converse(bot, text)
    assert not calls_named(reply, "trainee_quota"), reply.tool_calls
