"""A course whose total is stated as its length, with its title or several words between ("a 60-hour 'AI for engineers'
course: 36h of lectures, 24h of hands-on labs", "a 40-hour “Cloud basics” program, 18 hours of exercises", 「60時間の
講座で、講義36時間・演習24時間」): the length is the total; the lectures' hours written after the course word ("course:
36h of lectures", "the program has 36h of lectures") are a part, never the total (en6t-23 ran on a total of 36)."""

from __future__ import annotations

import pytest

from tests.agent.reading_checks import last_calculator_call, slots_of

LENGTHS = [
    ("en", "Planning a 60-hour 'AI for engineers' course: 36h of lectures, 24h of hands-on labs plus a final "
           "presentation (the presentation is inside the 24h). Can it get Re-Skills certification?", 24, 60),
    ("en", "a 60-hour \"Python basics\" course: 36h of lectures, 24h of labs. reskills ok?", 24, 60),
    ("en", "We plan a 40-hour “Data science for managers” class with 18 hours of exercises. Is it eligible for "
           "Re-Skills?", 18, 40),
    ("en", "our 60-hour cloud engineering program has 36h of lectures and 24h of labs. reskills ok?", 24, 60),
    ("en", "We plan a 40-hour course, 18 hours of exercises. Is it eligible for Re-Skills?", 18, 40),
    ("ja", "60時間の講座で、講義36時間・演習24時間です。リスキル講座の認定を受けられますか？", 24, 60),
    ("ja", "「AIエンジニア入門」という60時間の講座で、講義36時間・演習24時間です。リスキルの認定は受けられますか？", 24, 60),
    ("ja", "60時間の「AI入門」講座：講義36時間、演習24時間。リスキル講座になりますか？", 24, 60),
]


@pytest.mark.parametrize(("lang", "text", "practical", "total"), LENGTHS,
                         ids=[f"{lang}-{i}" for i, (lang, *_) in enumerate(LENGTHS)])
def test_the_courses_length_is_its_total(lang: str, text: str, practical: int, total: int) -> None:
    slots = slots_of(text)
    assert (slots.get("practical_hours"), slots.get("total_hours")) == (practical, total)


@pytest.mark.parametrize("text", [LENGTHS[0][1], LENGTHS[5][1]], ids=["en", "ja"])
def test_the_check_runs_on_the_length(bot, text: str) -> None:
    call = last_calculator_call(bot, [text])
    assert call.name == "reskills_course_check"
    assert (call.args["practical_hours"], call.args["total_hours"]) == (24, 60)
