"""The nationality is the country of the passport or citizenship the user holds ("a PRC (mainland China) passport",
"a Vietnamese citizen", 中国のパスポート, 国籍は中国); the place lived in is residence only, even when it is the only
other country named and comes after a word of citizenship ("passport but live in Singapore")."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text, nationality", [
    ("I hold a PRC (mainland China) passport but live in Singapore. I'm 24 with JLPT N1. Can I apply to JIP?", "China"),
    ("My passport is Chinese but I live in Singapore. 24, N1, can I apply to JIP?", "China"),
    ("Nepali (Federal Democratic Republic) passport, I live in Dubai, 25, N2. Can I apply to JIP?", "Nepal"),
    ("I'm a Vietnamese citizen but I reside in Singapore. 24, N1. Can I apply for JIP?", "Viet Nam"),
    ("I live in Singapore but hold a PRC passport. 24, N1. Can I apply to JIP?", "China"),
    ("I hold a ROK passport and I live in Dubai, 30, N2. Can I apply to JIP?", "South Korea"),
    ("A UAE passport holder living in Bangkok, 28, N2: can I apply to JIP?", "United Arab Emirates"),
    ("韓国のパスポートで、ドバイに住んでいます。30歳、N2。JIPに応募できますか？", "South Korea"),
    ("中国のパスポートを持っていますが、シンガポールに住んでいます。24歳、N1です。JIPに応募できますか？", "China"),
    ("シンガポールに住んでいますが国籍は中国です。24歳、N1。JIPに応募できますか？", "China"),
    ("ベトナム国籍でタイに住んでいます。25歳、N2。JIPに応募できますか", "Viet Nam"),
])
def test_the_passport_country_is_the_nationality(text: str, nationality: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.slots.get("nationality") == nationality
    assert parsed.slots.get("residing_in_japan") is False
