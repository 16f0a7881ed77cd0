"""Whether the technical intern program still exists after its replacement, or what a stay looks like in a year after
it, is answered by the update rows first (the replacement from 2027-04-01, then the new system's facts): the documents'
"maximum period is 5 years" describes the system before it and never leads such a reply."""

from __future__ import annotations

import pytest

from support import converse


@pytest.mark.parametrize("question", [
    "will the technical intern program still exist in 2028?",
    "my cousin wants to come to japan as a technical intern in 2028. will that program still exist then?",
    "技能実習制度は廃止されるって本当ですか？",
])
def test_the_replacement_leads(bot, question: str) -> None:
    reply = converse(bot, question)
    first = reply.answer.split("\n")[0]
    assert not reply.refused and "updates.titp.replaced-2027" in first, reply.answer
    assert "5 years" not in first and "5年" not in first, reply.answer


@pytest.mark.parametrize("question", [
    "my cousin wants to come to japan as a technical intern in 2028. how long can he stay?",
    "2028年に技能実習生として来日したら何年いられますか？",
])
def test_a_stay_after_the_replacement_gives_the_new_systems_length(bot, question: str) -> None:
    reply = converse(bot, question)
    assert "updates.titp.esd-details" in reply.answer and ("3 years" in reply.answer or "原則3年" in reply.answer), \
        reply.answer


@pytest.mark.parametrize("question, documents", [
    ("東京都で中小企業向けに外国人材の受け入れを支援してくれる取り組みはありますか？あと、取引先から「技能実習はなくなる」"
     "と聞いたのですが本当でしょうか。", r"(?i)work\s*net|ワークネット|パソナ|pasona"),
    ("Does Tokyo have any support for small companies hiring foreigners? Also, is it true the technical intern program "
     "will be abolished?", r"(?i)work\s*net|pasona"),
])
def test_another_ask_beside_the_replacement_is_still_answered_from_the_documents(bot, question: str,
                                                                                  documents: str) -> None:
    import re

    reply = converse(bot, question)
    assert re.search(documents, reply.answer) and "replaced-2027" in reply.answer, reply.answer
