"""en4j-11: "english is basically my first language" is English proficiency (an adverb between is and the language
does not hide it), and a course mate named by name ("My course mate Li is Chinese, 30 ... Can both of us apply?") is
another person, checked on her own facts beside the user (a joint ask: "both of us", "together")."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

EN11 = ("Hello, I am Nigerian, grew up in Abuja but now doing my masters in Manchester UK since 2023. I'm 29. JLPT N4 "
        "only but english is basically my first language. My course mate Li is Chinese, 30, also living in UK, she "
        "speak japanese N2. Can both of us apply for the Japan internship program?? we want go together")


@pytest.mark.parametrize("text", [
    "english is basically my first language",
    "English is practically my mother tongue. I am Indian, 25.",
    "English is pretty much my native language, I'm Kenyan, 27",
])
def test_english_as_a_first_language_with_an_adverb_is_proficiency(text: str) -> None:
    assert UNDERSTANDER.parse(text).slots.get("english_proficient") is True


def test_a_named_course_mate_is_another_person_asked_with_both_of_us() -> None:
    parsed = UNDERSTANDER.parse(EN11)
    assert parsed.slots["nationality"] == "Nigeria" and parsed.slots["english_proficient"] is True
    assert [o["slots"].get("nationality") for o in parsed.others] == ["China"]


@pytest.mark.parametrize("text", [
    "I am Indian, 26, N2, living in Delhi. My friend Amina is Kenyan, 28, fluent English. Can we apply together?",
    "I'm Vietnamese, 25, N3, in Hanoi. My classmate Minh is Laotian. Can both of us apply?",
])
def test_a_joint_ask_asks_for_the_other_person_too(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert len(parsed.others) == 1 and parsed.others[0]["slots"].get("nationality")


def test_the_bot_checks_both(bot) -> None:
    from support import converse

    reply = converse(bot, EN11)
    calls = [c for c in reply.tool_calls if c.name == "jip_eligibility"]
    assert [c.args["nationality"] for c in calls] == ["Nigeria", "China"]
    assert calls[0].args["english_proficient"] is True
