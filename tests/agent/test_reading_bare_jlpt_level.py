"""A bare JLPT level with a verb of having or passing (N3 もってます, Ｎ３を持っています, "N3 passed"), in plain writing
too, is the JLPT level; a level asked about (N3以上が必要ですか) is no applicant's level."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

U = repo_understander()


@pytest.mark.parametrize("text,level", [
    ("わたし ベトナム人 です。いま 日本に すんでます、ぎのうじっしゅう 2ごう です。24さい、N3 もってます。", "N3"),
    ("ネパール国籍、27歳、Ｎ３を持っています。JIPに応募できますか？", "N3"),
    ("ミャンマー人です。N2 ごうかく しました。25さい。JIP もうしこみ できますか", "N2"),
    ("フィリピン人、30歳、N4取得、JIPに応募できますか", "N4"),
    ("インドネシア人で、N3 あります。26歳です。JIPに応募できますか", "N3"),
    ("I'm Vietnamese, 24, N3 passed. Can I apply to JIP?", "N3"),
    ("vietnam, 24 years old, i have Ｎ３. can i apply to jip?", "N3"),
])
def test_a_bare_level_with_a_verb_of_having_is_the_jlpt_level(text: str, level: str) -> None:
    assert U.parse(text).slots.get("jlpt_level") == level


@pytest.mark.parametrize("text", ["N3の資格が必要ですか", "N3以上が必要ですか？", "JIPは N3 以上 が ひつよう ですか"])
def test_a_level_asked_about_is_no_applicants_level(text: str) -> None:
    assert "jlpt_level" not in U.parse(text).slots
