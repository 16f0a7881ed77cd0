"""どこまで asks how far (an extent), not where: "枠はどこまで増えますか" after a quota answer, with the hypothetical
status it names (優良, 一般監理団体), runs the quota again with it; it had been read as a place question and refused as
"the documents do not mention 将来". どこ alone (送り先はどこ) still asks a place, and どこまで認められますか with no figures
still asks the rule's limit."""

from __future__ import annotations

import pytest

from support import converse
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("follow_up", [
    "もし将来、うちが優良な実習実施者になって、監理団体も一般監理団体だったら、枠はどこまで増えますか？",
    "優良認定を取って、監理団体も一般監理団体なら、どこまで増やせますか？",
])
def test_how_far_the_quota_grows_reruns_the_quota(bot, follow_up: str) -> None:
    reply = converse(bot, "常勤１００人の金属加工会社です。技能実習生の受入れ枠を教えてください。", follow_up)
    call = next(c for c in reply.tool_calls if c.name == "trainee_quota")
    assert call.args["full_time_employees"] == 100 and call.args["excellent"] is True
    assert not reply.refused and "12" in reply.answer and "36" in reply.answer


@pytest.mark.parametrize(("text", "knowledge"), [
    ("枠はどこまで増えますか？", False),
    ("申請書類はどこに送ればいいですか", True),
    ("送り先はどこですか", True),
    ("周辺業務はどこまで認められますか？", True),
])
def test_where_and_how_far(text: str, knowledge: bool) -> None:
    assert UNDERSTANDER.parse(text).asks_knowledge is knowledge
