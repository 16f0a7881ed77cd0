"""Studying or working in a place in Japan means residing in Japan."""

from __future__ import annotations

import pytest

from tests.agent.reading_checks import slots_of


@pytest.mark.parametrize("text", [
    "I'm from the Philippines and currently studying my master's in Osaka. I'm 26. Am I eligible for the JIP?",
    "Vietnamese, 24, doing my PhD at a university in Sendai right now. Can I join the internship program?",
    "フィリピン人で、いま東京の専門学校に留学中です（２２歳、日本語N3）。JIPに申し込めますか？",
    "ネパール出身で、今は大阪の会社で働いています。29歳です。応募できますか？",
])
def test_studying_or_working_in_japan_is_residing_in_japan(text: str) -> None:
    assert slots_of(text).get("residing_in_japan") is True
