"""Class: a follow-up whose pronoun stands for the previous turn's subject ("so what do we actually have to do to get
it included? is it automatic or not" after "... Does that mean our students automatically get MHLW's training
benefits?"): it names no subject of its own, so its search keeps the previous question's words (MHLW's benefits
system), not only the program's (knowledge_plan.stands_for_previous, pack act ``refers_to_previous``); and a word the
yes/no lead answers ("automatic", 自動: "Not automatically: ... needed separately") is no subject the documents leave
unmentioned (compose._without_answered_words, limits.answered_word) (en7a-06)."""

from __future__ import annotations

import re

import pytest

from bot.agent.conversation import DialogueState
from bot.agent.knowledge_plan import stands_for_previous
from tests.agent.each_asking_part import answered

LEAD = {"en": r"^Not automatically: the documents say an application is needed separately \(with MHLW\)",
        "ja": r"^自動的にはなりません。資料では、厚生労働省[^。]*別途の申請が必要"}
UNMENTIONED = r"(?i)do not mention automatic|「自動」についての記載はありません"

FIRST_EN = ("We are a private IT school. Our AI/IoT course got certified as a Re-Skills course by METI. Does that mean "
            "our students automatically get MHLW's training benefits?")


@pytest.mark.parametrize("lang,turns", [
    ("en", [FIRST_EN, "so what do we actually have to do to get it included? is it automatic or not"]),
    ("en", ["Our course is certified under Re-Skills. Do our students automatically get MHLW's training benefits?",
            "ok, so how do we get it included then?"]),
    ("en", ["Once a course is Re-Skills certified, is it automatically covered by MHLW's Training and Education "
            "Benefits?", "so is it automatic or do we have to do something?"]),
    ("ja", ["当校のAI講座がReスキル講座に認定されました。受講生は自動的に厚労省の教育訓練給付を受けられますか？",
            "で、それに入れてもらうには実際何をすればいいの？自動なの？"]),
])
def test_the_follow_up_is_answered_of_the_previous_subject(bot, lang: str, turns: list[str]) -> None:
    answer = answered(bot, turns, LEAD[lang])
    assert not re.search(UNMENTIONED, answer), answer[:300]


@pytest.mark.parametrize("text,previous,expected", [
    ("so what do we actually have to do to get it included? is it automatic or not", FIRST_EN, True),
    ("ok, so how do we get it included then?", FIRST_EN, True),
    ("で、それに入れてもらうには実際何をすればいいの？自動なの？", "受講生は自動的に厚労省の教育訓練給付を受けられますか？", True),
    # a follow-up naming a subject of its own keeps its own search
    ("and if e-gov doesn't work, where can we send them?", FIRST_EN, False),
    ("and do they need a visa?", FIRST_EN, False),
    # no previous question: nothing to stand for
    ("so what do we actually have to do to get it included?", "", False),
])
def test_stands_for_previous(bot, text: str, previous: str, expected: bool) -> None:
    from bot.agent.steps import Turn

    turn = Turn(understander=bot.understander, responses=bot.responses, selector=bot.selector, task_registry=bot.tasks)
    state = DialogueState(last_topic=previous)
    assert stands_for_previous(text, turn.parse(text), state, turn) is expected
