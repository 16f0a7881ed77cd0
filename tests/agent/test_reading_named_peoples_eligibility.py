"""The eligibility of people the user names ("We also have some Chinese international students. Can they apply?") is
checked with their nationality; another program named (specified skilled worker, Re-Skills) runs no JIP check."""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calculators
from tests.knowledge import repo_understander

U = repo_understander()


@pytest.mark.parametrize("text", [
    "We also have some Chinese international students. Can they apply?",
    "Can Chinese students apply?",
    "Some of our graduates are from China. Can these graduates apply?",
])
def test_the_eligibility_of_people_named_is_checked_with_their_nationality(text: str) -> None:
    parsed = U.parse(text)
    assert parsed.slots.get("nationality") == "China"
    assert "jip_eligibility" in parsed.intents + parsed.implied


@pytest.mark.parametrize("first,second,named", [
    ("Which nationalities can apply to the METI Japan Internship Program?",
     "We also have some Chinese international students. Can they apply?", "China"),
    ("JIPにはどの国籍の人が応募できますか？", "うちには中国人の留学生もいます。彼らは応募できますか？", "中国"),
])
def test_after_a_jip_question_the_named_nationality_is_checked(bot, first: str, second: str, named: str) -> None:
    reply = converse(bot, first, second)
    (call,) = calculators(reply)
    assert call.name == "jip_eligibility" and call.args["nationality"] == "China"
    assert named in reply.answer


@pytest.mark.parametrize("text", ["I'm Vietnamese, can I apply for the specified skilled worker program?",
                                  "Can Chinese students apply to the Re-Skills course?"])
def test_another_program_named_runs_no_jip_check(bot, text: str) -> None:
    assert not calculators(converse(bot, text))
