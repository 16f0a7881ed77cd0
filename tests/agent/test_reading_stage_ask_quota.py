"""A stage asked about beside a stated headcount (pack act ``asks_stage``: "Can we take No.3?", 「3号は受け入れられま
すか」) is a quota ask with the facts stated, whatever the opening sentence's wording ("We are excellent, 75 full-time
employees."); with no headcount it stays a knowledge question, EN and JA."""

from __future__ import annotations

import pytest

from bot.agent import nlu
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text, count, excellent", [
    ("We are excellent, 75 full-time employees. Can we take No.3?", 75, True),
    ("We're an excellent implementing organization with 75 full-time staff. Can we accept No.3 trainees?", 75, True),
    ("We have 75 full-time employees. Is No.3 possible for us?", 75, None),
    ("優良です、常勤75人。3号はいけますか？", 75, True),
    ("優良認定を受けています。常勤職員75名です。3号は受け入れられますか？", 75, True),
    ("常勤職員は40名で、優良認定はありません。3号も受け入れられますか？", 40, False),
])
def test_a_stage_ask_beside_a_count_is_a_quota_ask(text: str, count: int, excellent: bool | None) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert nlu.QUOTA in (*parsed.intents, *parsed.implied)
    assert parsed.slots.get("full_time_employees") == count
    assert parsed.slots.get("excellent") == excellent


@pytest.mark.parametrize("text", ["Can we take No.3 trainees?", "3号は受け入れられますか？",
                                  "Is No.3 possible for a company that is not excellent?"])
def test_a_stage_ask_without_a_count_runs_no_quota(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert "full_time_employees" not in parsed.slots


@pytest.mark.parametrize("text, no3", [
    ("We are excellent, 75 full-time employees. Can we take No.3?", 36),
    ("優良です、常勤75人。3号はいけますか？", 36),
    ("We have 75 full-time employees. Is No.3 possible for us?", 0),
])
def test_the_reply_is_the_quota(bot, text: str, no3: int) -> None:
    from support import converse

    reply = converse(bot, text)
    call = next(c for c in reply.tool_calls if c.name == "trainee_quota")
    assert call.result["no3_at_once"] == no3
