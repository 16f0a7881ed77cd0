"""Class: a unit that states a move ("only the two fields of “construction” and “shipbuilding” can be transferred
from No. 1") is about where the move leads: asked about No. 2's fields, it is no sibling's unit (the origin of the
move, No. 1, is no qualifier of it: ``sibling_origin`` in knowledge/answer_types.yaml). (As the later ask of a
message: tests/agent/test_need_asked_first_of_several_asks.py.)"""

from __future__ import annotations

import pytest

from bot.answers.select import UnitRanker
from bot.answers.units import build_units, encode_units
from bot.contracts import Passage
from tests.knowledge import repo_analyzer

SSW = ("The revised Immigration Control Act came into effect on April 1, 2019, and a new status of residence, "
       "“Specific Skills,” has been established. There are two types of “Specific Skills.”\n\n"
       "“Specific Skill No. 1” can work for 5 years only in the field by passing the “Technical "
       "Examination” and the “Japanese Language Examination” imposed for each field of 14 industries, "
       "or by successfully completing Technical Intern Training No. 2. It is a qualification to become.\n\n"
       "Specific Skill No. 2 is a qualification that can be transferred to those who have completed “Specific "
       "Skill No. 1.”\n\n"
       "Currently, only the two fields of “construction” and “shipbuilding / ship industry” can be transferred "
       "from No. 1.\n\n"
       "Because the renewal of “Specific Skill No. 2” is indefinite, a foreign immigrant will be able to "
       "stay in Japan as there is a place of employment.")
FIELDS = "only the two fields of “construction”"


def _passage() -> Passage:
    section = "Related Information > Specific Skill System"
    return Passage(chunk_id="w::ssw", doc_id="w", title="Doc", section=section, program="ssw", text=SSW,
                   units=encode_units(build_units(SSW, section)))


@pytest.fixture(scope="module")
def ranker() -> UnitRanker:
    return UnitRanker(repo_analyzer())


def _quoted(ranker: UnitRanker, question: str) -> str:
    selection = ranker.select(question, [_passage()])
    assert not selection.refused, question
    return " ".join(text for _, texts in selection.picked for text in texts)


@pytest.mark.parametrize("question", [
    "Which fields can move to Specific Skill No. 2?",
    "what fields can ssw no.2 workers be in?",
    "特定技能2号に進める分野ってどこ？",
    "特定技能2号の対象分野はどこですか？",
])
def test_the_fields_a_move_leads_to_answer_the_destinations_fields(ranker: UnitRanker, question: str) -> None:
    assert FIELDS in _quoted(ranker, question), question
