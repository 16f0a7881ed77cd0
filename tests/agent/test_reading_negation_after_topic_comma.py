"""A comma after a topic particle ends no clause: 「優良な実習実施者の認定は、まだ受けておりません」 was read as excellent=True
(the comma after は cut the negation off its cue), so the excellent quotas were given to a standard organization.
The class: は、 / も、 between a fact and its negation, in any negated form; a comma after a clause-ending が / けど
still ends the clause, so a negation there belongs to the next fact."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()
HEAD = "弊社は金属プレス加工の会社で、常勤職員は45名です。"
ASK = "第1号技能実習生は何名まで受け入れられますか。"


@pytest.mark.parametrize("status", [
    "優良な実習実施者の認定は、まだ受けておりません。",
    "優良認定は、受けていません。",
    "優良認定も、取得しておりません。",
    "優良な実習実施者には、該当しません。",
])
def test_a_negation_after_a_topic_comma_negates(status: str) -> None:
    parsed = UNDERSTANDER.parse(HEAD + status + ASK)
    assert parsed.slots.get("excellent") is False, status
    assert parsed.slots.get("full_time_employees") == 45


@pytest.mark.parametrize("status", [
    "優良認定は、受けております。",
    "優良な実習実施者ですが、監理団体は一般監理団体ではありません。",
])
def test_the_affirmative_stays_excellent(status: str) -> None:
    assert UNDERSTANDER.parse(HEAD + status + ASK).slots.get("excellent") is True, status


@pytest.mark.parametrize("text", [
    "日本には、住んでいません。ベトナム国籍、25歳、N3です。JIPに応募できますか。",
    "日本には住んでいません。ベトナム国籍、25歳、N3です。JIPに応募できますか。",
])
def test_residence_negated_after_a_topic_comma(text: str) -> None:
    assert UNDERSTANDER.parse(text).slots.get("residing_in_japan") is False, text
