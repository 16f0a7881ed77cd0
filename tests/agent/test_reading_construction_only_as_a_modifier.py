"""An industry word that only modifies another business (materials FOR construction, a parts maker for construction
machines, a trader selling to builders: 「建設資材の加工工場を経営しています」, "we make parts for construction
companies") names no construction company, so the basic quota table applies; a company that builds (建設業, 建設会社,
工務店, "we're a construction firm") is the construction case. Before, any 建設 named the construction case."""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calls_named
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text", [
    "建設資材の加工工場を経営しています。常勤職員120名です。",
    "建設機械の部品メーカーです。常勤50名。",
    "建設会社に資材を卸している商社です。常勤40名です。",
    "We run a processing plant for construction materials, 120 staff.",
    "We make parts for construction companies, 50 full-time.",
    "We sell to construction firms and have 40 full-time employees.",
    "We are a construction materials supplier with 60 staff.",
])
def test_construction_as_a_modifier_is_no_construction_company(text: str) -> None:
    assert UNDERSTANDER.parse(text).slots.get("special_case") is None


@pytest.mark.parametrize("text", [
    "建設会社です。常勤30名。",
    "うちは建設業で、常勤20名です。",
    "工務店です。常勤8名です。",
    "We are a construction company with 30 staff.",
    "we're in construction, 20 people",
    "our construction company has 20 staff",
])
def test_a_company_that_builds_is_the_construction_case(text: str) -> None:
    assert UNDERSTANDER.parse(text).slots.get("special_case") == "construction"


def test_the_quota_of_a_materials_plant_is_computed(bot) -> None:
    reply = converse(bot, "建設資材の加工工場を経営しています。常勤職員１２０名（すみません、正しくは１１８名でした）、うちは優良な"
                          "実施者の認定を受けていて、監理団体も一般監理団体です。この場合、第1号・第2号・第3号それぞれ同時に何人まで"
                          "受け入れ可能ですか。")
    calls = calls_named(reply, "trainee_quota")
    assert calls and calls[0].args["full_time_employees"] == 118
    assert "special_case" not in calls[0].args or calls[0].args["special_case"] is None
