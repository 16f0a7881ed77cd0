"""Trainees never count as full-time employees: a count that includes them ("120 full-time people ... 8 of them are
technical intern trainees", 技能実習生3人を含んでいます) loses them, a count stated without them wins, and trainees named in a
later turn come out of the count given before; the reply states the trainees taken out."""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import slots_of, calculators


@pytest.mark.parametrize("text,count", [
    ("our company has 120 full-time people on the payroll but 8 of them are technical intern trainees", 112),
    ("We have 60 full-time employees, 5 of whom are trainees. How many more trainees can we take?", 55),
    ("Our 80 staff include 6 technical intern trainees. What is our quota?", 74),
    ("社員は全部で54人（全員フルタイム）ですが、そのうち6人は技能実習生です", 48),
    ("常勤職員は30人ですが、技能実習生3人を含んでいます。受入れ人数は？", 27),
    ("常勤職員60人（うち技能実習生5人）です。受入れ人数は？", 55),
    ("すみません、52人には技能実習生4人が含まれていました。実習生を除くと48人です。", 48),
    ("We have 52 employees including 4 trainees, so 48 excluding the trainees.", 48),
    ("Excluding the trainees, we have 40 full-time staff (45 with them).", 40),
], ids=["en-payroll-8-of-them-trainees", "en-5-of-whom-are-trainees", "en-staff-include-trainees",
        "ja-sonouchi-jisshuusei", "ja-jisshuusei-wo-fukunde", "ja-uchi-jisshuusei-in-brackets",
        "ja-jisshuusei-wo-nozoku-to", "en-including-so-excluding", "en-excluding-the-trainees-first"])
def test_the_count_without_the_trainees_is_read(text: str, count: int) -> None:
    assert slots_of(text).get("full_time_employees") == count


@pytest.mark.parametrize("text,shown", [
    ("our company has 120 full-time people on the payroll but 8 of them are technical intern trainees",
     "120 − 8 = 112"),
    ("社員は全部で54人（全員フルタイム）ですが、そのうち6人は技能実習生です。受入れ人数は？", "54 − 6 = 48"),
])
def test_the_reply_states_the_trainees_taken_out(bot, text: str, shown: str) -> None:
    reply = converse(bot, text)
    assert calculators(reply)[0].name == "trainee_quota"
    assert shown in reply.answer


def test_a_correction_that_takes_the_trainees_out_recalculates(bot) -> None:
    reply = converse(bot, "社員52人です。技能実習生は何人受け入れられますか？",
                          "すみません、52人には技能実習生4人が含まれていました。実習生を除くと48人です。")
    call = calculators(reply)[0]
    assert call.name == "trainee_quota" and call.args["full_time_employees"] == 48


@pytest.mark.parametrize("turns,count,shown", [
    (["We have 52 full-time employees. How many trainees can we accept?", "sorry, the 52 included 4 trainees"],
     48, "52 − 4 = 48"),
    (["社員52人です。技能実習生は何人受け入れられますか？", "すみません、52人には技能実習生4人が含まれていました。"],
     48, "52 − 4 = 48"),
])
def test_trainees_named_in_a_later_turn_come_out_of_the_count_given_before(bot, turns, count: int, shown: str) -> None:
    reply = converse(bot, *turns)
    call = calculators(reply)[0]
    assert call.name == "trainee_quota" and call.args["full_time_employees"] == count
    assert shown in reply.answer
