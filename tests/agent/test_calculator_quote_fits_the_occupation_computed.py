"""A calculated quota's supporting quote fits the occupation computed (tasks.yaml trainee_quota context ``quote``): a
general occupation is shown by the footnote on who counts as a full-time employee, never by nursing care's limit for
small recipients; a nursing-care quota by that limit."""

from __future__ import annotations

import pytest

from support import converse

FOOTNOTE = "does not include technical intern trainees"
NURSING_LIMIT = "limited to 10% of the number of full-time employees"


@pytest.mark.parametrize("question", [
    "we are food processing company in Shizuoka, 62 full time staff (trainees not included). how many technical intern "
    "trainees can we take?",
    "We have 20 full-time employees. How many trainees can we accept?",
    "食品加工会社の人事です。国内の常勤社員は330人です。技能実習1号と2号の同時受け入れの上限はそれぞれ何人ですか？",
    "常勤職員45人の製造業です。技能実習生は何人受け入れられますか？",
])
def test_general_occupation_quota_quotes_the_footnote_on_who_counts(bot, question: str) -> None:
    reply = converse(bot, question)
    assert any(call.name == "trainee_quota" for call in reply.tool_calls), reply.tool_calls
    assert FOOTNOTE in reply.answer and NURSING_LIMIT not in reply.answer, reply.answer


@pytest.mark.parametrize("question", [
    "We run a nursing home with 25 full-time care staff. How many technical intern trainees can we take?",
    "介護施設です。介護職の常勤は20人。技能実習生は何人まで？",
])
def test_nursing_care_quota_quotes_the_nursing_limit(bot, question: str) -> None:
    reply = converse(bot, question)
    assert any(call.name == "trainee_quota" and call.args.get("occupation") == "nursing_care"
               for call in reply.tool_calls), reply.tool_calls
    assert NURSING_LIMIT in reply.answer, reply.answer
