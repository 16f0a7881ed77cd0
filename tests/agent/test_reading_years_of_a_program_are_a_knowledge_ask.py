"""Years of a program asked (「最長で何年受け入れられますか」, 「特定技能2号は更新に上限がありますか」) are a knowledge ask, not a
calculation missing inputs: searched, never a headcount asked for."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text", [
    "技能実習と特定技能の違いがいまいちよく分かっておりません。①技能実習は最長で何年受け入れられますか（5年受け入れるには何か条件があると聞き"
    "ました）②特定技能1号では何年働いてもらえますか③特定技能2号は更新に上限がありますか。以上3点、お教えいただけますと幸いです。",
    "技能実習生は最長で何年受け入れられますか",
    "特定技能2号は更新に上限がありますか",
    "技能実習生は何年まで受け入れられますか？",
])
def test_years_of_a_program_are_a_knowledge_ask(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.asks_knowledge and not parsed.intents, parsed.intents
