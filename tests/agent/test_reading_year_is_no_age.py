"""A year ("2019年度に一度参加", "2019年に参加したのは", "in FY2019", "the 2019 internship") is never the lone number of a
reply: it never fills the age (or any count) a correction refers to. A participation named before and then corrected as
another program ("2019年に参加したのは別の民間のインターンシップで、JIPは今回が初めて", "the 2019 one was a different internship, not
JIP") clears the years participated, and the verdict says the applicant has not taken part. Before, ja5h-15's second turn
gave age=2019 and the tool errored."""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calls_named, slots_of
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text", [
    "すみません、確認したら2019年に参加したのは別の民間のインターンシップで、JIPは今回が初めてだそうです。",
    "2019年度に行ったのは民間のインターンでした。JIPではありません。",
    "Sorry, the FY2019 one was a different internship, not JIP.",
    "Correction: the 2019 internship was a private company one, it wasn't JIP. Can I apply?",
])
def test_a_year_is_no_number_a_reply_gives(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert 2019 not in parsed.numbers and 2019.0 not in parsed.numbers, parsed.numbers
    assert "age" not in parsed.slots


@pytest.mark.parametrize("text", [
    "すみません、確認したら2019年に参加したのは別の民間のインターンシップで、JIPは今回が初めてだそうです。",
    "2019年度に行ったのは民間のインターンでした。JIPではありません。",
    "Sorry, the FY2019 one was a different internship, not JIP.",
    "Correction: the 2019 internship was a private company one, it wasn't JIP.",
])
def test_a_participation_corrected_as_another_program_is_none(text: str) -> None:
    assert slots_of(text).get("participated_fiscal_years") == []


@pytest.mark.parametrize("text,years", [
    ("2019年度に一度参加したことがあるそうです", [2019]),
    ("I did the JIP internship in FY2022 already.", [2022]),
])
def test_a_participation_year_is_still_read(text: str, years: list[int]) -> None:
    assert slots_of(text).get("participated_fiscal_years") == years


@pytest.mark.parametrize("first,second", [
    ("インドネシア国籍、38歳、ジャカルタ在住の方です。英語は仕事で普通に使っているレベルで、JLPTはN4です。2019年度に一度参加したこと"
     "があるそうです。JIPに応募できますか？",
     "すみません、確認したら2019年に参加したのは別の民間のインターンシップで、JIPは今回が初めてだそうです。それなら応募できますか？"),
    ("I'm Indonesian, 38, living in Jakarta, English fluent, JLPT N4. I took part in the JIP in FY2019. Can I apply?",
     "Sorry, I checked: the FY2019 one was a different internship, not JIP. Can I apply then?"),
])
def test_the_corrected_participation_keeps_the_age(bot, first: str, second: str) -> None:
    reply = converse(bot, first, second)
    calls = calls_named(reply, "jip_eligibility")
    assert calls, reply.tool_calls
    args = calls[-1].args
    assert args["age"] == 38 and args["participated_fiscal_years"] == [], args
    assert "2019" not in reply.answer.split("\n\n")[0] or "FY2016" in reply.answer, reply.answer
