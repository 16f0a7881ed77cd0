"""Every group of a listed headcount counts, whatever form its count takes: digits, a number word ("one sales guy",
"two drivers", "a receptionist"), full-width digits, 「一人」「一名」「二名」「ひとり」「ふたり」 (pack ``listed_count_words``, written as digits
before anything is read). Before (en7q-02), "Factory floor 24 people, office 5, and one sales guy - all permanent
full-time" was 29: the group counted by a word was lost. Staff at a branch abroad stay out of the count. A number word
that counts no group of a list ("one of them", "a few people", 「一人ひとり」「もう一人」) stays prose.
"""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calls_named, slots_of

GROUPS = [
    ("Factory floor 24 people, office 5, and one sales guy - all permanent full-time.", 30),
    ("Factory floor 24 people, office 5, and two drivers - all permanent full-time.", 31),
    ("Factory floor 24 people, office 5, and a receptionist - all permanent full-time.", 30),
    ("We have 24 people on the factory floor, 5 in the office and one sales guy, all full-time.", 30),
    ("22 on the line, two drivers and a receptionist, all full-time.", 25),
    ("One driver, 24 on the floor and 5 in the office, all full-time.", 30),
    ("Production: 18, admin: 3, plus one driver. All full-time.", 22),
    ("Factory floor ２４ people, office ５, and one sales guy - all permanent full-time.", 30),
    ("工場に24人、事務所に5人、営業が一人、全員正社員です。", 30),
    ("工場24名、事務5名、営業一名、全員常勤です。", 30),
    ("工場24名、事務5名、営業二名、全員常勤です。", 31),
    ("工場２４人、事務５人、営業１人、全員正社員です。", 30),
    ("工場24人、事務5人、営業がひとり、全員正社員です。", 30),
    ("工場24人、事務5人、運転手ふたり、全員正社員です。", 31),
]


@pytest.mark.parametrize("text,count", GROUPS, ids=[f"g{i}" for i in range(len(GROUPS))])
def test_a_group_counted_by_a_word_is_summed_with_the_others(text: str, count: int) -> None:
    assert slots_of(text).get("full_time_employees") == count


@pytest.mark.parametrize("text,count", [
    ("We have 30 full-time staff and one of them is a manager.", 30),
    ("Production 20, office 4, and 2 part-time cleaners. All full-time except the cleaners.", 24),
    ("I'm 24, and a nurse.", None),
], ids=["one-of-them", "part-time-group", "no-list"])
def test_a_word_counting_no_group_of_the_list_changes_nothing(text: str, count: int | None) -> None:
    assert slots_of(text).get("full_time_employees") == count


def test_staff_at_a_branch_abroad_stay_out_of_the_sum(bot) -> None:
    reply = converse(bot, "We run a small food processing company in Osaka. Factory floor 24 people, office 5, and one "
                          "sales guy - all permanent full-time. We also have 3 Japanese staff at our branch office in Ho "
                          "Chi Minh City. What is the maximum number of first-year (No.1) technical intern trainees we "
                          "can have?")
    assert [call.args["full_time_employees"] for call in calls_named(reply, "trainee_quota")] == [30], reply.answer
