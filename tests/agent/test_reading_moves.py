"""Class: hours moved "from X to Y" between the parts of a training plan ("if we moved 300 hours from required work
to peripheral work", "必須業務から周辺業務へ300時間移す") are a change, never X's value. When the message also states the
resulting values ("so 700 required, 600 related and 620 peripheral") those are the values; when it does not, the move
is applied to the earlier values (X - N, Y + N) and the reply says so."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

PLAN_EN = "Our plan totals 1,920 hours: 1,000 required, 600 related and 320 peripheral. Does it comply?"
PLAN_JA = "研修計画は合計1920時間で、必須業務1000時間、関連業務600時間、周辺業務320時間です。大丈夫ですか？"
MOVED = {"required_hours": 700, "related_hours": 600, "peripheral_hours": 620}


def _split(reply) -> dict:
    calls = [c for c in reply.tool_calls if c.name == "training_time_split"]
    assert calls, reply.answer
    return {k: calls[-1].args[k] for k in MOVED}


@pytest.mark.parametrize("text, source, target", [
    ("And if we moved 300 hours from required work to peripheral work?", "required_hours", "peripheral_hours"),
    ("What if we shift 300 hours of related work to required?", "related_hours", "required_hours"),
    ("Suppose we take 300 hours out of peripheral and put them into required work.", "peripheral_hours",
     "required_hours"),
    ("必須業務から周辺業務へ300時間移したらどうですか？", "required_hours", "peripheral_hours"),
    ("関連業務の300時間を必須業務に回したら？", "related_hours", "required_hours"),
])
def test_a_move_is_a_change_of_two_parts(text: str, source: str, target: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.increments == {source: -300, target: 300}
    assert source not in parsed.slots and target not in parsed.slots


@pytest.mark.parametrize("turns", [
    (PLAN_EN, "And if we moved 300 hours from required work to peripheral work, so 700 required, 600 related and "
              "620 peripheral?"),
    (PLAN_EN, "And if we moved 300 hours from required work to peripheral work?"),
    (PLAN_EN, "What if we transferred 300 hours from required to peripheral tasks?"),
    (PLAN_JA, "必須業務から周辺業務へ300時間移したらどうですか？"),
    (PLAN_JA, "必須業務の300時間を周辺業務に回したら、必須700時間、関連600時間、周辺620時間になりますが大丈夫ですか？"),
])
def test_the_split_runs_on_the_moved_values(bot, turns: tuple[str, str]) -> None:
    from support import converse

    reply = converse(bot, *turns)
    assert _split(reply) == MOVED
    assert "36.5" in reply.answer and not reply.refused
