"""A message only about another person (a daughter, a son, a friend) reads that person's age, residence and
nationality in either language, so their check runs with them ("lives with me at home in Kenya": "home" is no place,
the country after it is where she lives)."""

from __future__ import annotations

import pytest

from reading_checks import slots_of


@pytest.mark.parametrize("message, expected", [
    ("娘は24歳で、ケニアの自宅で一緒に住んでいます。JIPに応募できますか？",
     {"age": 24, "residing_in_japan": False, "nationality": "Kenya"}),
    ("息子は30歳で、ネパールに住んでいます。JIPに応募できますか？",
     {"age": 30, "residing_in_japan": False, "nationality": "Nepal"}),
    ("弟（25歳）はインドで働いています。JIPの対象になりますか？", {"age": 25, "residing_in_japan": False}),
    ("My daughter is 24 and lives with me at home in Kenya. Can she apply to JIP?",
     {"age": 24, "residing_in_japan": False, "nationality": "Kenya"}),
    ("My son is 30, Nepali, and lives at home in Kathmandu. Can he apply to JIP?",
     {"age": 30, "residing_in_japan": False, "nationality": "Nepal"}),
])
def test_the_person_asked_about_has_their_facts_read(message: str, expected: dict) -> None:
    slots = slots_of(message)
    for slot, value in expected.items():
        assert slots.get(slot) == value, (slot, slots)
