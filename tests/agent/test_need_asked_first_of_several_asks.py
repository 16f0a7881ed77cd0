"""Class: a yes/no "must we (do X)?" asked first of several asks ("試験って受けなきゃダメ？あと、2号に進める分野は？",
"Do I have to pass the exams ...? And which fields ...?") answered by a requirement that accepts another way ("by
passing the examinations ..., or by successfully completing Technical Intern Training No. 2") leads with "not
necessarily", as the same ask alone does (No, when the user says the other way is completed: ``completed``,
test_compose_must_we_answered_by_the_completed_other_way.py); and the later ask still gets its own unit (the fields of
No. 2)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("question, lead, later", [
    ("技能実習2号を良好に修了した子を特定技能1号に切り替えたいんだけど、技能試験とか日本語試験って受けなきゃダメ？"
     "あと、特定技能2号に進める分野ってどこ？", "いいえ、お話の場合は", "construction"),
    ("特定技能1号になるには技能試験を受けないといけないの？あと2号に移れる分野はどこ？", "必ずしも必要ではありません",
     "construction"),
    ("Do I have to pass the Japanese exam to get Specific Skill No. 1 if I finished Technical Intern Training No. 2?",
     "No: the documents also accept completing", ""),
    ("Do I have to pass the Japanese exam to get Specific Skill No. 1?", "Not necessarily", ""),
])
def test_a_need_asked_first_leads_with_not_necessarily(bot, question: str, lead: str, later: str) -> None:
    reply = bot.reply(bot.new_conversation(), question)
    assert reply.answer.startswith(lead), reply.answer
    assert "or by successfully completing Technical Intern Training No. 2" in reply.answer, reply.answer
    assert later in reply.answer, reply.answer


@pytest.mark.parametrize("question", [
    "特定技能2号に進める分野ってどこ？あと1号は何年働けますか？",
    "What fields can move to Specific Skill No. 2? And how long can No. 1 workers stay?",
])
def test_asks_of_what_lead_with_no_not_necessarily(bot, question: str) -> None:
    reply = bot.reply(bot.new_conversation(), question)
    assert not reply.answer.startswith(("必ずしも", "Not necessarily")), reply.answer
