"""Where one lives now ("still in Hanoi", "now in Lagos", "based in Nairobi", 「今もハノイにいます」): a place outside Japan is
not residing in Japan, a place in Japan is; "still in" no place (school, IT, progress) sets nothing."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text, residing", [
    ("Now I am 26, still in Hanoi, Vietnam, JLPT N3. Can I apply again for JIP?", False),
    ("I'm Kenyan, 30, currently based in Nairobi, N3. Can I apply for JIP?", False),
    ("I am Nigerian, 24, now in Lagos, good English. Am I eligible for JIP?", False),
    ("I'm Thai, 25, still in Tokyo on a student visa, N2. Can I apply to JIP?", True),
    ("ベトナム国籍、26歳です。今もハノイにいます。N3です。JIPに応募できますか？", False),
    ("ケニア国籍で30歳、まだナイロビに住んでいます。JIPに応募できますか？", False),
    ("タイ国籍の25歳で、今も大阪にいます。JIPに応募できますか？", True),
])
def test_where_one_still_is_decides_residing_in_japan(text: str, residing: bool) -> None:
    assert UNDERSTANDER.parse(text).slots.get("residing_in_japan") is residing


@pytest.mark.parametrize("text", ["I'm in IT.", "I am still in school, 22, from Vietnam.", "still in progress"])
def test_still_in_no_place_sets_nothing(text: str) -> None:
    assert "residing_in_japan" not in UNDERSTANDER.parse(text).slots
