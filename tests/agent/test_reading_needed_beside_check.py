"""Class: "how much is needed" asked beside a check ("If not enough, how many practice hours do we need?",
「足りないなら、総時間はそのままで演習を何時間にすればいいですか？」) is answered with the rule's minimum for the values the check
runs on (40 hours at 50% is 20 practical hours, 2 more than 18), computed by the tool's own rule, never guessed."""

from __future__ import annotations

import pytest

from bot.tools.reskills import practical_hours_needed, reskills_course_check
from tests.knowledge import repo_rules, repo_understander

UNDERSTANDER = repo_understander()
RULES = repo_rules()


@pytest.mark.parametrize("total, needed", [(40, 20), (41, 20.5), (30, 15)])
def test_the_tool_states_the_least_practical_hours(total: float, needed: float) -> None:
    assert practical_hours_needed(total, RULES) == needed
    result = reskills_course_check(practical_hours=10, total_hours=total, field="AI", rules=RULES)
    assert result.practical_hours_needed == needed
    least = [f for f in result.findings if f.code == "reskills_practical_hours_needed"]
    assert least and least[0].params["needed"] == needed and least[0].params["more"] == needed - 10


@pytest.mark.parametrize("text", [
    "足りないなら、総時間はそのままで演習を何時間にすればいいですか？",
    "実習は何時間あれば足りますか？",
    "If not enough, how many practice hours do we need?",
    "What's the minimum practical hours for this course?",
])
def test_the_ask_is_read(text: str) -> None:
    language = "ja" if any(ord(c) > 0x3000 for c in text) else "en"
    assert UNDERSTANDER.pack(language).act("least_practical_hours", text)


@pytest.mark.parametrize("text, phrases", [
    ("社員15人の小さな研修会社をやっています。社会人向けのAI講座（全40時間、そのうちハンズオン演習が18時間）を作ったので、経産省の"
     "Re-Skills講座の認定を取りたいと思っています。このままで認定の要件を満たしますか？足りないなら、総時間はそのままで演習を何時間に"
     "すればいいですか？", ("20時間", "あと2時間")),
    ("We made an AI course for working adults: 40 hours in total, 18 hours hands-on. Does it meet the Re-Skills "
     "requirements? If not enough, how many practice hours do we need?", ("20 practical hours", "2 more")),
])
def test_the_reply_states_the_minimum(bot, text: str, phrases: tuple[str, ...]) -> None:
    from support import converse

    reply = converse(bot, text)
    calls = [c for c in reply.tool_calls if c.name == "reskills_course_check"]
    assert calls and (calls[-1].args["total_hours"], calls[-1].args["practical_hours"]) == (40, 18)
    for phrase in phrases:
        assert phrase in reply.answer, reply.answer[:400]


def test_no_minimum_without_the_ask(bot) -> None:
    from support import converse

    reply = converse(bot, "We made an AI course: 40 hours in total, 18 hours hands-on. Does it meet the Re-Skills "
                          "requirements?")
    assert "20 practical hours" not in reply.answer
