"""A number of trainees wanted, asked against the limit ("we want to take 2 at once, is that possible?",
「技能実習生を2人同時に受け入れたいのですが、可能でしょうか？」; knowledge/nlu/*.yaml ``held_trainee_lists.wanted``, responses
``reading.count_wanted_over`` / ``count_wanted_within``).

The class: the reply opens with a plain verdict on the number wanted (no: 2 at once is not possible, the No.1 limit is
1; yes: it is within the limit), before the limits; a trainee count wanted is never the count of full-time employees.
"""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calls_named

CASES = [
    ("グループホームを1か所運営しています。介護職種で技能実習生を2人同時に受け入れたいのですが、可能でしょうか？常勤は全部で13名です。内訳は介護職員"
     "9名、看護師2名、事務1名、ケアマネ1名。優良認定はありません。", 9, "いいえ、2人を同時に受け入れることはできません"),
    ("常勤職員は20人です。実習生を2人一度に受け入れたいのですが、大丈夫でしょうか？", 20, "はい、2人なら枠内です"),
    ("常勤は45人です。実習生を6人同時に受け入れられますか？", 45, "いいえ、6人を同時に受け入れることはできません"),
    ("We run a group home, nursing care. We have 9 full-time care workers. We want to take 2 trainees at once, is that "
     "possible? Not excellent.", 9, "No: 2 No.1 trainees at once is not possible"),
    ("45 full-time employees. Can we accept 3 trainees at the same time?", 45,
     "Yes: 3 No.1 trainees at once is within the No.1 limit of 5"),
    ("We have 25 full-time staff and we'd like to hire 4 trainees at once. Is that possible?", 25,
     "No: 4 No.1 trainees at once is not possible"),
]


@pytest.mark.parametrize(("text", "count", "verdict"), CASES)
def test_a_wanted_number_gets_a_plain_verdict_first(bot, text: str, count: int, verdict: str) -> None:
    reply = converse(bot, text)
    assert [c.args["full_time_employees"] for c in calls_named(reply, "trainee_quota")] == [count], reply.tool_calls
    assert reply.answer.startswith(verdict), reply.answer
