"""Several ages in one message: the one stated for the day the rule counts age on (the JIP's reference date) wins over
an age now or later that year ("on 1 August 2024 I was actually 39, I turned 40 later that year"; "今は41歳ですが、
2024年8月1日時点では40歳でした")."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize(("text", "age"), [
    ("wait sorry i miscounted, on 1 august 2024 i was actually 39, i turned 40 later that year. never did the program "
     "before. so am i ok?", 39),
    ("I turned 41 in October 2024, but on 1 August 2024 I was 40. Can I apply to JIP?", 40),
    ("I am 41 now, but on August 1, 2024 I was 40. Vietnamese, N3. Eligible for JIP?", 40),
    ("I was 40 as of August 1, 2024 but I am 41 now. Vietnamese, N3. Eligible for JIP?", 40),
    ("すみません、2024年8月1日時点では39歳でした。その年の後半に40歳になりました。", 39),
    ("今は41歳ですが、2024年8月1日時点では40歳でした。ベトナム国籍、N3です。JIPに応募できますか？", 40),
    ("2024年10月に41歳になりましたが、2024年8月1日の時点で40歳でした。JIPに応募できますか？", 40),
])
def test_the_age_on_the_rules_day_wins(text: str, age: int) -> None:
    assert UNDERSTANDER.parse(text).slots.get("age") == age


def test_the_bot_rechecks_with_the_corrected_age(bot) -> None:
    from support import converse

    reply = converse(bot, "im from nepal, living in kathmandu, my english is fluent and I'm 41. can i join the japan "
                          "internship program?",
                     "wait sorry i miscounted, on 1 august 2024 i was actually 39, i turned 40 later that year. never "
                     "did the program before. so am i ok?")
    call = next(c for c in reply.tool_calls if c.name == "jip_eligibility")
    assert call.args["age"] == 39
