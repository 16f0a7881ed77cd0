"""Class: a course's practical part named by what it is made of (演習 / グループ発表 / ハンズオン / 実習 / ワークショップ /
グループワーク, exercises / group presentations / hands-on / workshops / group work), alone or joined (演習やグループ発表,
グループワークと発表), fills the practical-hours slot beside the course's total; the total's number never fills the
practical slot too (a number in another sentence is no keyword's pair)."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

ASK_JA = "Re-Skills講座の認定要件を満たしますか。"
ASK_EN = " Does it meet the Re-Skills certification requirements?"


@pytest.mark.parametrize("text", [
    "社会人向けのAI講座（全40時間、そのうち演習やグループ発表が24時間）を企画しています。" + ASK_JA,
    "AI講座は全40時間で、演習が24時間です。" + ASK_JA,
    "AI講座は全40時間で、ハンズオンが24時間です。" + ASK_JA,
    "AI講座は全40時間で、実習が24時間です。" + ASK_JA,
    "AI講座は全40時間で、ワークショップが24時間です。" + ASK_JA,
    "AI講座は全40時間で、グループワークと発表が24時間です。" + ASK_JA,
    "AI講座は40時間で、うち24時間がグループ発表です。" + ASK_JA,
    "Our AI course is 40 hours in total, of which 24 hours are exercises and group presentations." + ASK_EN,
    "Our AI course: 40 hours total, group presentations 24 hours." + ASK_EN,
    "Our AI course: 40 hours total, with 24 hours of hands-on workshops." + ASK_EN,
    "Our AI course is 40 hours in total including 24 hours of group work." + ASK_EN,
    "Our AI course is 40 hours; workshops take 24 hours." + ASK_EN,
    "Our AI course is 40 hours; exercises take 24 hours." + ASK_EN,
    "Our AI course is 40 hours. Hands-on takes 24 hours." + ASK_EN,
])
def test_the_practical_part_named_by_its_kind_fills_the_practical_hours(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert "reskills_course_check" in parsed.intents
    assert parsed.slots.get("total_hours") == 40
    assert parsed.slots.get("practical_hours") == 24
