"""Round 4i classes of answers and search.

1. The reference date of an age is no deadline: an application clause that asks at which point an age is counted
   (応募者の年齢はいつ時点で判断しますか, "on what date is the applicant's age assessed?") asks the age kind of a date;
   a refusal for an unstated deadline must not follow from it. An application clause that asks when (応募はいつまで)
   is still a deadline.
2. The person themself (実習生本人, ご本人, "the intern himself") is no topic word the documents leave out: it points
   at the person named beside it.
3. A restriction leaves the user's categories out (…も入れていい, "count X too") only when it restricts whom a count
   includes (full-time employees ...); a restriction of another thing ("up to five years (limited to excellent
   companies)") answers its own yes/no, not the counting ask of another sentence.
"""

from __future__ import annotations

import pytest

from bot.answers.limits import Limits
from bot.answers.types import AnswerTypes

AGE_REFERENCE = [
    "それと、応募者の年齢要件は何歳から何歳まで、いつ時点の年齢で判断しますか？",
    "応募者の年齢はいつの時点で数えますか",
    "応募資格の年齢は、いつ現在の年齢ですか？",
    "申請者の年齢はいつ時点のものですか",
    "On what date is the applicant's age assessed when they apply?",
    "What is the age range, and as of which reference date is the age counted?",
]
DEADLINES = [
    "応募はいつからいつまでですか",
    "申請書はいつ出せばいいですか",
    "応募の締め切りはいつですか",
    "When is the deadline to apply?",
    "Until when are applications accepted?",
]


@pytest.mark.parametrize("question", AGE_REFERENCE)
def test_the_reference_date_of_an_age_is_no_deadline(types: AnswerTypes, question: str) -> None:
    ask = types.classify(question)
    assert "deadline" not in ask.kinds.get("date", ()), ask
    assert types.satisfies(ask, types.detect(
        "In principle, those who are 18 to 40 years old as of August 1, 2024."),
        "In principle, those who are 18 to 40 years old as of August 1, 2024."), ask


@pytest.mark.parametrize("question", DEADLINES)
def test_an_application_clause_asking_when_is_still_a_deadline(types: AnswerTypes, question: str) -> None:
    assert "deadline" in types.classify(question).kinds.get("date", ()), question


@pytest.mark.parametrize("word", ["本人", "ご本人", "自身", "自分自身", "himself", "themselves"])
def test_the_person_themself_is_a_framing_word(types: AnswerTypes, word: str) -> None:
    assert word in types.focus.framing


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


# 4. A main number the user states in a yes/no ("am I right that we call METI's main number 03-3501-1511 for the
#    ID?") is their claim checked: what the number is for (the ID and password) is the qualifier asked; a main
#    number asked without one stated is still the main line.
@pytest.mark.parametrize("question", [
    "For the e-Gov ID and password, am I right that we call METI's main number 03-3501-1511?",
    "Is the main phone number 03-3501-1511 the one to call for the ID and password?",
    "e-GovのIDとパスワードは、経産省の代表番号03-3501-1511に電話すればいいんですよね？",
    "IDの取得は代表電話の03-3501-1511で合っていますか？",
])
def test_a_stated_main_number_is_the_claim_not_the_qualifier(types: AnswerTypes, question: str) -> None:
    names = {k.name for k in types.qualifiers_of(types.classify(question), question)}
    assert "main" not in names and "account" in names, names


@pytest.mark.parametrize("question", [
    "What is METI's main phone number?", "What is the general number of METI?", "経産省の代表電話番号は？",
])
def test_a_main_number_asked_is_still_the_main_line(types: AnswerTypes, question: str) -> None:
    names = {k.name for k in types.qualifiers_of(types.classify(question), question)}
    assert "main" in names, names
