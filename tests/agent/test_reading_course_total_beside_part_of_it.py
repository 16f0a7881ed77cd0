"""A course's total stated beside its practical part as "N of it / of them / of which" ("40 hours, 28 of it hands-on",
「全40時間のうち28時間が実習」): the first figure is the course's total hours, the second its practical hours (pack
pattern ``course_length_first``), whatever else the message says of the course (a basic-IT course's title)."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize(("text", "practical"), [
    ("we run 'PC basics for office staff': Windows, Excel, email, basic internet safety. 40 hours, 28 of it hands-on. "
     "can this be certified as a Re-Skills course?", 28),
    ("PC basics: Windows, Excel. 40 hours, 30 of them hands-on. Can it be a Re-Skills course?", 30),
    ("Office basics training (Word, Excel), 40h, 28 of which are hands-on exercises. can it be a Re-Skills course?", 28),
    ("Our data science course: 40 hours, 28 of those practical. Re-Skills course?", 28),
    ("We have a 40h course (28h practical) on cloud. Can it be a Re-Skills course?", 28),
    ("パソコン基礎講座（Excel、メール）で、40時間、そのうち28時間が実習です。Reスキル講座に認定されますか？", 28),
    ("クラウド講座、全40時間のうち28時間が実習です。Reスキル講座に認定されますか？", 28),
    ("AIの講座で合計40時間、うち28時間は演習です。Reスキルの対象になりますか？", 28),
], ids=["en-of-it", "en-of-them", "en-of-which", "en-of-those", "en-brackets", "ja-sonouchi", "ja-zen-no-uchi",
        "ja-uchi"])
def test_course_total_beside_n_of_it(text: str, practical: int) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.slots.get("total_hours") == 40
    assert parsed.slots.get("practical_hours") == practical
    assert "reskills_course_check" in parsed.intents
