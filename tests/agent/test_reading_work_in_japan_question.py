"""Working or staying in Japan asked about or wished for ("how many years i can work in japan", "how long can I stay in
Japan", "can I work in Japan with the SSW visa?", "i want to work in japan") is no statement of residence: it was read
as living in Japan, which made a JIP eligibility check say "not eligible". A stated residence still counts."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text", [
    "with specified skill no.1 visa how many years i can work in japan, and in how many industries is it available? "
    "i am from nepal",
    "how long can I stay in Japan as a technical intern? I'm Vietnamese",
    "I'm from Nepal, can I work in Japan with the SSW visa?",
    "i want to work in japan. im 25, vietnamese, N3. can i apply for jip?",
    "Will I be able to stay in Japan after the internship? I'm Indonesian.",
])
def test_a_question_about_working_in_japan_is_no_residence(text: str) -> None:
    assert UNDERSTANDER.parse(text).slots.get("residing_in_japan") is not True


@pytest.mark.parametrize("text", [
    "I'm a technical intern trainee from Vietnam, 25, N3, living in Japan. Can I apply?",
    "I live in Osaka, Vietnamese, 25, N3. How long can I stay in Japan as an intern?",
    "I work in Tokyo as an engineer. Can I apply to JIP? I'm Indian, 28, N2.",
])
def test_a_stated_residence_still_counts(text: str) -> None:
    assert UNDERSTANDER.parse(text).slots.get("residing_in_japan") is True
