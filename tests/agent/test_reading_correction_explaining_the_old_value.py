"""A correction that restates the old value with an explanation ("it's 52 not 25. 25 was when we started in 2015 lol. so
how many then?", 「25人ではなく52人でした。25人は創業時の人数です」): the explanation is no new count; the calculation reruns with
the new value."""

from __future__ import annotations

import pytest

from support import converse


@pytest.mark.parametrize(("first", "correction"), [
    ("We have 25 full time employees, food processing (bento factory). How many No.1 trainees per year can we take?",
     "Oh sorry!! typo, it's 52 not 25. 25 was when we started in 2015 lol. so how many then?"),
    ("We have 25 full time employees. How many No.1 trainees can we take?",
     "sorry my mistake, 52 not 25. 25 was the number when we opened. how many then?"),
    ("We have 25 full time employees. How many No.1 trainees can we take?", "Oh sorry, typo: it's 52 not 25. so?"),
    ("弊社の常勤職員は25人です。技能実習1号は何人受け入れられますか",
     "すみません、25人ではなく52人でした。25人は2015年の創業時の人数です。では何人ですか？"),
])
def test_a_correction_explaining_the_old_value_reruns_with_the_new(bot, first: str, correction: str) -> None:
    reply = converse(bot, first, correction)
    calls = [c for c in reply.tool_calls if c.name == "trainee_quota"]
    assert calls and calls[0].args["full_time_employees"] == 52, (reply.tool_calls, reply.answer)
