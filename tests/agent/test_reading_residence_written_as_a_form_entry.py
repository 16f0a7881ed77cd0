"""Where the applicant lives written as a form or CV entry (a label and a place: "Residence: Jakarta", "Country of
residence: Kenya", "Location: Dhaka, Bangladesh", 「居住地：ヤンゴン」「現住所：ハノイ」「住所：東京都新宿区」) is read like the
sentence it stands for: a place outside Japan is not residing in Japan, a place in Japan is; the country of residence
is no nationality."""

from __future__ import annotations

import pytest

from tests.agent.reading_checks import slots_of


@pytest.mark.parametrize("text", [
    "Residence: Jakarta",
    "Country of residence: Kenya",
    "current location: Lagos",
    "Location: Dhaka, Bangladesh",
    "DOB: 1997-05-14, Nationality: Indonesia, Residence: Jakarta, JLPT: N4",
    "居住地：ヤンゴン",
    "現住所：ハノイ",
    "生年月日：1997年5月14日、国籍：ミャンマー、居住地：ヤンゴン、JLPT：N3",
    "国籍：ガーナ、居住国：ケニア",
])
def test_form_entry_of_a_place_abroad_is_not_residing_in_japan(text: str) -> None:
    assert slots_of(text)["residing_in_japan"] is False


@pytest.mark.parametrize("text", ["住所：東京都新宿区", "Residence: Osaka"])
def test_form_entry_of_a_place_in_japan_is_residing_in_japan(text: str) -> None:
    assert slots_of(text)["residing_in_japan"] is True


@pytest.mark.parametrize("text,nationality", [
    ("Nationality: Ghana, Country of residence: Kenya", "Ghana"),
    ("Location: Dhaka, Bangladesh, Nationality: Nepal", "Nepal"),
])
def test_country_of_residence_is_no_nationality(text: str, nationality: str) -> None:
    assert slots_of(text)["nationality"] == nationality
