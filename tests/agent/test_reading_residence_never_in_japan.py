"""Never having been to Japan says one does not live there ("I never went to Japan", 「日本に行ったことがない」), and
living "here" after a city abroad is living there ("student of informatics in jakarta (still living with my parents
here)"); a value read in turn 1 is kept in a correction turn."""

from __future__ import annotations

import pytest

from tests.agent.reading_checks import last_calculator_call, slots_of


@pytest.mark.parametrize("text", [
    "I am from Pokhara, Nepal. i never went to japan and never joined any internship program before.",
    "I have never been to Japan. I am 25, from Kenya.",
    "student of informatics in jakarta (still living with my parents here). JLPT N3.",
    "日本に行ったことがないです。ネパール国籍の25歳です",
    "来日したことはありません。",
])
def test_not_residing_in_japan(text: str) -> None:
    assert slots_of(text)["residing_in_japan"] is False


def test_a_visit_is_no_residence() -> None:
    assert slots_of("日本に行ったことがあります").get("residing_in_japan") is None


def test_kept_through_a_correction(bot) -> None:
    call = last_calculator_call(bot, [
        "hello! my name is Sushila from Pokhara, Nepal. I am 24 years, my japanese is JLPT N4 and english is not so "
        "strong honestly. i never went to japan and never joined any internship program before. can i join the METI "
        "internship?",
        "sorry!! i checked my certificate again, i passed N3 in december, not N4. so now is it ok?"])
    assert call.name == "jip_eligibility"
    assert call.args["residing_in_japan"] is False
    assert call.args["jlpt_level"] == "N3"
