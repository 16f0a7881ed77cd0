"""A quota asked with the counter 名 instead of 人 (「第一号は何名まで」「全体では同時に何名まで」), with the stage written in
kanji (第一号, 第三号) and the headcount in kanji numerals (二十五名), is the trainee quota: it ran no calculator (only a
search). The stage's numeral is no count."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()
CARE = {"full_time_employees": 25, "occupation": "nursing_care", "excellent": True, "supervisor_excellent": True}


@pytest.mark.parametrize("text", [
    "監理団体（一般監理団体です）の担当者です。傘下の介護施設が優良な実習実施者の認定を受けています。常勤の介護職員は二十五名。"
    "第一号は何名まで、第三号まで含めた全体では同時に何名までになりますか？",
    "一般監理団体です。傘下の介護施設は優良な実習実施者です。常勤の介護職員は25名。第1号は何名まで受け入れられますか。",
    "一般監理団体の職員です。優良な実習実施者の介護施設で、常勤の介護職員は２５名です。実習生は全体で何名まで在籍できますか。",
    "一般監理団体です。介護施設（優良な実習実施者）の常勤介護職員は二十五名です。第二号の上限は何名ですか。",
])
def test_a_quota_asked_in_names_is_the_quota(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert "trainee_quota" in parsed.intents, parsed.intents
    assert {k: parsed.slots.get(k) for k in CARE} == CARE, parsed.slots


@pytest.mark.parametrize("text", [
    "常勤職員は40名です。第一号は何名まで受け入れられますか。",
    "常勤職員は40人です。第一号は何人まで受け入れられますか。",
    "常勤職員40名の会社です。技能実習生は何名まで受け入れ可能でしょうか。",
])
def test_the_counter_does_not_change_the_ask(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert "trainee_quota" in parsed.intents and parsed.slots.get("full_time_employees") == 40, parsed
    assert parsed.numbers == [40.0]
