"""Japanese terms written in romaji (ippan / tokutei kanri dantai, yuuryou, yuryo) are read as the Japanese ones."""

from __future__ import annotations

import pytest

from tests.agent.reading_checks import slots_of


@pytest.mark.parametrize("text,slot,value", [
    ("our supervising org is an ippan kanri dantai", "supervisor_excellent", True),
    ("Ippan-kanri dantai supervises us; 50 full-time employees", "supervisor_excellent", True),
    ("our supervising org is a tokutei kanri dantai", "supervisor_excellent", False),
    ("we are yuuryou and our kanri dantai is ippan. 60 full-time staff", "supervisor_excellent", True),
    ("We're yuryo (excellent) and have 100 full-time staff", "excellent", True),
])
def test_romanized_japanese_terms_are_read(text: str, slot: str, value: bool) -> None:
    assert slots_of(text).get(slot) is value
