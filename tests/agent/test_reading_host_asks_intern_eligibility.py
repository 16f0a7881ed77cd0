"""Class: a host asks whether a person it describes can be accepted as a JIP intern (「うちの工場でアルバイトしてくれている
ネパール人の留学生（24歳、N2）…JIPのインターン生として受け入れることはできますか」, "a Vietnamese student doing arubaito at our
shop, 25, N3, could we take her as a JIP intern?"): the eligibility check runs on that person's facts, and working
part-time at the host's own business or being a 留学生 / a student in Japan means living in Japan now: not eligible."""

from __future__ import annotations

import pytest

from support import converse
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

HOST_ASKS = [
    ("うちの工場でアルバイトしてくれているネパール人の留学生（24歳、N2）がいるんですが、JIPのインターン生として受け入れることはできますか？"
     "本人も乗り気です。", {"nationality": "Nepal", "age": 24, "jlpt_level": "N2"}),
    ("弊社の店舗でバイトをしているベトナム人の留学生（25歳、N3）を、JIPのインターンとして受け入れることは可能ですか？",
     {"nationality": "Viet Nam", "age": 25, "jlpt_level": "N3"}),
    ("a Vietnamese student doing arubaito at our shop, 25, N3, could we take her as a JIP intern?",
     {"nationality": "Viet Nam", "age": 25, "jlpt_level": "N3"}),
    ("There is a Nepali guy working part-time at our factory, 24, JLPT N2. Can we take him as a JIP intern?",
     {"nationality": "Nepal", "age": 24, "jlpt_level": "N2"}),
]


@pytest.mark.parametrize(("text", "facts"), HOST_ASKS)
def test_the_person_described_is_the_applicant_living_in_japan(text: str, facts: dict) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert {k: parsed.slots.get(k) for k in facts} == facts, parsed
    assert parsed.slots.get("residing_in_japan") is True


@pytest.mark.parametrize(("text", "facts"), HOST_ASKS)
def test_the_eligibility_check_runs_and_says_not_eligible(bot, text: str, facts: dict) -> None:
    reply = converse(bot, text)
    calls = [c for c in reply.tool_calls if c.name == "jip_eligibility"]
    assert calls, (reply.tool_calls, reply.answer)
    assert {k: calls[0].args.get(k) for k in facts} == facts
    assert calls[0].args.get("residing_in_japan") is True
    assert any(w in reply.answer for w in ("できません", "not eligible", "cannot apply", "can't apply")), reply.answer


@pytest.mark.parametrize("text", [
    "元留学生で、今はハノイに住んでいます。25歳、N3です。JIPに応募できますか？",
])
def test_a_former_student_living_abroad_is_not_read_as_living_in_japan(text: str) -> None:
    assert UNDERSTANDER.parse(text).slots.get("residing_in_japan") is not True
