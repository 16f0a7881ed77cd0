"""Class: a stage / ordinal label (No.2, No. 2, #2, stage 2, year 2, 2nd year, 第2号, 2号) names the plan or the
trainee's stage and is never a kind of work's hours: each kind keeps the figure written next to it."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()
PLAN = {"required_hours": 1000, "related_hours": 360, "peripheral_hours": 640}


@pytest.mark.parametrize("text", [
    "Reviewing a draft No.2 training plan for a client: required work 1000 h, related work 360 h, peripheral work "
    "640 h. Does this pass?",
    "for the No. 2 plan the required work is 1000 hours, related work 360 hours, peripheral work 640 hours",
    "stage 2 plan: required 1000h, related 360h, peripheral 640h",
    "2nd year plan, required 1000 h, related 360 h and peripheral 640 h",
    "our #2 plan has 1000 h required, 360 h related, 640 h peripheral",
    "required 1000 h, related 360 h, peripheral 640 h for year 2 trainees",
    "第2号技能実習の計画：必須業務1000時間、関連業務360時間、周辺業務640時間。大丈夫？",
    "2号の計画です。必須業務1000時間、関連業務360時間、周辺業務640時間",
])
def test_stage_label_is_no_hours(text: str) -> None:
    slots = UNDERSTANDER.parse(text).slots
    assert {k: slots.get(k) for k in PLAN} == PLAN
