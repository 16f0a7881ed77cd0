"""A quota question that checks the user's own guess of the result ("so we can take 6?", ６人入れられるってこと？,
実習生は10人受け入れられますか) with the headcount stated runs the trainee quota on the headcount; the guessed result is
never read as the headcount, and the reply gives the real limits."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text, headcount", [
    ("社員５人（全員常勤）の食品加工会社です。優良認定をもらっていて、監理団体も一般監理団体。優良だと枠が倍になるって"
     "聞いたんですけど、じゃあうちは1号を６人入れられるってこと？2号と3号も教えてほしい。", 5),
    ("常勤5人、優良です。1号は6人受け入れられますか？", 5),
    ("常勤職員は40人です。実習生を10人入れられるってこと？", 40),
    ("5 full-time staff here, certified excellent with an excellent supervising org. That means we can accept 6 No.1 "
     "interns, right?", 5),
    ("We have 12 full time employees. Does that mean we can bring in 3 trainees per year?", 12),
])
def test_a_guessed_result_runs_the_quota_on_the_headcount(text: str, headcount: int) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert "trainee_quota" in parsed.intents
    assert parsed.slots.get("full_time_employees") == headcount


def test_a_guess_with_no_headcount_is_no_headcount() -> None:
    parsed = UNDERSTANDER.parse("優良です。1号を6人入れられますか？")
    assert parsed.slots.get("full_time_employees") is None


def test_the_reply_gives_the_real_limits(bot) -> None:
    from support import converse

    reply = converse(bot, "社員５人（全員常勤）の会社です。優良認定をもらっていて、監理団体も一般監理団体。"
                          "じゃあうちは1号を６人入れられるってこと？2号と3号も教えてほしい。")
    calls = [c for c in reply.tool_calls if c.name == "trainee_quota"]
    assert calls and calls[0].args.get("full_time_employees") == 5
    assert calls[0].args.get("excellent") is True and calls[0].args.get("supervisor_excellent") is True
    for limit in ("5人", "10人", "15人"):
        assert limit in reply.answer
