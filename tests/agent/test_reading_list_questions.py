"""A question that asks for a list (一覧, どれ, "which fields", "list them") is a knowledge question even when the user
mentions their own course (batch f, class 6: "Re-Skillsの対象になる分野ってどれですか？うちの研修がIT系なので該当するか
見たくて、一覧でお願いします。" started the Re-Skills calculator). The class, generated over the list-asking forms, the
mention of one's own course, and both languages; a message that gives the course's hours still calculates.
"""

from __future__ import annotations

import itertools

import pytest

from bot.agent import nlu
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

JA_ASKS = ["Re-Skillsの対象になる分野ってどれですか？", "Re-Skillsの対象分野を一覧でお願いします。",
           "Re-Skillsはどの分野が対象ですか？", "Re-Skillsの対象分野は何ですか？", "Re-Skillsの対象講座のリストはありますか？"]
JA_OWN = ["うちの研修がIT系なので該当するか見たくて、一覧でお願いします。", "当社の講座はAI関連です。認定を受けられるか知りたいです。",
          "私たちの講座が対象になるか確認したいです。", ""]
EN_ASKS = ["Which fields does Re-Skills certification cover?", "Please give me the list of fields covered by Re-Skills.",
           "Could you list all the fields of the Re-Skills certification?", "Re-Skills: which of the fields are covered?"]
EN_OWN = ["Our course is IT, I want to see if it qualifies.", "We run an AI course and want to know if it is eligible.", ""]


@pytest.mark.parametrize("ask,own", list(itertools.product(JA_ASKS, JA_OWN)))
def test_a_list_question_is_knowledge_in_japanese(ask: str, own: str) -> None:
    parsed = UNDERSTANDER.parse(ask + own)
    assert not parsed.intents, ask + own
    assert nlu.RESKILLS not in parsed.implied


@pytest.mark.parametrize("ask,own", list(itertools.product(EN_ASKS, EN_OWN)))
def test_a_list_question_is_knowledge_in_english(ask: str, own: str) -> None:
    for text in (f"{ask} {own}".strip(), f"{own} {ask}".strip()):
        parsed = UNDERSTANDER.parse(text)
        assert not parsed.intents, text
        assert nlu.RESKILLS not in parsed.implied


@pytest.mark.parametrize("text", [
    "Re-Skillsの対象になりますか？うちの講座は40時間で実習20時間です。",
    "Does our course qualify for Re-Skills? 40 hours total, 20 hours practical.",
    "Which fields are covered? Our AI course is 40 hours with 20 hours of practice; does it qualify for Re-Skills?",
])
def test_a_course_with_its_hours_still_calculates(text: str) -> None:
    assert UNDERSTANDER.parse(text).intents == [nlu.RESKILLS]
