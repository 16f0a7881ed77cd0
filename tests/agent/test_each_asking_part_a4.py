"""Each ask of a message is answered by a unit of the kind it asks for (EN and JA phrasings):

- "how do we submit / apply?" beside a contact or a phone number ask is answered by the sentence that opens the
  procedure's steps (the e-Gov Electronic Application System), not only by the contact it shares words with;
- a start-and-end ask ("start and end date pls", "when did it open and close") is a period: the "Period for
  acceptance: ... to ..." block answers it, not a founding date;
- two dates of two kinds in one message (when applications were taken, and from when courses had to start) each
  get their own unit, instead of a refusal because no one unit states both;
- a deadline or a result date the documents do not state is refused ("the documents don't say"), not answered
  by a sentence that only mentions a timetable.
"""

from __future__ import annotations

import re

import pytest


@pytest.mark.parametrize("question", [
    "How do we actually submit a Re-Skills certification application? Is it online, and who do we contact to get the login?",
    "How do I apply for Re-Skills certification, and what is the phone number?",
    "What is the phone number for Re-Skills course certification? And how do we submit the application?",
    "Re-Skills講座の認定申請の問い合わせ先の電話番号は？申請方法も教えてください。",
])
def test_how_to_apply_beside_a_contact_ask_quotes_the_opening_of_the_steps(bot, question: str) -> None:
    reply = bot.reply(bot.new_conversation(), question)
    assert not reply.refused
    assert "e-Gov" in reply.answer, reply.answer
    assert "3501-2646" in reply.answer, reply.answer


@pytest.mark.parametrize("question", [
    "hi, a training school client asks when METI took applications for the first Re-Skills course certification? start and end date pls",
    "When was the application window for the first Re-Skills certification? start & end?",
    "What were the start date and end date for Re-Skills course certification applications?",
    "Re-Skills講座の最初の認定申請は、いつからいつまで受け付けていましたか？",
])
def test_a_start_and_end_ask_is_answered_by_the_period(bot, question: str) -> None:
    reply = bot.reply(bot.new_conversation(), question)
    assert not reply.refused, reply.answer
    assert re.search(r"September 15, 2017|2017年9月15日", reply.answer), reply.answer
    assert re.search(r"October 28, 2017|2017年10月28日", reply.answer), reply.answer


@pytest.mark.parametrize("question", [
    "When could training providers submit applications for the first round of Re-Skills course certification, "
    "and from when did the courses have to start?",
    "When were applications for the first Re-Skills certification accepted, and when did the courses have to begin?",
])
def test_two_dates_of_two_kinds_each_get_their_unit(bot, question: str) -> None:
    reply = bot.reply(bot.new_conversation(), question)
    assert not reply.refused, reply.answer
    assert "September 15, 2017" in reply.answer and "October 28, 2017" in reply.answer, reply.answer
    assert "April 2018" in reply.answer, reply.answer


@pytest.mark.parametrize("question", [
    "what is last date to apply for FY2024 japan internship program? and when result come",
    "When is the application deadline for the FY2024 Japan Internship Program?",
    "When will the JIP selection results be announced?",
    "JIPの選考結果はいつ発表されますか？",
    "2024年度のJIPの応募締切はいつですか？結果はいつ出ますか？",
])
def test_an_unstated_deadline_or_result_date_is_refused(bot, question: str) -> None:
    reply = bot.reply(bot.new_conversation(), question)
    assert reply.refused, reply.answer
    assert not re.search(r"(?i)deadline (?:is|was)\s+\w+\s+\d", reply.answer)


@pytest.mark.parametrize("question", [
    "技能実習の対象職種って全部でいくつありますか？主なものもいくつか教えてください。",
    "食品製造の仕事でも技能実習生を受け入れられますか？技能実習の対象職種って全部でいくつあるんでしょうか。",
    "技能実習で食品製造の職種は対象ですか？対象職種はいくつありますか？",
    "技能実習の職種は全部で何職種ありますか？",
    "How many occupations does technical intern training cover? Name some of the main ones.",
    "Can we accept technical intern trainees for food manufacturing work? How many occupations are covered in total?",
])
def test_an_occupation_count_with_a_membership_ask_quotes_the_counted_list(bot, question: str) -> None:
    """The count of occupations asked (全部でいくつ, beside whether food manufacturing is one or which are the main
    ones) is answered by the sentence that counts them and names some ("156 tasks in 85 occupations, including
    food, construction, welding ..."), not by the required/related/peripheral split nor by a refusal because the
    trainees of the other sentence are not in the quote."""
    reply = bot.reply(bot.new_conversation(), question)
    assert not reply.refused, reply.answer
    assert "85" in reply.answer and "156" in reply.answer, reply.answer
    assert re.search(r"(?i)food|食品", reply.answer) and re.search(r"(?i)welding|溶接", reply.answer), reply.answer


@pytest.mark.parametrize("question", [
    "Re-Skills講座の最初の認定申請は、いつからいつまで受け付けていましたか？申請方法も教えてください。",
    "Re-Skills講座の認定申請はいつからいつまででしたか？申請の方法も知りたいです。",
    "When were applications for the first Re-Skills certification accepted? And how do we apply?",
])
def test_the_window_and_how_to_apply_get_the_period_and_a_step_of_the_procedure(bot, question: str) -> None:
    """The window and, in a part of its own, how to apply: the period and the procedure (its opening, else one of
    its steps through the electronic application system), not a label block that only names the office in charge
    of procedures. The reference translation calls "the System" what the document defines it as (電子申請システム)."""
    reply = bot.reply(bot.new_conversation(), question)
    assert not reply.refused, reply.answer
    assert re.search(r"September 15, 2017", reply.answer) and re.search(r"October 28, 2017", reply.answer)
    assert re.search(r"e-Gov|電子申請", reply.answer), reply.answer
    assert "Information on application procedures therefor" not in reply.answer, reply.answer
