"""Class: an age in brackets or after a comma right after a nationality, a name or "I am" is the applicant's age
("Indonesian (29)", "Maria, 31,", "I'm 29 (turning 30 in May)": the first number is the age; ベトナム人（29歳）, 29才);
a bracketed count of people or a bracketed remark is no age."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text,age", [
    ("Hi, I am Indonesian (29), now doing my master degree in Osaka, so I live in Japan currently. "
     "Can I apply to the METI internship (JIP)?", 29),
    ("I'm Maria (31), from Peru. Can I apply to JIP?", 31),
    ("I'm Maria, 31, from Peru. Can I apply to JIP?", 31),
    ("Nepali (27), N3, can I join the internship?", 27),
    ("my name is Ana (27 years old), can I apply to JIP", 27),
    ("I'm 29 (turning 30 in May). Can I apply to JIP?", 29),
    ("I'm Indonesian, 29 (30 next month). Can I apply to JIP?", 29),
    ("インドネシア人（29）です。JIPに応募できますか", 29),
    ("ベトナム人（29歳）です。JIPに応募できますか？", 29),
    ("ベトナム人、29才です。JIPに参加できますか？", 29),
    ("私はマリア（31）です。JIPに応募できますか", 31),
])
def test_age_beside_a_nationality_or_name(text: str, age: int) -> None:
    assert UNDERSTANDER.parse(text).slots.get("age") == age


@pytest.mark.parametrize("text", [
    "we have Vietnamese (12) and Filipino (3) trainees, 40 staff. how many more can we take?",
    "I am the owner (2 sites) of a factory with 40 staff",
    "ベトナム人（３人）を受け入れています。社員は40人です。",
])
def test_a_bracketed_count_is_no_age(text: str) -> None:
    assert "age" not in UNDERSTANDER.parse(text).slots
