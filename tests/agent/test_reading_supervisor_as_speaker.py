"""The supervising organization said to be excellent only when "excellent" is said of it.

When the supervising organization is the one who says, tells or advises something about the company ("our supervising
org says we might become an excellent implementing organization"), its own status stays unstated: the quota then
states its assumption about it instead of taking it as given."""

from __future__ import annotations

import pytest

from tests.agent.reading_checks import slots_of


@pytest.mark.parametrize("text", [
    "our supervising org says we might become an excellent implementing organization next year. what changes?",
    "Our supervising organization told us we could be certified as excellent soon. 62 full-time staff.",
    "The supervisory body thinks we are an excellent implementing organization already. 80 employees.",
    "According to our supervising organization we qualify as excellent. 120 full-time employees.",
    "Our supervising organisation recommended that we apply to be an excellent implementing organization.",
])
def test_the_supervisor_as_speaker_states_nothing_of_its_own_status(text: str) -> None:
    assert "supervisor_excellent" not in slots_of(text)


@pytest.mark.parametrize("text", [
    "We are excellent and our supervising organization is also excellent. 62 full-time staff.",
    "Our supervising org is excellent too; 200 full-time employees.",
    "We are an excellent implementing organization; the supervising organization (ippan) is excellent as well.",
    # the writer is the supervising organization ("we" is it)
    "Support staff here (supervising org, we are ippan / excellent type). Client has 15 full-time staff, certified yuryo.",
])
def test_excellent_said_of_the_supervisor_is_still_read(text: str) -> None:
    assert slots_of(text).get("supervisor_excellent") is True
