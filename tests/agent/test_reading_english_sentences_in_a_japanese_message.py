"""Class: a Japanese message with sentences written in English (applicants abroad mix the two: "I am Indonesian, live
in Surabaya. 24さいです。…"): the applicant's facts the English sentences state are read too (the residence was lost and
asked again, then missing from the check after a second turn); a fact the Japanese reading found wins."""

from __future__ import annotations

import pytest

from support import converse
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text, expected", [
    ("I am Indonesian, live in Surabaya. 24さいです。日本語はN4ですが、英語はIELTS 7.0あります。JIPにおうぼしたいです。",
     {"nationality": "Indonesia", "age": 24, "residing_in_japan": False}),
    ("Hello, I am from Kenya. I live in Nairobi. 27さいです。JIPにおうぼできますか？",
     {"nationality": "Kenya", "age": 27, "residing_in_japan": False}),
    ("I live in Osaka. ベトナム人です。25歳。JIPに応募できますか？", {"nationality": "Viet Nam", "residing_in_japan": True}),
    ("I'm 29. ネパール人で、カトマンズに住んでいます。JIPに応募できますか？", {"age": 29, "residing_in_japan": False}),
])
def test_english_sentences_state_facts_too(text: str, expected: dict) -> None:
    slots = UNDERSTANDER.parse(text).slots
    assert {k: slots.get(k) for k in expected} == expected


def test_the_japanese_reading_wins() -> None:
    slots = UNDERSTANDER.parse("I am 30. でも実は29歳です。ネパール人です。JIPに応募できますか？").slots
    assert slots.get("age") == 29


def test_the_english_residence_reaches_the_check_after_a_second_turn(bot) -> None:
    reply = converse(bot, "I am Indonesian, live in Surabaya. 24さいです。日本語はN4ですが、英語はIELTS 7.0あります。"
                          "JIPにおうぼしたいです。だいじょうぶですか？",
                     "あ、いいわすれました。2022ねんどにJIPのオンラインインターンにさんかしました。もういちどおうぼできますか？")
    calls = [c for c in reply.tool_calls if c.name == "jip_eligibility"]
    assert calls and calls[-1].args["residing_in_japan"] is False and calls[-1].args["participated_fiscal_years"] == [2022]
