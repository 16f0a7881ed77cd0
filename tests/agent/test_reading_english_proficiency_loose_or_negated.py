"""English proficiency stated loosely ("English ok", 仕事で使っています) or negated ("not good", ほとんど話せません)."""

from __future__ import annotations

import pytest

from tests.agent.reading_checks import slots_of


@pytest.mark.parametrize("text,value", [
    ("I'm from Bangladesh, living in Dhaka, English ok. Eligible for JIP?", True),
    ("My English is fluent. 30, Indian, in Pune. JIP?", True),
    ("my english is not good, I'm 27, from Nepal, living in Kathmandu. can I apply JIP?", False),
    ("モンゴル出身、30歳、ウランバートル在住です。英語はほとんど話せません。応募資格はありますか？", False),
    ("ネパール国籍で28歳、英語は仕事で使っています。JIPに応募できますか？", True),
])
def test_english_proficiency_loose_or_negated(text: str, value: bool) -> None:
    assert slots_of(text).get("english_proficient") is value
