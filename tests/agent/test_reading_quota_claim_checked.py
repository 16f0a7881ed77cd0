"""A yes/no on the user's own quota arithmetic (pack act ``checks_quota_claim``: "18 x 10% = 1.8, rounded down to 1
trainee, is that right?", "so the limit is 4, right?", 「常勤45名なので3人まで、で合っていますか」) is a quota ask with the
facts stated: the tool's figures and findings (the rounding) check the claim. A yes/no on a rule with no count of the
user's ("the limit is 10% for small companies, right?") stays a knowledge ask, EN and JA."""

from __future__ import annotations

import pytest

from bot.agent import nlu
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text, count", [
    ("Care home, 18 full-time care workers. 18 x 10% = 1.8, rounded down to 1 trainee, is that right?", 18),
    ("常勤の介護職員18名です。18×10%＝1.8で、切り捨てて1名、で合っていますか？", 18),
    ("we have 45 staff so the limit is 4, right?", 45),
    ("常勤45名なので3人まで、で合っていますか", 45),
    ("We have 60 full-time employees, so we can take 6 trainees, correct?", 60),
    ("Our company has 120 full-time staff. The quota is 8, is that correct?", 120),
    ("常勤60名です。上限は6人ということでいいですか？", 60),
    ("常勤職員25名です。25×10%で2.5、切り上げて3名で正しいですか？", 25),
])
def test_a_yes_no_on_the_users_quota_arithmetic_is_a_quota_ask(text: str, count: int) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert nlu.QUOTA in (*parsed.intents, *parsed.implied)
    assert parsed.slots.get("full_time_employees") == count


@pytest.mark.parametrize("text", [
    "the limit is 10% for small companies, right?",
    "小規模の会社は上限が10%、で合っていますか？",
    "Fractions are rounded down, is that right?",
])
def test_a_yes_no_on_a_rule_with_no_count_runs_no_quota(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert "full_time_employees" not in parsed.slots
    assert nlu.QUOTA not in parsed.intents


@pytest.mark.parametrize("text", [
    "Care home, 18 full-time care workers. 18 x 10% = 1.8, rounded down to 1 trainee, is that right?",
    "常勤の介護職員18名です。18×10%＝1.8で、切り捨てて1名、で合っていますか？",
])
def test_the_reply_is_the_quota_with_its_rounding(bot, text: str) -> None:
    from support import converse

    reply = converse(bot, text)
    call = next(c for c in reply.tool_calls if c.name == "trainee_quota")
    assert call.args["full_time_employees"] == 18 and call.args["occupation"] == "nursing_care"
    assert call.result["no1_at_once"] == 2
    assert "1.8" in reply.answer
