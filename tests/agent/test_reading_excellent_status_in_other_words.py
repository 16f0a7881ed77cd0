"""The excellent status said in other words, and the supervising organization's type (RULES: the doubled limits and No.3
need an excellent implementing organization under an excellent, 一般, supervising organization):

- the status the supervising organization tells the company (「監理団体から『御社は優良な実習実施者の基準（配点の6割以上）を
  満たしている』と言われました」) is the company's own, not the supervisor's; the criterion itself (6割以上 of the points,
  "65% of the points") says excellent;
- a 'specific' (特定, tokutei) supervising organization is not an excellent one ("our supervising organisation is only a
  'specific' one, not the general/excellent type"); 一般 / "general" is.

Before, the first was read as the supervisor's status (excellent=false) and "specific" was no type."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize(("text", "excellent", "supervisor"), [
    ("プラスチック成形の会社です。常勤社員は120名です。先日、監理団体から「御社は優良な実習実施者の基準（配点の6割以上）を満たして"
     "いる」と言われました。ちなみに監理団体は一般監理団体です。1号・2号・3号は何人まで？", True, True),
    ("常勤120名です。評価の点数が6割を超えました。監理団体は特定監理団体です。3号はいけますか？", True, False),
    ("常勤120名です。監理団体は優良ですが、うちは優良ではありません。", False, True),
    ("Hello. My company (75 full-time workers) has passed the excellence self-assessment with more then 60% points. But "
     "our supervising organisation is only a 'specific' one, not the general/excellent type. What are our limits?",
     True, False),
    ("We have 120 full-time staff. Our supervising org said we scored 65% of the points in the evaluation, and it is a "
     "general supervising organization. How many No.3?", True, True),
    ("We are excellent, 80 full-time staff, but our supervising organization is a specific one. Can we take No.3?",
     True, False),
])
def test_the_status_and_the_supervisors_type(text: str, excellent: bool, supervisor: bool) -> None:
    slots = UNDERSTANDER.parse(text).slots
    assert slots["excellent"] is excellent
    assert slots["supervisor_excellent"] is supervisor


@pytest.mark.parametrize(("turn", "args", "said"), [
    ("プラスチック成形の会社です。常勤社員は120名です。先日、監理団体から「御社は優良な実習実施者の基準（配点の6割以上）を満たして"
     "いる」と言われました。ちなみに監理団体は一般監理団体です。この場合、1号・2号・3号はそれぞれ同時に何人まで受け入れられますか？",
     {"full_time_employees": 120, "excellent": True, "supervisor_excellent": True}, ["40人", "60人"]),
    ("Hello. My company (75 full-time workers) has passed the excellence self-assessment with more then 60% points. But "
     "our supervising organisation is only a 'specific' one, not the general/excellent type. Can we still use the "
     "doubled numbers and take No.3 trainees? What are our limits then?",
     {"full_time_employees": 75, "excellent": True, "supervisor_excellent": False}, ["No.3 trainees are not allowed"]),
])
def test_the_quota_runs_with_both_statuses(bot, turn: str, args: dict, said: list[str]) -> None:
    from support import converse

    reply = converse(bot, turn)
    call = next(c for c in reply.tool_calls if c.name == "trainee_quota")
    assert {k: call.args.get(k) for k in args} == args
    assert all(s in reply.answer for s in said)
