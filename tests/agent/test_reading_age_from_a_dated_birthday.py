"""Class: an age from "turned N in <month> <year>" (「<年>年<月>月にN歳になった」) is the age on the rule's reference date
(JIP: 2024-08-01): turned N after that day is N-1 on it, before it N, and the birth month is said; a birthday in the
reference month itself leaves the age as typed (with the note that it was dated)."""

from __future__ import annotations

import pytest

from support import converse
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize(("text", "age"), [
    ("my friend from Nepal turned 18 in september 2024. could she apply for that year?", 17),
    ("she turned 18 in september 2024. could she apply?", 17),
    ("I turned 41 in October 2024, could I apply for FY2024?", 40),
    ("I turned 41 in May 2024, can I still apply?", 41),
    ("友達（ネパール人）は2024年9月に18歳になりました。その年に応募できましたか？", 17),
    ("私は2024年5月に41歳になりました。応募できますか？", 41),
    ("私は2024年10月に41歳になりました。2024年度に応募できましたか？", 40),
])
def test_the_age_on_the_reference_date(text: str, age: int) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.slots.get("age") == age, parsed.slots
    assert any(key == "reading.birth_date" for key, _ in parsed.notes)


def test_a_birthday_in_the_reference_month_keeps_the_age_typed() -> None:
    parsed = UNDERSTANDER.parse("I turned 18 in August 2024, can I apply?")
    assert parsed.slots.get("age") == 18


def test_the_check_uses_the_age_on_the_reference_date(bot) -> None:
    reply = converse(bot, "jip age limit?",
                     "my friend from Nepal turned 18 in september 2024. could she apply for that year?")
    calls = [c for c in reply.tool_calls if c.name == "jip_eligibility"]
    assert calls and calls[-1].args["age"] == 17, (reply.tool_calls, reply.answer)
