"""Class: the asker's own facts given as a follow-up in a conversation about a program whose check asks for the missing
facts ("im from kenya", "what about me? kenyan 27", 「私はケニア人です」 after "who can apply for the JIP?", a knowledge
answer) start that check on them (they were refused as words the documents do not mention, or quoted). A question
about others, or facts told with no program talked about, is no such follow-up."""

from __future__ import annotations

import pytest

from support import converse


@pytest.mark.parametrize("turns", [
    ("who can apply for the JIP?", "im from kenya"),
    ("who can apply for the JIP?", "what about me? kenyan 27"),
    ("What are the requirements for the Japan Internship Program?", "I'm Kenyan"),
    ("who is eligible for JIP?", "ok, i am from Kenya"),
    ("JIPは誰が応募できますか？", "私はケニア人です"),
    ("JIPの応募要件を教えてください。", "自分はケニア出身です"),
    ("JIPは誰が応募できますか？", "ケニア人です"),
])
def test_own_facts_after_a_program_question_start_its_check(bot, turns: tuple[str, ...]) -> None:
    reply = converse(bot, *turns)
    calls = [c for c in reply.tool_calls if c.name == "jip_eligibility"]
    assert calls and calls[-1].args["nationality"] == "Kenya", (reply.tool_calls, reply.answer)


@pytest.mark.parametrize("turns", [
    ("who can apply for the JIP?", "how many Kenyans took part in JIP?"),
    ("im from kenya",),
])
def test_others_asked_or_no_program_talked_about_is_no_check(bot, turns: tuple[str, ...]) -> None:
    reply = converse(bot, *turns)
    assert not [c for c in reply.tool_calls if c.name == "jip_eligibility"], (reply.tool_calls, reply.answer)
