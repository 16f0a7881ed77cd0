"""Class: being enrolled, studying or working at a place in Japan is residing in Japan, however the place is written
("本学（東京）に在籍しています" with the place in brackets, "東京の大学に在籍", "大阪の会社で働いています"); with a nationality
it is the applicant's facts, so a follow-up "この学生は応募できますか？" is checked by the eligibility calculator (the
nationality and the residence both reach it)."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text", [
    "補足です。案内を考えているのは中国籍の学生で、今は本学（東京）に在籍しています。この学生は応募できますか？",
    "中国籍の学生で、今は東京の大学に在籍しています。応募できますか？",
    "ベトナム国籍の学生で、大阪の専門学校に在学しています。応募できますか？",
    "ネパール国籍で、名古屋の会社で働いています。応募できますか？",
])
def test_enrolled_or_working_at_a_place_in_japan_is_residing_in_japan(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.slots.get("residing_in_japan") is True
    assert parsed.slots.get("nationality")


def test_enrolled_abroad_is_not_residing_in_japan() -> None:
    parsed = UNDERSTANDER.parse("ケニア国籍で、ケニアの大学に在籍しています。応募できますか？")
    assert parsed.slots.get("residing_in_japan") is False
