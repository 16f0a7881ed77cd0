"""Class: a follow-up telling a changed situation and asking what changes ("sorry im graduate now. what change?",
"what's different then?", 「もう卒業しました。何が変わりますか」) asks the previous question again for the new situation: the
previous question's words are searched with it (the graduates' documents: a certificate of graduation and a letter of
recommendation), and the asking words ("change") are never named as what the documents do not mention."""

from __future__ import annotations

import pytest

from tests.agent.each_asking_part import answered

_FIRST = "I am student in university in kenya. for the JIP what papers i need from my university?"
_FIRST_JA = "ケニアの大学の学生です。JIPに応募するには大学からどんな書類が必要ですか？"


@pytest.mark.parametrize("follow_up", [
    "sorry i finish my degree in june 2024 already so im graduate now. what change?",
    "Actually I already graduated last year. What's different then?",
    "oh wait, I graduated in March. does that change anything?",
])
def test_a_changed_situation_asks_the_previous_question_again(bot, follow_up: str) -> None:
    answer = answered(bot, [_FIRST, follow_up], r"(?i)certificate of graduation", r"(?i)recommendation")
    assert "mention change" not in answer and "mention different" not in answer


@pytest.mark.parametrize("follow_up", [
    "すみません、実はもう2024年6月に卒業しました。何が変わりますか？",
    "もう卒業済みなんですが、何か違いますか？",
    "実は今年3月に卒業しました。何が変わるんでしょうか？",
])
def test_a_changed_situation_asks_the_previous_question_again_ja(bot, follow_up: str) -> None:
    answered(bot, [_FIRST_JA, follow_up], r"卒業証明書|certificate of graduation", r"推薦状|recommendation")
