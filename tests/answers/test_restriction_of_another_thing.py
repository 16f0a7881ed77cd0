"""A restriction leaves the user's categories out (…も入れていい, "count X too") only when it restricts whom a count
includes (full-time employees ...); a restriction of another thing ("up to five years (limited to excellent companies)")
answers its own yes/no, not the counting ask of another sentence."""

from __future__ import annotations

import pytest

from bot.answers.limits import Limits

TITP_ONLY = ("Through the technical training for up to five years (limited to excellent companies under an excellent "
             "supervisory organization) for young people in developing regions, the program aims to transfer skills.")

NURSING = ("For nursing care occupations, full-time employees are limited to those whose main job is nursing care.")


@pytest.mark.parametrize("question", [
    "実習生って最長何年いてもらえるの？どこの会社でも5年OK？それと、常勤の人数を数えるときに実習生本人も入れていいんだっけ？",
    "どの会社でも5年受け入れられますか？あと、常勤職員に役員も数えていいですか？",
    "Can any company keep trainees for five years? And can we count the trainees themselves too, as full-time staff?",
])
def test_a_restriction_of_another_thing_leaves_no_category_out(question: str) -> None:
    found = Limits.load().find(question, [TITP_ONLY], {TITP_ONLY})
    assert found is not None and found.kind == "only", found
    assert "excellent companies" in found.x


@pytest.mark.parametrize("question", [
    "介護の実習生の受入れで、常勤職員に看護師も数えられますか",
    "For nursing care trainees, can we count our office staff and nurses too as full-time employees?",
])
def test_a_restriction_of_whom_a_count_includes_still_names_the_users_categories(question: str) -> None:
    found = Limits.load().find(question, [NURSING], {NURSING})
    assert found is not None and found.kind == "others", found
