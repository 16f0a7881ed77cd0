"""Class: asks joined by と / と、 between noun phrases, each naming what it asks (対象分野と、実習の割合の要件を教えて: the
covered fields, then the practical share; "what fields and what share of practice are required?"), are one ask each:
the first is answered by its own unit (the fields of the first certification), not left to the requirements list that
states the share and mentions occupations in passing. The fields passage, outranked by the requirements, is searched
beside them (vocabulary ``part_searches``). Two programs joined by と (技能実習と特定技能の違い) name no ask."""

from __future__ import annotations

import pytest

from tests.agent.each_asking_part import answered

FIELDS = r"AI, IoT|IoT"
SHARE = r"50\s*%|50％"


@pytest.mark.parametrize("question", [
    "Reスキル講座の対象分野と、実習の割合の要件を教えてください。",
    "Reスキル講座の対象分野と実習の割合の要件を教えて",
    "第四次産業革命スキル習得講座の対象分野と、実習の割合についての要件を教えてください。",
    "Which fields are covered by Re-Skills courses and what percentage of practical training is required?",
    "For Re-Skills courses, what fields and what share of practice are required?",
])
def test_fields_and_practical_share_are_both_answered(bot, question: str) -> None:
    answered(bot, question, FIELDS, SHARE)


def test_the_joints_are_read_from_the_catalog() -> None:
    from bot.answers.types import AnswerTypes

    types = AnswerTypes.load()
    assert types.ask_joints("対象分野と、実習の割合") == [len("対象分野と、")]
    assert types.ask_joints("対象分野と実習の割合") == [len("対象分野と")]
