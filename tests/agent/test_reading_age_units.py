"""An age written with a bare year unit in an applicant's description ("philippines 41 yrs, english good") is the
age; years of work, of stay or of a duration are not. A count given as "between X and Y" is a range: computed at both
ends, named and asked about; a count with two qualifiers ("80 regular full-time staff") is the count."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

WHO = ["philippines", "indonesian", "myanmar", "Kenyan", "from Nepal,", "Sri Lankan"]
UNITS = ["yrs", "yr", "years", "y", "YRS"]
TAILS = [", english good. can i apply jip?", ", jlpt n3. jip ok?", " living in manila, can i apply?",
         ". JIP eligible?", " and jlpt n2, can i apply to the internship?"]


@pytest.mark.parametrize("tail", TAILS)
@pytest.mark.parametrize("unit", UNITS)
@pytest.mark.parametrize("who", WHO)
def test_an_age_with_a_bare_year_unit_is_read(who: str, unit: str, tail: str) -> None:
    assert UNDERSTANDER.parse(f"{who} 33 {unit}{tail}").slots.get("age") == 33


@pytest.mark.parametrize("text", [
    "I worked 5 years in sales, JLPT N2, Vietnamese. can I apply to JIP?",
    "I lived in Japan for 3 years, Vietnamese, N2, can i apply jip?",
    "Vietnamese, N2, spent 20 years abroad. jip ok?",
    "Vietnamese, N2, I have 15 years of experience. can I apply to JIP?",
    "Vietnamese, N2, stayed 16 years in Thailand, can I apply to the internship?",
    "I finished university 10 years ago, N3, nepali, can i apply jip?",
])
def test_years_of_work_stay_or_time_are_not_an_age(text: str) -> None:
    assert UNDERSTANDER.parse(text).slots.get("age") is None


@pytest.mark.parametrize("low,high", [(40, 55), (8, 12), (100, 150), (1, 2)])
@pytest.mark.parametrize("frame", [
    "Our full-time employees change by season, between {} and {} persons. How many trainees can we accept?",
    "we have between {} and {} staff, how many trainees?",
    "Between {} and {} employees work here. Trainee quota?",
])
def test_a_count_given_as_between_two_numbers_is_asked_about(frame: str, low: int, high: int) -> None:
    # round 5e decision: a range is computed at both ends (never one end silently), and the reply names the range and
    # asks for the exact number
    parsed = UNDERSTANDER.parse(frame.format(low, high))
    assert parsed.scenarios.get("full_time_employees") == (low, high)
    note = dict(parsed.notes)["reading.range_ends"]
    assert str(low) in note["text"] and str(high) in note["text"]


@pytest.mark.parametrize("qualifiers", ["regular full-time", "full-time regular", "permanent full-time", "regular",
                                        "full time permanent"])
@pytest.mark.parametrize("noun", ["staff", "employees", "workers"])
def test_a_count_with_two_qualifiers_is_the_count(qualifiers: str, noun: str) -> None:
    text = f"We have 80 {qualifiers} {noun}. How many No.1 trainees are possible?"
    parsed = UNDERSTANDER.parse(text)
    assert parsed.slots.get("full_time_employees") == 80 and "trainee_quota" in parsed.intents


@pytest.mark.parametrize("stay", ["living in Malaysia 5 years", "in Dubai 3 years now", "worked in Qatar 7 years",
                                  "Singapore resident 4 yrs", "been in Thailand 12 years"])
@pytest.mark.parametrize("age,unit", [(25, "years old"), (31, "yrs old"), (27, "y/o"), (29, "years of age"),
                                      (33, "year-old")])
@pytest.mark.parametrize("order", ["stay first", "age first"])
def test_years_of_stay_beside_an_age_said_as_years_old_are_not_the_age(stay: str, age: int, unit: str,
                                                                        order: str) -> None:
    # en7f-27: "Im chinese citizen but living in Malaysia 5 years, 25 years old" sent age 5 to the tool; the stay's
    # years are a duration even when the message says the age with "years old" elsewhere
    parts = [stay, f"{age} {unit}"] if order == "stay first" else [f"{age} {unit}", stay]
    text = f"Im chinese citizen but {parts[0]}, {parts[1]}, JLPT N2. can I join the METI Japan Internship Program?"
    assert UNDERSTANDER.parse(text).slots.get("age") == age
