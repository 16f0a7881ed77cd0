"""A follow-up asking a new knowledge question on a subject of its own outside the programs (Tokyo's support for SMEs
hiring foreigners) after a calculator turn is searched by its own words, not in the previous turn's program: it is
answered from the section it names, with the whole unit (TOKYO WorkNet and the Pasona-run project)
(knowledge_plan.search_query, the packs' ``own_subject``)."""

from __future__ import annotations

import pytest

from support import converse


@pytest.mark.parametrize("turns", [
    ("we r a small metal parts maker in tokyo, 20 full time staff. how many technical intern trainees can we take?",
     "thanks. is there any support from tokyo for small company like us that want to hire foreign people?"),
    ("We have 45 full-time staff. How many trainees can we accept?",
     "OK. Does Tokyo offer any help for SMEs like us hiring foreign workers?"),
    ("東京の金属加工の会社で、常勤20人です。技能実習生は何人受け入れられますか？",
     "ありがとうございます。東京都で外国人を雇う中小企業向けの支援って何かありますか？"),
])
def test_follow_up_on_tokyo_support_after_a_quota_names_worknet_and_pasona(bot, turns: tuple[str, ...]) -> None:
    reply = converse(bot, *turns)
    assert not reply.refused, reply.answer
    assert "Tokyo WorkNet" in reply.answer and "Pasona" in reply.answer, reply.answer
    assert all(call.args.get("program") is None for call in reply.tool_calls if call.name == "search_knowledge")
