"""Each named item gets its own verdict; an ask the documents do not mention is named and the rest answered (end to
end over the real index)."""

from __future__ import annotations

import re

import pytest

from support import converse


@pytest.mark.parametrize("question, named", [
    ("介護の技能実習の人数枠で、分母になる常勤職員に看護師さんや事務員も入れてしまっていいんでしょうか？あとEPAの介護福祉士"
     "候補者は数に入りますか？", ("看護", "事務")),
    ("介護職種の常勤職員の数に、看護師や事務の方も含めていいですか？それと、EPA候補者はカウントされますか？", ("看護", "事務")),
])
def test_each_named_category_gets_its_verdict_and_an_unmentioned_ask_is_named_ja(bot, question: str,
                                                                                named: tuple[str, ...]) -> None:
    reply = converse(bot, question)
    assert not reply.refused, reply.answer
    verdict = next(line for line in reply.answer.splitlines() if "数えられません" in line)
    assert all(word in verdict for word in named), reply.answer
    assert re.search(r"記載はありません", reply.answer) and "EPA" in reply.answer.split("\n")[0], reply.answer


@pytest.mark.parametrize("question", [
    "For the nursing care quota, can we count our nurses and office clerks as full-time staff? And do EPA care worker "
    "candidates count?",
    "In nursing care, can we include the nurses and clerks in the full-time count?",
])
def test_each_named_category_gets_its_verdict_en(bot, question: str) -> None:
    reply = converse(bot, question)
    assert not reply.refused, reply.answer
    first = reply.answer.split("\n")[0]
    assert first.startswith("No") and "nurses" in first and "clerks" in first, reply.answer
