"""Class: a share written in 割 (「自己評価で6割以上」, 「7割が必須」) is a share, never a lone number that fills a count: after
a quota answer, a turn asking the limits as an excellent organization with 「（自己評価で6割以上）」 kept the stated count
(it was read as 6 full-time employees)."""

from __future__ import annotations

import pytest

from support import converse
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text", ["来期に優良認定（自己評価で6割以上）を取れる見込みです。", "得点が6割を超えれば優良です",
                                  "7割くらいが必須作業です"])
def test_a_share_in_wari_is_no_number_to_fill(text: str) -> None:
    assert not [n for n in UNDERSTANDER.parse(text).numbers if n in (6.0, 7.0)]


def test_the_stated_count_stays_beside_a_share_in_wari(bot) -> None:
    reply = converse(bot, "当社の常勤職員は260名です（技能実習生は含んでいません）。技能実習生の受入れ人数枠を1号・2号それぞれ教えてください。",
                     "来期に優良な実習実施者の認定（自己評価で6割以上）を取れる見込みで、監理団体も一般監理団体です。その場合は1号・2号・3号それぞれ何名になりますか。")
    calls = [c for c in reply.tool_calls if c.name == "trainee_quota"]
    assert calls and calls[-1].args["full_time_employees"] == 260 and calls[-1].args["excellent"] is True
