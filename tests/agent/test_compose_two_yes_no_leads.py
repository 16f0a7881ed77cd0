"""Class: two yes/no asks in one message each get their own lead, whatever their order ("automatically eligible for
the MHLW benefit?" -> not automatically, a separate application; "can our basic course be certified?" -> no, basic
IT skill courses are excluded), each with its unit quoted."""

from __future__ import annotations

import pytest

from tests.agent.each_asking_part import answered


@pytest.mark.parametrize("question", [
    "If our course is certified as a Re-Skills course, is it automatically eligible for the MHLW benefit? And can our "
    "basic Excel course be certified?",
    "Can our basic Excel course be certified as a Re-Skills course? Is it then automatically covered by the MHLW "
    "benefits too?",
    "Reスキル講座に認定されたら、厚労省の教育訓練給付の対象にも自動的になりますか？あと、うちの基礎的なExcel講座も認定されますか？",
])
def test_each_yes_no_ask_gets_its_own_lead(bot, question: str) -> None:
    answer = answered(bot, question, r"(?i)(?:separately|別途)", r"(?i)(?:excluded|対象外)")
    lead = answer.split("\n\n")[0]
    assert any(x in lead for x in ("Not automatically", "自動的には")), lead
    assert any(x in lead for x in ("No:", "いいえ")), lead
