"""A correction that names the value it replaces ("its 53 not 35", "53 full-time staff, not 35", 「35名じゃなくて53名」)
inside a longer message that also states other facts (excellent now, the supervising organisation's type) puts the new
value in the slot that held the old one. Before, en5d-33's second turn kept 35 (a long message was no short reply, so
its one number went nowhere) and computed the excellent quotas for 35."""

from __future__ import annotations

import pytest

from support import converse

FIRST_EN = "how many trainees can we accept, we have 35 full time staff"
FIRST_JA = "常勤職員35名です。実習生は何人受け入れられますか"

CORRECTIONS = [
    (FIRST_EN, "oh sorry i miscounted, its 53 not 35. and we are excellent company now, our supervising org is also the "
               "excellent general type. so how many for No.1 No.2 No.3?"),
    (FIRST_EN, "Sorry, I made a mistake earlier: we have 53 full-time staff, not 35, and we became an excellent "
               "implementing organization last month. How many now?"),
    (FIRST_JA, "すみません、35名じゃなくて53名でした。あと、当社は優良認定を受けていて、監理団体も一般監理団体です。第1号から第3号まで何人ですか"),
]


@pytest.mark.parametrize(("first", "second"), CORRECTIONS)
def test_the_new_value_replaces_the_one_named(bot, first: str, second: str) -> None:
    reply = converse(bot, first, second)
    quota = [c for c in reply.tool_calls if c.name == "trainee_quota"]
    assert [c.args["full_time_employees"] for c in quota] == [53], reply.tool_calls
    assert quota[0].args["excellent"] is True


def test_an_old_value_no_slot_held_changes_nothing(bot) -> None:
    # 40 was never said: the long message's one number is not forced into the count
    reply = converse(bot, FIRST_EN, "sorry, its 53 not 40, and we are an excellent company now, our supervising org is "
                                    "also the excellent general type. how many then for each stage?")
    quota = [c for c in reply.tool_calls if c.name == "trainee_quota"]
    assert all(c.args["full_time_employees"] != 53 for c in quota) or not quota, reply.tool_calls
