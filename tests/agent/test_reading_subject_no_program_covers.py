"""Solar panels, building permits, a factory's property tax, car insurance: off topic even in program words (補助金, 申請);
in-scope support questions beside them are answered."""

from __future__ import annotations

import pytest

from support import converse


@pytest.mark.parametrize("text", [
    "話は変わりますが、工場の屋根に太陽光パネルを付けようと思っていて、使える補助金と申請のコツを教えてもらえませんか。",
    "工場の固定資産税の申請方法を教えてください。",
    "社用車の自動車保険はどこが安いですか？補助金はありますか？",
    "We want to install solar panels on our factory roof. Which subsidy can we use and any tips for the application?",
    "Our factory needs a building permit for an extension. How do we apply?",
    "Is there a subsidy for car insurance for our company vehicles?",
])
def test_a_subject_no_program_covers_is_refused(bot, text: str) -> None:
    reply = converse(bot, text)
    assert reply.refused, reply.answer[:300]
    assert not [c for c in reply.tool_calls if c.name != "search_knowledge"], reply.tool_calls


@pytest.mark.parametrize("text", [
    "A small company in Tokyo wants to hire foreign staff for the first time. Is there any Tokyo metropolitan support "
    "service for SMEs like this, and who runs it?",
    "東京都の中小企業向けの外国人材受入れ支援はありますか？",
    "How much are the JIP activity support funds per day for in-person internships?",
    "We are putting solar panels on the roof. Separately, how many technical intern trainees can a company with 30 "
    "full-time staff accept?",
])
def test_in_scope_support_questions_are_answered(bot, text: str) -> None:
    reply = converse(bot, text)
    assert not reply.refused, reply.answer[:300]
