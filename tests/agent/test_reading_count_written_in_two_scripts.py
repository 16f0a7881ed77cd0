"""A number written twice in two scripts ("430（四百三十）人", "四百三十（430）人") is one count."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text", [
    "常勤430（四百三十）人の会社です。技能実習生は何人受け入れられますか？",
    "常勤四百三十（430）人の会社です。技能実習生は何人受け入れられますか？",
    "常勤職員は430人（四百三十人）です。技能実習生は何人受け入れられますか？",
    "常勤職員は四百三十人（430人）です。技能実習生は何人受け入れられますか？",
])
def test_a_count_written_in_two_scripts_is_read_once(text: str) -> None:
    assert UNDERSTANDER.parse(text).slots.get("full_time_employees") == 430
