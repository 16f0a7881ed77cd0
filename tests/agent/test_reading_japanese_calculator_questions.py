"""Japanese calculator questions start their task: the quota by stage, the Re-Skills course check."""

from __future__ import annotations

import pytest

from tests.agent.reading_checks import last_calculator_call


@pytest.mark.parametrize("text,tool", [
    ("常勤職員250人の場合、1号・2号・3号それぞれの上限を教えてください。", "trainee_quota"),
    ("うちは常勤80人です。第2号の上限は何人ですか？", "trainee_quota"),
    ("総時間30時間のうち実習が12時間のAI講座を計画しています。Re-Skills講座の認定は受けられそうですか？",
     "reskills_course_check"),
])
def test_japanese_calculator_questions_call_their_tool(bot, text: str, tool: str) -> None:
    call = last_calculator_call(bot, [text])
    assert call.name == tool
