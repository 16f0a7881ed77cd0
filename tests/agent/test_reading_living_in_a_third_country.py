"""Living in a named country other than Japan (a third country: "Chinese citizenship but lived and worked in Thailand")
is not residing in Japan, and the nationality stays the one stated; Japan named after the third country is residence in
Japan."""

from __future__ import annotations

import pytest

from tests.agent.reading_checks import slots_of


@pytest.mark.parametrize("text,nationality", [
    ("I hold Chinese citizenship but I have lived and worked in Thailand for 5 years", "China"),
    ("Vietnamese national, I've been working in Singapore since 2020. Can I apply for JIP?", "Viet Nam"),
    ("I'm Indian but I studied and now live in Germany.", "India"),
    ("中国籍ですが、タイに5年住んでいます。JIPに応募できますか？", "China"),
    ("中国籍ですが、タイで5年働いています。JIPに応募できますか？", "China"),
])
def test_living_in_a_third_country_is_not_residing_in_japan(text: str, nationality: str) -> None:
    slots = slots_of(text)
    assert slots.get("residing_in_japan") is False, slots
    assert slots.get("nationality") == nationality, slots


def test_japan_named_after_a_third_country_is_residence_in_japan() -> None:
    assert slots_of("I'm Thai. I worked in Thailand before, but now I live in Osaka.").get("residing_in_japan") is True
