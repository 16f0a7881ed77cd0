"""Corrections ("いや、…", "訂正です。") after fillers (あ、えっと、あの、) are corrections, and fill the pending slot with the new
value."""

from __future__ import annotations

import pytest

from bot.agent.understand import CorrectSlot, commands_of
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

FILLERS = ["", "あ、", "えっと、", "あの、", "すみません、", "あ、えーと、"]

MARKERS = ["いや、", "いいえ、", "違います、", "訂正です。", "間違えました、"]


@pytest.mark.parametrize("filler", FILLERS)
@pytest.mark.parametrize("marker", MARKERS)
def test_a_correction_after_fillers_is_a_correction(filler: str, marker: str) -> None:
    parsed = UNDERSTANDER.parse(f"{filler}{marker}60人でした")
    assert parsed.correction and parsed.numbers == [60.0], (filler, marker)


@pytest.mark.parametrize("correction", ["あ、いや、えっと、60人でした", "いや、45人じゃなくて60人です", "すみません、訂正です。60人です"])
def test_a_japanese_correction_refills_the_pending_quota(bot, correction: str) -> None:
    conversation = bot.new_conversation()
    first = bot.reply(conversation, "従業員45人です。実習生は何人受け入れられますか？")
    assert first.tool_calls[0].args["full_time_employees"] == 45
    second = bot.reply(conversation, correction)
    calls = [c for c in second.tool_calls if c.name == "trainee_quota"]
    assert calls and calls[0].args["full_time_employees"] == 60, second.answer
    assert any(isinstance(c, CorrectSlot) for c in commands_of(UNDERSTANDER.parse(correction))) or \
        UNDERSTANDER.parse(correction).correction
