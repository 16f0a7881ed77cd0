"""The coming system's own facts asked (how long people stay in it, its fields, its Japanese level, changing employer)
are answered from the update row that states them, never from the documents' passages on the system it replaces
(their "maximum period is 5 years" is the old system's); the stay of the current system is still quoted from them."""

from __future__ import annotations

import re

import pytest

from support import converse


@pytest.mark.parametrize("question, years", [
    ("somebody on facebook says the jisshusei system will be finished and replaced by new system. is it true?? from "
     "which exact date the new one starts, and how long can people stay in it normally?", "3 years"),
    ("In the new system that replaces technical intern training, how long can people stay?", "3 years"),
    ("育成就労になったら、実習生は何年いられますか？", "原則3年"),
    ("新しい制度（育成就労）では在留期間はどうなりますか？", "原則3年"),
])
def test_the_new_systems_stay_is_the_updates(bot, question: str, years: str) -> None:
    reply = converse(bot, question)
    assert not reply.refused, reply.answer
    assert years in reply.answer and "updates.titp.esd-details" in reply.answer, reply.answer
    assert "maximum period is 5 years" not in reply.answer and "期間は5年" not in reply.answer, reply.answer


@pytest.mark.parametrize("question", ["How long can a technical intern stay in Japan?", "技能実習は最長何年ですか？"])
def test_the_current_systems_stay_is_still_the_documents(bot, question: str) -> None:
    reply = converse(bot, question)
    first = reply.answer.split("\n")[0]
    assert re.search(r"(?<!\d)5(?!\d)|five", first) and "esd-details" not in first, reply.answer
