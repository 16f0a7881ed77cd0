"""The supervising organization's excellence is its own slot, read beside the implementing organization's own."""

from __future__ import annotations

import pytest

from tests.agent.reading_checks import slots_of


@pytest.mark.parametrize("text,excellent,supervisor", [
    ("We are an excellent implementing organization and our supervising organization is an excellent one too. "
     "310 full-time employees.", True, True),
    ("Excellent company, supervising org also excellent, 200 full-time staff: trainee limits?", True, True),
    ("We are excellent but our supervising organization is not. 150 full-time employees.", True, False),
    ("当社は優良な実習実施者で、監理団体も一般監理団体です。常勤職員250人です。", True, True),
    ("優良認定を受けていますが、監理団体は特定監理団体です。常勤100人。", True, False),
])
def test_supervising_organization_excellence_is_read(text: str, excellent: bool, supervisor: bool) -> None:
    slots = slots_of(text)
    assert slots.get("excellent") is excellent, slots
    assert slots.get("supervisor_excellent") is supervisor, slots
