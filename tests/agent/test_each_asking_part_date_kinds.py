"""Class: each asking part of a message gets its own unit, in Japanese as in English (…と、…も知りたい / あと…), and
the course-start condition (開講時期, "which course start dates were covered") is a date of the start kind: a message
that asks when applications were taken and which course start dates were covered quotes both the acceptance period
(2017-09-15 to 2017-10-28) and "launched in and after April 2018", the one asked first leading. A start-and-end ask is the period, a date asked of two subjects gets each subject's
year, and a deadline the documents do not state is refused."""

from __future__ import annotations

import re

import pytest

from bot.answers.types import AnswerTypes

from tests.agent.each_asking_part import answered

WINDOW = re.compile(r"October 28, 2017|2017年10月28日")
START = re.compile(r"April 2018|2018年4月")


@pytest.mark.parametrize("question", [
    "第四次産業革命スキル習得講座（Re-Skills講座）の認定って、最初の申請受付はいつからいつまでだったんですか？あと対象になる講座の開講時期の条件も知りたいです。",
    "Re-Skills講座の最初の申請受付期間と、対象となる講座の開講時期を教えてください。",
    "When were applications for the first Re-Skills certification accepted, and which course start dates were covered?",
    "Which course start dates did the first Re-Skills certification cover, and when was the application window?",
])
def test_the_window_and_the_course_start_each_get_their_unit(bot, question: str) -> None:
    reply = bot.reply(bot.new_conversation(), question)
    assert not reply.refused, reply.answer
    assert WINDOW.search(reply.answer) and START.search(reply.answer), reply.answer


@pytest.mark.parametrize("question", [
    "第四次産業革命スキル習得講座（Re-Skills講座）の認定って、最初の申請受付はいつからいつまでだったんですか？あと対象になる講座の開講時期の条件も知りたいです。",
    "When were applications for the first Re-Skills certification accepted, and which course start dates were covered?",
])
def test_the_part_asked_first_leads(bot, question: str) -> None:
    answer = bot.reply(bot.new_conversation(), question).answer
    assert WINDOW.search(answer).start() < START.search(answer).start(), answer


@pytest.mark.parametrize("question", ["あと対象になる講座の開講時期の条件も知りたいです。", "講座の開講時期は？",
                                      "Which course start dates are covered?"])
def test_a_course_start_is_the_start_kind_of_a_date(question: str) -> None:
    ask = AnswerTypes.load().classify(question)
    assert "date" in ask.hard and "founding" in ask.kinds.get("date", ()), ask


@pytest.mark.parametrize("question", [
    "hi, a training school client asks when METI took applications for the first Re-Skills course certification? start and end date pls",
    "When was the application window for the first Re-Skills certification? start & end?",
    "What were the start date and end date for Re-Skills course certification applications?",
    "Re-Skills講座の最初の認定申請は、いつからいつまで受け付けていましたか？",
])
def test_a_start_and_end_ask_is_answered_by_the_period(bot, question: str) -> None:
    """Class: a start-and-end ask ("start and end date pls", いつからいつまで) is a period: the "Period for
    acceptance: ... to ..." block answers it, not a founding date."""
    answered(bot, question, r"September 15, 2017|2017年9月15日", r"October 28, 2017|2017年10月28日")


@pytest.mark.parametrize("question", [
    "Dear Sir or Madam, our IT training subsidiary is reviewing the history of the METI Re-Skills certification. "
    "Could you kindly confirm the period during which the first applications were accepted in 2017?",
    "Please confirm the period in which applications for the first Re-Skills certification were accepted in 2017.",
    "What was the application period for the first Re-Skills course certification in 2017?",
    "Re-Skills講座の最初の認定申請の受付期間を教えてください。",
])
def test_the_period_during_which_applications_were_accepted_is_the_window(bot, question: str) -> None:
    """Class: "the period during which applications were accepted" asks for the application window, also when
    the question names the year."""
    answered(bot, question, r"October 28, 2017|2017年10月28日")


@pytest.mark.parametrize("question", [
    "When could training providers submit applications for the first round of Re-Skills course certification, "
    "and from when did the courses have to start?",
    "When were applications for the first Re-Skills certification accepted, and when did the courses have to begin?",
])
def test_two_dates_of_two_kinds_each_get_their_unit(bot, question: str) -> None:
    """Class: two dates of two kinds in one message (when applications were taken, and from when courses had to
    start) each get their own unit, instead of a refusal because no one unit states both."""
    answered(bot, question, r"September 15, 2017", r"October 28, 2017", r"April 2018")


@pytest.mark.parametrize("question", [
    "Which is older, the Technical Intern Training system or the Specific Skills status? Give me the year each one started.",
    "Which came first, Specific Skills or the technical intern training system? Tell me the years they were established.",
])
def test_each_subjects_year_is_quoted(bot, question: str) -> None:
    """Class: a date asked of two subjects ("the year each one started") gets each subject's year."""
    answered(bot, question, r"1993", r"2019", refused=None)


@pytest.mark.parametrize("question", [
    "what is last date to apply for FY2024 japan internship program? and when result come",
    "When is the application deadline for the FY2024 Japan Internship Program?",
    "When will the JIP selection results be announced?",
    "JIPの選考結果はいつ発表されますか？",
    "2024年度のJIPの応募締切はいつですか？結果はいつ出ますか？",
])
def test_an_unstated_deadline_or_result_date_is_refused(bot, question: str) -> None:
    """Class: a deadline or a result date the documents do not state is refused ("the documents do not state"), not
    answered by a sentence that only mentions a timetable."""
    answer = answered(bot, question, refused=True)
    assert not re.search(r"(?i)deadline (?:is|was)\s+\w+\s+\d", answer)
