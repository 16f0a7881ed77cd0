"""Class: a hypothetical follow-up changing one fact of the last check ("what if it were a basic IT skills course with the
same time split?", 「もし同じ時間配分で、中身が基礎的なITスキルの講座だったらどうですか？」) re-runs that check with the same
figures and the changed fact; words that name another calculator only in pointing back ("same time split", 「時間配分」)
start no other calculation."""

from __future__ import annotations

import pytest

from support import converse

FIRST = {
    "ja": "データサイエンスの講座で、総時間60時間のうち演習が36時間です。Re-Skills講座の要件はクリアしてますか？",
    "en": "our data science course is 60 hours total with 36 hours of practice. does it meet the Re-Skills requirements?",
}


@pytest.mark.parametrize(("lang", "follow_up"), [
    ("ja", "もし同じ時間配分で、中身がWordやExcelの基本操作みたいな基礎的なITスキルの講座だったらどうですか？"),
    ("ja", "同じ時間配分で、基礎的なITスキルの講座だったら？"),
    ("en", "what if it were a basic IT skills course (Word, Excel) with the same time split?"),
    ("en", "same hours but a basic Excel course?"),
])
def test_the_check_runs_again_with_the_changed_fact(bot, lang: str, follow_up: str) -> None:
    reply = converse(bot, FIRST[lang], follow_up)
    calls = [c for c in reply.tool_calls if c.name == "reskills_course_check"]
    assert calls, (reply.tool_calls, reply.answer)
    assert calls[-1].args["basic_it_only"] is True and calls[-1].args["total_hours"] == 60, calls[-1].args
    assert not [c for c in reply.tool_calls if c.name == "training_time_split"]
