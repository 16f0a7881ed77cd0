"""A negation in a humble or polite form negates the status it follows (「優良な実習実施者の認定は受けておりません」 was read
as excellent=True: the longer verb ending put ません past the reach of the negation). Plain, polite and humble forms
(受けていません, 受けておりません, 取得しておりません, ではございません, 認定なし) all negate; the affirmative forms do not.
A comma after a topic particle ends no clause (「認定は、まだ受けておりません」 was read as excellent: the comma after は cut
the negation off its cue); a comma after a clause-ending が still ends the clause, so a negation there is the next fact's."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()
HEAD = "弊社は金属プレス加工の会社で、常勤職員は45名です。"
ASK = "第1号技能実習生は何名まで受け入れられますか。"


@pytest.mark.parametrize("status", [
    "優良な実習実施者の認定は受けておりません。",
    "優良な実習実施者の認定は受けていません。",
    "優良な実習実施者の認定を取得しておりません。",
    "弊社は優良な実習実施者ではございません。",
    "優良な実習実施者の認定は頂いておりません。",
    "優良認定なし。",
    "優良な実習実施者の認定を受けているわけではございません。",
    "優良な実習実施者の認定は、まだ受けておりません。",
    "優良認定は、受けていません。",
    "優良認定も、取得しておりません。",
    "優良な実習実施者には、該当しません。",
])
def test_a_polite_negation_negates_excellence(status: str) -> None:
    parsed = UNDERSTANDER.parse(HEAD + status + ASK)
    assert parsed.slots.get("excellent") is False, status
    assert parsed.slots.get("full_time_employees") == 45


@pytest.mark.parametrize("status", [
    "優良な実習実施者の認定を受けております。",
    "優良な実習実施者の認定を取得しております。",
    "弊社は優良な実習実施者でございます。",
    "優良認定は、受けております。",
    "優良な実習実施者ですが、監理団体は一般監理団体ではありません。",
])
def test_the_affirmative_polite_form_stays_excellent(status: str) -> None:
    assert UNDERSTANDER.parse(HEAD + status + ASK).slots.get("excellent") is True, status


@pytest.mark.parametrize("text", [
    "介護職種ではございません。常勤職員は20名です。第1号は何名まで受け入れられますか。",
    "介護職種ではありません。常勤職員は20名です。第1号は何名まで受け入れられますか。",
])
def test_a_polite_negation_negates_the_occupation(text: str) -> None:
    assert UNDERSTANDER.parse(text).slots.get("occupation") == "general", text


@pytest.mark.parametrize("text", [
    "日本には、住んでいません。ベトナム国籍、25歳、N3です。JIPに応募できますか。",
    "日本には住んでいません。ベトナム国籍、25歳、N3です。JIPに応募できますか。",
])
def test_residence_negated_after_a_topic_comma(text: str) -> None:
    assert UNDERSTANDER.parse(text).slots.get("residing_in_japan") is False, text
