"""A course's practical part said with what it uses or how it is held (「そのうち30時間はパソコンを使った実習」, "30 hours
are computer-based practical exercises"): those hours are the practical hours (pack slot ``practical_hours``)."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize(("text", "total", "practical"), [
    ("社会人向けに「はじめてのIT」という講座を作っています。内容はパソコンの基本操作、Excel・Wordの基礎、ITパスポート試験対策です。全40時間"
     "で、そのうち30時間はパソコンを使った実習です。これってRe-Skills講座の認定は取れますか？", 40, 30),
    ("全40時間の講座で、そのうち24時間は実機を用いた演習です。Reスキルの認定は受けられますか？", 40, 24),
    ("講座は全30時間、うち18時間がグループ形式の演習です。Reスキル講座に認定されますか？", 30, 18),
    ("Our course is 40 hours in total, of which 30 hours are computer-based practical exercises. Can it get Re-Skills "
     "certification?", 40, 30),
    ("Our course is 40 hours, 30 hours of it is practice using PCs. Can it be certified under Re-Skills?", 40, 30),
], ids=["ja-pasokon-wo-tsukatta", "ja-wo-mochiita", "ja-keishiki-no", "en-computer-based", "en-using-pcs"])
def test_practical_hours_said_with_what_they_use(text: str, total: int, practical: int) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert "reskills_course_check" in parsed.intents
    assert (parsed.slots.get("total_hours"), parsed.slots.get("practical_hours")) == (total, practical)
