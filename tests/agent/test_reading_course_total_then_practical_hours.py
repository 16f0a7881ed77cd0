"""A course length written first, unqualified, then its practical part: the total and the practical hours."""

from __future__ import annotations

import pytest

from tests.agent.reading_checks import slots_of


@pytest.mark.parametrize("text,total,practical", [
    ("our course is only basic IT. 40 hours, 30 hours practice. can it be a reskills course?", 40, 30),
    ("The course runs 60 hours in all, with 25 hours of hands-on exercises. Re-Skills ok?", 60, 25),
    ("総時間30時間のうち実習（演習・発表含む）が12時間のAI講座です。Re-Skills講座の認定は受けられそうですか？", 30, 12),
    ("全部で４０時間、そのうち実習は２２時間の講座です。Re-Skillsの要件を満たしますか？", 40, 22),
])
def test_course_total_and_practical_hours(text: str, total: int, practical: int) -> None:
    slots = slots_of(text)
    assert (slots.get("total_hours"), slots.get("practical_hours")) == (total, practical), slots
