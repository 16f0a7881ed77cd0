"""A correction that explains the old count (part-timers were in it) and gives the full-time count alone re-runs the
pending quota with the new count and the status already given."""

from __future__ import annotations

import pytest

from tests.agent.reading_checks import last_calculator_call

FIRST_JA = ("お世話になります。食品工場を経営しております。常勤60人（実習生は除く）で、優良ではありません。"
            "技能実習生の受入れ枠を教えてください。")

FIRST_EN = ("We run a food factory with 60 full-time employees (trainees excluded) and we are not an excellent "
            "organization. What is our trainee quota?")


@pytest.mark.parametrize("first,second,count", [
    (FIRST_JA, "すみません、60人はパートさん込みの数でした。週30時間以上のフルタイムの常勤だけ数えると38人です。", 38),
    (FIRST_JA, "失礼しました。60人はアルバイトも含めた人数で、正社員のみで数えたら41名です。", 41),
    (FIRST_JA, "ごめんなさい、さっきの数はパートを含んでいました。常勤だけだと38人です。", 38),
    (FIRST_EN, "Sorry, the 60 included our part-timers. Counting only the full-time staff it is 38.", 38),
], ids=["ja-part-included-fulltime-only", "ja-seishain-nomi", "ja-jokin-dake-dato", "en-counting-only-full-time"])
def test_the_quota_is_rerun_with_the_full_time_count(bot, first: str, second: str, count: int) -> None:
    call = last_calculator_call(bot, [first, second])
    assert call.name == "trainee_quota"
    assert call.args["full_time_employees"] == count
    assert call.args["excellent"] is False
