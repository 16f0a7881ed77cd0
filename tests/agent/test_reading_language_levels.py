"""Language ability as applicants write it: a negated or poor English is not proficient ("english not good"), and a
JLPT level the applicant says they have ("N2 が あります", "N3を取りました") is read, in any spacing."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

NEGATIVE = ["english not good", "english is not good", "English: poor", "english is not so good", "english bad",
            "english weak", "english skills are limited", "English not very fluent", "english so-so"]
POSITIVE = ["english good", "good English", "english is fluent", "English: business level", "fluent english"]
FRAMES = ["myanmar, 24, jlpt n4 only, {}. can i apply to JIP?", "{}, nepali, 25, JIP ok?",
          "I'm Kenyan, 29, {}, can I apply for the internship?"]


@pytest.mark.parametrize("frame", FRAMES)
@pytest.mark.parametrize("phrase", NEGATIVE)
def test_negated_or_poor_english_is_not_proficient(phrase: str, frame: str) -> None:
    assert UNDERSTANDER.parse(frame.format(phrase)).slots.get("english_proficient") is False


@pytest.mark.parametrize("frame", FRAMES)
@pytest.mark.parametrize("phrase", POSITIVE)
def test_good_english_is_proficient(phrase: str, frame: str) -> None:
    assert UNDERSTANDER.parse(frame.format(phrase)).slots.get("english_proficient") is True


@pytest.mark.parametrize("level", ["1", "2", "3", "4", "5"])
@pytest.mark.parametrize("held", ["N{}があります", "N{} が あります", "N{}を取りました", "N{}を とりました", "N{}を持っています"])
def test_a_jlpt_level_the_applicant_holds_is_read(level: str, held: str) -> None:
    text = f"ベトナム人、28歳です。{held.format(level)}。JIPに応募できますか？"
    assert UNDERSTANDER.parse(text).slots.get("jlpt_level") == f"N{level}"
