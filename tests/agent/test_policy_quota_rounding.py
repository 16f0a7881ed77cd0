"""When the fraction rule (301 or more full-time employees) gives a non-integer limit, the reply says it was rounded
down, with the exact value (the quota tool's finding limits_rounded, rendered by tool.trainee_quota.after), EN and JA."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, said", [
    ("常勤職員350人の製造業者（優良認定なし）は技能実習1号と2号を何人まで受け入れられますか？端数の扱いも知りたいです。", "切り捨て"),
    ("We have 350 full-time employees. How many technical intern trainees can we take?", "rounded down"),
])
def test_the_reply_says_the_limit_was_rounded_down(bot, text: str, said: str) -> None:
    from support import converse

    reply = converse(bot, text)
    assert said in reply.answer and "17.5" in reply.answer
