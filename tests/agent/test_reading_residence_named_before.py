"""Living "here" or "there" after naming a place ("I grew up in London and still live here", 「ロンドンで育ち、今もここに
住んでいます」) is living in that place: outside Japan it is not residing in Japan, in Japan it is. With no place named
before, "here" sets nothing (asked, never assumed). Before, en5g-14 was asked whether they live in Japan."""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calls_named
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text,residing", [
    ("I have two passports - Ghanaian (by birth) and British. I grew up in London and still live here, I'm 34 and "
     "english is my first language. Can I apply to the Japan Internship Program?", False),
    ("I grew up in Osaka and still live here, I'm Vietnamese, 25. Can I apply to JIP?", True),
    ("ガーナ国籍です。ロンドンで育ち、今もここに住んでいます。34歳です。JIPに応募できますか？", False),
    ("I'm Kenyan, born in Nairobi and still living there, 28, N3. Can I apply to JIP?", False),
])
def test_here_is_the_place_named_before(text: str, residing: bool) -> None:
    assert UNDERSTANDER.parse(text).slots.get("residing_in_japan") is residing


def test_here_with_no_place_named_sets_nothing() -> None:
    assert "residing_in_japan" not in UNDERSTANDER.parse("I'm Kenyan, 28. I live here. Can I apply to JIP?").slots


def test_the_check_runs_as_living_abroad(bot) -> None:
    reply = converse(bot, "I have two passports - Ghanaian (by birth) and British. I grew up in London and still live "
                          "here, I'm 34 and english is my first language. Can I apply to the Japan Internship Program "
                          "with my Ghana passport?")
    calls = calls_named(reply, "jip_eligibility")
    assert calls and calls[-1].args["residing_in_japan"] is False, reply.tool_calls
    assert calls[-1].args["age"] == 34
