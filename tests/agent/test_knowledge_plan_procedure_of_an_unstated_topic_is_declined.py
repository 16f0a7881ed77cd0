"""Class: a question whose subject is a topic no document mentions (a tax, social insurance, a pension: the packs'
``unstated_topic``) and whose other ask only asks whether anything must be done of it, naming nothing of its own
(「会社側で何か手続きをしないといけないんでしょうか」, "do we have to file anything?": the packs' ``bare_procedure``), is
refused whole, naming the topic (knowledge_plan.unstated_subject; ja7q-24). An ask of its own beside it is not read so.
The same topic asked alone and found nowhere is named in the refusal too, not "that"
(knowledge_plan.unstated_subject_named)."""

from __future__ import annotations

import pytest

from support import converse
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text,named", [
    ("技能実習生が帰国するとき、住民税ってどうなりますか？会社側で何か手続きをしないといけないんでしょうか。", "住民税"),
    ("実習生が帰国する場合、年金はどうなりますか？届出は必要ですか？", "年金"),
    ("Our technical intern trainees are going home next month. What happens to their resident tax when they go home? "
     "Do we have to file anything?", "resident tax"),
    ("what happens to a trainee's income tax when they leave Japan? is there any paperwork?", "income tax"),
])
def test_the_procedure_of_an_unstated_topic_is_declined_naming_it(bot, text: str, named: str) -> None:
    reply = converse(bot, text)
    assert reply.refused, reply.answer
    assert named in reply.answer.split("\n\n")[0], reply.answer


@pytest.mark.parametrize("text,bare", [
    ("会社側で何か手続きをしないといけないんでしょうか。", True),
    ("届出は必要ですか？", True),
    ("何か特別な対応は必要ですか？", True),
    ("Do we have to file anything?", True),
    ("Is there any paperwork?", True),
    ("do we need to do anything?", True),
    ("あと、会社側で何か手続きは必要ですか？", True),
    ("do we have to file anything for them?", True),
    ("在留資格の更新手続きは必要ですか？", False),
    ("応募に何か書類は必要ですか？", False),
    ("Do we have to submit anything for the application?", False),
    ("実習期間は最長何年ですか？", False),
    ("is the flight ticket paid?", False),
    ("How long can a trainee stay?", False),
])
def test_an_ask_of_a_procedure_naming_nothing(text: str, bare: bool) -> None:
    lang = "ja" if any(ord(c) > 0x3000 for c in text) else "en"
    assert UNDERSTANDER.pack(lang).act("bare_procedure", text) == bare


@pytest.mark.parametrize("text", [
    "JIPに応募したいです。住民税はどうなりますか？応募に何か書類は必要ですか？",
    "What happens to a trainee's resident tax when they go home? And how long can a trainee stay at most?",
])
def test_an_ask_of_its_own_beside_the_topic_is_not_read_as_its_procedure(bot, text: str) -> None:
    """(the whole may still be refused for what its first ask lacks; the beside ask is no ask of the tax)"""
    reply = converse(bot, text)
    first = reply.answer.split("\n\n")[0]
    assert "social insurance or a pension" not in first and "年金の扱い" not in first, reply.answer


@pytest.mark.parametrize("text,named", [
    ("How do I file my tax return in Japan?", "tax return"),
    ("do we have to pay social insurance for them?", "social insurance"),
    ("What is the consumption tax rate in Japan?", "consumption tax"),
    ("住民税はいつ払いますか？", "住民税"),
    ("年金はどうなりますか？", "年金"),
])
def test_a_tax_found_nowhere_is_named(bot, text: str, named: str) -> None:
    reply = converse(bot, text)
    assert reply.refused, reply.answer
    assert named in reply.answer.split("\n\n")[0], reply.answer


@pytest.mark.parametrize("text", ["What's the weather in Tokyo tomorrow?", "東京の明日の天気は？"])
def test_another_question_found_nowhere_names_nothing(bot, text: str) -> None:
    reply = converse(bot, text)
    assert reply.refused, reply.answer
    first = reply.answer.split("\n\n")[0]
    assert "tax" not in first and "税" not in first, first
