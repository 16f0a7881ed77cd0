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


# Class: where one is now, said with "I'm in <place>" / 「<place>にいます」 in a self-description ("Kenyan, 31yo, passed
# N3 last year, im in Nairobi"): a city or country outside Japan is not residing in Japan (the city said in the
# reply), one in Japan is; "I'm in love", "I'm in IT" name no place and set nothing.
@pytest.mark.parametrize("text, residing", [
    ("Hi, Kenyan, 31yo, passed N3 last year, im in Nairobi. can i apply again for JIP?", False),
    ("I am Vietnamese, 31, N3, I'm in Hanoi. Can I apply for JIP?", False),
    ("Bangladeshi, 28, N2, i am in Bangladesh right now. Can I apply for JIP?", False),
    ("I'm in Osaka now, Nepali, 24, N3. Can I apply for JIP?", True),
    ("ケニア国籍、31歳、N3です。ナイロビにいます。JIPに応募できますか？", False),
    ("ネパール国籍、24歳、N3です。いま大阪にいます。JIPに応募できますか？", True),
])
def test_where_one_is_now_decides_residing_in_japan(text: str, residing: bool) -> None:
    assert UNDERSTANDER.parse(text).slots.get("residing_in_japan") is residing


@pytest.mark.parametrize("text", ["I'm in love with Japan, Nepali, 24, N3. Can I apply for JIP?",
                                  "I'm in IT, Nepali, 24, N3. Can I apply for JIP?"])
def test_being_in_no_place_sets_nothing(text: str) -> None:
    assert "residing_in_japan" not in UNDERSTANDER.parse(text).slots
