"""An internship's dates written in figures only (「2024/10/1～2024/11/14」「10/1〜11/14」「2024-10-01から2024-11-14まで」)
give its days like the dates written with 月 and 日, both ends counted."""

from __future__ import annotations

import pytest

from tests.agent.reading_checks import slots_of


@pytest.mark.parametrize("text", [
    "2024/10/1～2024/11/14 来日",
    "10/1〜11/14、オンライン",
    "2024-10-01から2024-11-14まで対面",
    "10月1日〜11月14日、オンライン",
])
def test_days_of_a_range_in_figures(text: str) -> None:
    assert slots_of(text)["days"] == 45
