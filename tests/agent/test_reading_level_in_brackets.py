"""A JLPT level written bare inside brackets, after an age or alone (「ベトナム国籍の卒業生（27歳、N2）」), is the
level: it was lost, and the eligibility check asked for it again."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("level", [1, 2, 3, 4, 5])
@pytest.mark.parametrize("inside", ["（27歳、N{n}）", "（N{n}）", "(27歳, N{n})", "（27歳・N{n}）", "（N{n}、27歳）"])
@pytest.mark.parametrize("frame", ["ベトナム国籍の卒業生{b}のJIP応募資格を確認したいです。",
                                   "ネパール国籍の学生{b}はJIPに応募できますか。"])
def test_a_bare_level_in_brackets_is_read(frame: str, inside: str, level: int) -> None:
    parsed = UNDERSTANDER.parse(frame.format(b=inside.format(n=level)))
    assert parsed.slots.get("jlpt_level") == f"N{level}"
