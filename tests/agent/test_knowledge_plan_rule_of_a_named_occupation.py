"""Class: a rule question about who counts as a full-time employee that names an occupation with its own rule (nursing
care counts, per establishment, the staff whose main job is care; office staff and nurses doing nursing work are not
counted) is answered with that occupation's rule (responses ``knowledge.full_time_rule_nursing_care``), beside the
general definition; a question naming no occupation gets the general definition alone."""

from __future__ import annotations

import re

import pytest

from support import converse

NURSING_EN = r"(?i)main job is care[^\n]*not counted[^\n]*office staff[^\n]*nurses doing nursing work"
NURSING_JA = r"主に介護業務[^\n]*事務職員[^\n]*看護業務を行う看護師[^\n]*含まれません"


@pytest.mark.parametrize(("question", "pattern"), [
    ("介護施設を運営しています。介護職種で技能実習生を考えていますが、人数枠の「常勤職員」には事務スタッフや看護師も含めていいんでしょうか？",
     NURSING_JA),
    ("介護の技能実習生を受け入れたいです。常勤職員の数に事務員や看護師も入れてカウントしていいですか？", NURSING_JA),
    ("We run a nursing care home. For nursing care trainees, do office staff and nurses count as full-time employees "
     "for the quota?", NURSING_EN),
    ("For the nursing care occupation, can we include our office staff in the full-time employee count for the trainee "
     "quota?", NURSING_EN),
])
def test_nursing_care_named_gets_its_counted_staff(bot, question: str, pattern: str) -> None:
    reply = converse(bot, question)
    assert not reply.refused, reply.answer
    assert re.search(pattern, reply.answer), reply.answer
    assert "nursing.counted_staff" in reply.answer


@pytest.mark.parametrize("question", [
    "Do part-timers count as full-time employees for the trainee quota?",
    "人数枠の「常勤職員」に週20時間のパートも入れていいですか？",
])
def test_no_occupation_named_gets_the_general_definition_alone(bot, question: str) -> None:
    reply = converse(bot, question)
    assert "titp.fte.definition" in reply.answer, reply.answer
    assert "nursing.counted_staff" not in reply.answer
