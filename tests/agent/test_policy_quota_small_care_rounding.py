"""A yes/no on a nursing-care quota with the user's own arithmetic rounded the wrong way ("18 x 10% = 1.8, so 1?",
「18×10%＝1.8で、切り捨てて1名」): the reply gives the limit (2) and says how it is reached, rounded up (the quota
tool's finding on the small establishment's 10%, rendered by tool.trainee_quota.after), EN and JA."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, said", [
    ("介護職種で技能実習生の受入れを検討しています。常勤の介護職員は18名です。受入れ人数枠は、18×10%＝1.8を切り捨てて1名で"
     "合っていますか？", "切り上げ"),
    ("常勤の介護職員18名の施設です。介護の技能実習生は1名しか受け入れられないという理解で合っていますか？", "切り上げ"),
    ("特養です。常勤の介護職員は18人。介護の技能実習生は何人受け入れられますか？1人だと思っています。", "切り上げ"),
    ("We are a nursing care facility with 18 full-time care staff. How many nursing care trainees can we accept? "
     "I calculated 18 x 10% = 1.8, so 1, correct?", "rounded up"),
    ("Nursing care home, 18 full-time care workers. How many technical intern trainees can we take? Is it 1?",
     "rounded up"),
])
def test_the_reply_says_the_ten_percent_is_rounded_up(bot, text: str, said: str) -> None:
    from support import converse

    reply = converse(bot, text)
    assert said in reply.answer and "1.8" in reply.answer
    assert any(c.name == "trainee_quota" and c.result["no1_at_once"] == 2 for c in reply.tool_calls)
