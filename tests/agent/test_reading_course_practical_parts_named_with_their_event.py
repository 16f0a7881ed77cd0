"""Every part of a course named by a practical word counts as practical, however the part is written: an event named
by its practical word (発表会, 成果発表会, a workshop session), a part written as one word with its hours ("an N-hour
final presentation") and group work (グループワーク, "group work") are summed into the practical hours beside the
exercises; lectures are not (bot/agent/understand.py `_course_parts`; pack ``course_per_period`` ``hours``,
``practical``). A message read again without its greeting says the sum once."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize(("text", "practical", "total"), [
    ("カリキュラムは全60時間で、講義が36時間、演習とグループワークが18時間、最終発表会が6時間です。Reスキル講座の実習の割合の要件はクリアできてますか？",
     24, 60),
    ("AIを使った画像認識の実践講座です。全体36時間のうち、ハンズオン演習が15時間、最後の成果発表会が4時間で、残りは座学です。実践の割合は足りてますか？",
     19, 36),
    ("データ分析講座は全40時間で、講義20時間、演習12時間、成果発表会8時間です。Reスキルの要件を満たしますか？", 20, 40),
    ("The course is 60 hours: 36 hours of lectures, 18 hours of exercises and group work, and a 6-hour final "
     "presentation. Does it meet the practical share for Re-Skills?", 24, 60),
    ("Our Re-Skills course is 36 hours in total: 15 hours of hands-on exercises, a 4-hour results presentation, and the "
     "rest is lectures. Is the practical share enough?", 19, 36),
    ("Our AI course: 30 hours of lectures, 10 hours of group work and 10 hours of exercises, 50 hours in total. Does it "
     "meet Re-Skills?", 20, 50),
], ids=["ja-happyokai", "ja-seika-happyokai-rest-zagaku", "ja-three-parts", "en-hyphenated-presentation",
        "en-hyphenated-rest-lectures", "en-group-work"])
def test_every_part_named_by_a_practical_word_is_practical(text: str, practical: int, total: int) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.slots["practical_hours"] == practical
    assert parsed.slots["total_hours"] == total


@pytest.mark.parametrize("text", [
    "わかりました。では別の講座で、AIを使った画像認識の実践講座です。全体36時間のうち、ハンズオン演習が15時間、最後の成果発表会が4時間で、残りは座学です。実践の割合は足りてますか？",
    "Thanks. Another course then: 36 hours in total, 15 hours of hands-on exercises, a 4-hour results presentation, "
    "the rest lectures. Enough practice for Re-Skills?",
], ids=["ja-greeting", "en-thanks"])
def test_a_message_read_again_without_its_greeting_says_the_sum_once(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.slots["practical_hours"] == 19
    assert [key for key, _ in parsed.notes].count("reading.course_practical_parts") == 1


@pytest.mark.parametrize(("text", "practical", "total"), [
    ("Our Re-Skills course, total 36 hours: lectures 14h, hands-on labs 16h and a final presentation 6h. Eligible?",
     22, 36),
    ("Re-Skills course: 40 hours in total - lectures: 20h, exercises: 12h, presentation: 8h. Does it qualify?", 20, 40),
    ("The course has lectures 30 hours, labs 12 hours and a project 8 hours, 50 hours in total. Re-Skills ok?", 20, 50),
    ("Reスキルの講座で、全36時間：講義14時間、ハンズオン演習16時間、最終発表6時間です。対象になりますか？", 22, 36),
    ("講座は合計40時間で、講義20時間、演習12時間、発表8時間です。Reスキルの要件を満たしますか？", 20, 40),
], ids=["en-case", "en-colons", "en-total-last", "ja-case", "ja-three-parts"])
def test_a_part_named_before_its_hours_is_of_its_kind(text: str, practical: int, total: int) -> None:
    """A part named before its hours ("lectures 14h, hands-on labs 16h and a final presentation 6h") is of the kind
    its name says, as one named after them; a part's words never run over "and" into the next part's."""
    parsed = UNDERSTANDER.parse(text)
    assert parsed.slots["practical_hours"] == practical
    assert parsed.slots["total_hours"] == total
