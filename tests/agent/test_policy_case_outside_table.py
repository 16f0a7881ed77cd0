"""A quota case the basic table does not cover (construction, fishing on board, company-type, 育成就労 ...) is named
with its own rule in the reply's language (construction: never more trainees than the full-time staff, with the
count the user gave), assumes none of the ordinary table's defaults (general occupation, standard organization: they
decide nothing then) and quotes no document passage, since the documents state none of these rules and any passage
quoted beside them would be about something else (a training-split sentence beside a construction quota)."""

from __future__ import annotations

import pytest

from support import converse


@pytest.mark.parametrize("text, rule", [
    ("とび工事の会社で常勤は12人。技能実習生を何人入れられるか計算してくれる？", "常勤職員の数（12人）を超えて"),
    ("鉄筋工事をやっています。常勤は35人です。受け入れ人数は？", "常勤職員の数（35人）を超えて"),
    ("We are a scaffolding company with 12 full-time staff. How many trainees can we take?",
     "may never exceed the full-time staff"),
    ("carpentry firm, 40 full-time employees: how many technical intern trainees can we have?",
     "may never exceed the full-time staff"),
])
def test_a_case_outside_the_table_names_its_rule_and_nothing_else(bot, text: str, rule: str) -> None:
    reply = converse(bot, text)
    assert rule in reply.answer
    for unrelated in ("一般の職種", "一般の実習実施者", "general occupation", "standard (not 'excellent')",
                      "資料の原文", "From the source document"):
        assert unrelated not in reply.answer
    assert not reply.citations


def test_the_ordinary_table_still_states_its_defaults_and_quotes(bot) -> None:
    reply = converse(bot, "食品製造の会社で常勤は30人です。技能実習生は何人まで受け入れられますか？")
    assert "一般の職種" in reply.answer and "基本人数枠は3人" in reply.answer
