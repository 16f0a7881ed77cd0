"""Class: a value said as the one meant, the apology before it stripped as a filler (「すみません、28名でした」, 「あ、28名の
間違いでした」, 「28人でした」, "sorry, it was 28"): after a quota answer it corrects the count and re-runs the quota, and a
hypothetical asked next ("優良になったら？") still follows the task. A count said in the past inside a longer statement
(「去年は28名でしたが、今は35名です」) is no correction of this kind."""

from __future__ import annotations

import pytest

from support import converse
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text", ["すみません、28名でした。", "あ、28名の間違いでした", "28人でした", "えっと、28名でした",
                                  "ごめんなさい、28名です", "sorry, it was 28.", "oops my mistake, 28 not 25"])
def test_a_value_said_as_the_one_meant_is_a_correction(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.correction and 28.0 in parsed.numbers, parsed


@pytest.mark.parametrize("first, second", [
    ("うちは常勤25名の会社です。実習生は何人受け入れられますか？", "すみません、28名でした。"),
    ("うちは常勤25名の会社です。実習生は何人受け入れられますか？", "あ、28名の間違いでした"),
    ("正社員25人の工場です。技能実習生の枠は？", "28人でした"),
    ("We have 25 full-time employees. How many trainees can we take?", "sorry, it was 28."),
])
def test_the_value_meant_reruns_the_quota_and_a_hypothetical_follows(bot, first: str, second: str) -> None:
    hypothetical = "優良になったら？" if "実習生" in first else "what if we become an excellent organization?"
    reply = converse(bot, first, second, hypothetical)
    calls = [c for c in reply.tool_calls if c.name == "trainee_quota"]
    assert calls and calls[-1].args["full_time_employees"] == 28 and calls[-1].args["excellent"] is True, (
        reply.tool_calls, reply.answer)


def test_a_count_in_the_past_inside_a_statement_is_no_correction() -> None:
    parsed = UNDERSTANDER.parse("去年は28名でしたが、今は35名です。")
    assert not parsed.correction
