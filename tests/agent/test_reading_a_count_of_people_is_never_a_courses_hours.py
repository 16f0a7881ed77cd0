"""A count of people is never a course's hours: in a quota message naming a total ("Total 337 full-time, ... No.1 and
No.2", "what is the No.1 limit and the total?", 「従業員は合計337人です。1号の上限は？」) neither the headcount nor a
stage's number is read as the Re-Skills course's total hours. Before, the Re-Skills words were paired against the whole
text (a stage label "No.1" beside "total" gave total hours 1) and a headcount written "N full-time" paired with
"Total"."""

from __future__ import annotations

import pytest

from tests.agent.reading_checks import slots_of

COURSE_SLOTS = ("total_hours", "practical_hours", "practical_share")


@pytest.mark.parametrize(("text", "staff"), [
    ("Dear sir/madam, we are auto parts maker with three factories. Hamamatsu plant has 150 regular staff, Kosai plant "
     "120, and head office + R&D 67. Total three hundred thirty-seven full-time, no trainees yet. Please tell the "
     "maximum number of No.1 and No.2 interns we can have at same time.", 337),
    ("We have 60 full-time staff. What is the No.1 limit and the total?", 60),
    ("Total 337 full-time staff. How many No.1 trainees?", 337),
    ("we have 45 employees in total. how many No.1 and No.2 can we take in total?", 45),
    ("staff: 60. what are the No.1 and No.2 limits, and the total?", 60),
    ("Overall we are 52 full-time. Max No.2 in total?", 52),
    ("従業員は合計337人です。1号の上限は？", 337),
    ("常勤職員は全部で60人です。1号と2号の合計は何人まで？", 60),
    ("常勤職員は合計45名です。1号・2号・3号の合計の上限を教えてください。", 45),
], ids=["en-total-in-words-full-time", "en-no1-and-the-total", "en-total-full-time-staff", "en-employees-in-total",
        "en-staff-colon", "en-overall-full-time", "ja-goukei-nin", "ja-zenbu-de-goukei", "ja-goukei-mei"])
def test_a_quota_message_naming_a_total_reads_no_course_hours(text: str, staff: int) -> None:
    slots = slots_of(text)
    assert slots.get("full_time_employees") == staff
    assert not any(s in slots for s in COURSE_SLOTS), slots


@pytest.mark.parametrize(("text", "expected"), [
    ("Our AI course is 40 hours total with 24 hours of practice", {"total_hours": 40, "practical_hours": 24}),
    ("Our course: 100 hours in total, 60 practical. Is No.1 round ok?", {"total_hours": 100, "practical_hours": 60}),
    ("the course has 30 hours total, practice 18", {"total_hours": 30, "practical_hours": 18}),
    ("A cloud course for 25 employees: 120 hours in total, 70 of them hands-on",
     {"total_hours": 120, "practical_hours": 70}),
    ("全40時間のうち実習が24時間のAI講座です", {"total_hours": 40, "practical_hours": 24}),
], ids=["en-total-with-practice", "en-round-label", "en-practice-after", "en-course-for-employees", "ja-zen-jikan"])
def test_a_courses_hours_are_still_read(text: str, expected: dict) -> None:
    slots = slots_of(text)
    assert {k: slots.get(k) for k in expected} == expected
