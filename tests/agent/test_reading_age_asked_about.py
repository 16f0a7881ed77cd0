"""An age asked about as a question ("is 41 too old", "would 38 be ok", 35歳でも応募できますか) is the applicant's age."""

from __future__ import annotations

import pytest

from tests.agent.reading_checks import slots_of


@pytest.mark.parametrize("text,age", [
    ("Is 41 too old for the government internship program? I'm from Bangladesh, living in Dhaka.", 41),
    ("would 38 be ok age-wise for JIP? kenyan, in Nairobi", 38),
    ("JIPは35歳でも応募できますか？ベトナム在住のベトナム人です。", 35),
])
def test_an_age_asked_about_is_read(text: str, age: int) -> None:
    assert slots_of(text).get("age") == age
