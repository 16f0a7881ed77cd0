"""Class: a question about one's own eligibility in any form ("could I join", "can I take part", "am I able to join",
"is it possible for me to", "any chance I could join", 参加できますか, 参加することは可能ですか, 参加させてもらえますか,
応募しても大丈夫ですか) with the asker's profile facts runs the JIP check on them."""

from __future__ import annotations

import pytest

from support import converse
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

ASKS = [
    "Im Indonesian 29 yrs, currently studying master in Osaka (so I live in Japan). I have N3. Could I join the JIP "
    "internship in person at a company?",
    "I'm Kenyan, 27, living in Nairobi, fluent English. Am I able to join JIP?",
    "I'm Indonesian, 29, N3, I live in Osaka. Is it possible for me to take part in the Japan Internship Program?",
    "Vietnamese, 24, N2, living in Hanoi. Could I take part in the JIP internship?",
    "I'm from Nepal, 30 years old, N3, living in Kathmandu. Would it be possible for me to join JIP?",
    "I am Filipino, 26, fluent English, in Manila. Any chance I could join the METI internship?",
    "インドネシア人で29歳、大阪の大学院で勉強中です。N3を持っています。JIPのインターンシップに対面で参加できますか？",
    "ネパール出身の30歳です。カトマンズに住んでいて、N3があります。ジャパン・インターンシップに参加することは可能ですか？",
    "インドネシア人で29歳です。大阪に住んでいます。N3です。JIPに参加させてもらえますか？",
    "ケニア人、28歳、英語が得意です。ナイロビ在住。JIPに応募しても大丈夫ですか？",
]


@pytest.mark.parametrize("text", ASKS)
def test_an_own_eligibility_question_names_the_check(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.intents == ["jip_eligibility"], parsed.intents
    assert parsed.asks_eligibility


def test_the_check_runs_on_the_profile(bot) -> None:
    reply = converse(bot, ASKS[0])
    call = next(c for c in reply.tool_calls if c.name == "jip_eligibility")
    assert {k: call.args[k] for k in ("nationality", "age", "residing_in_japan", "jlpt_level")} == {
        "nationality": "Indonesia", "age": 29, "residing_in_japan": True, "jlpt_level": "N3"}
