"""Class: several knowledge asks in one message, joined by commas, "and", "also", 「あと」 or question marks, are each
answered by their own unit: the period, the e-Gov procedure and the posting rule; the maximum period, the companies
that get it and the year the system started (an "also when ..." without a question mark asks too); the host-company
rule and who provides the interns' computers; whether METI's certification carries MHLW's benefits and whether a basic
PC course qualifies (basic IT courses are excluded). One ask is not split: a clause that opens no question of its
own (a frame, an aside between commas, items of a list) belongs to the ask beside it."""

from __future__ import annotations

import pytest

from bot.answers.asks import list_of_asks
from bot.answers.types import AnswerTypes
from tests.agent.each_asking_part import answered


@pytest.mark.parametrize(("question", "asks"), [
    ("For the METI Re-Skills course certification, when was the first application period, how do they submit "
     "(online or paper?), and if the attached documents are too big can they send by post instead?",
     ["For the METI Re-Skills course certification, when was the first application period?",
      "how do they submit (online or paper?)?",
      "if the attached documents are too big can they send by post instead?"]),
    ("What is the age limit, and is there a language requirement?",
     ["What is the age limit?", "is there a language requirement?"]),
    ("When does the window open, also where do we send the forms?",
     ["When does the window open?", "where do we send the forms?"]),
])
def test_clauses_that_each_open_a_question_are_asks(question: str, asks: list[str]) -> None:
    assert list_of_asks(question) == asks


@pytest.mark.parametrize("question", [
    "Can I, as a foreigner, apply?",
    "What are the fields, like AI, IoT and cloud?",
    "We checked the list, and what now?",
    "If I am 41, can I still apply?",
])
def test_one_ask_with_commas_is_not_split(question: str) -> None:
    assert list_of_asks(question) == []


@pytest.mark.parametrize("question", [
    "and our basic PC skills course (Excel, Word, email) can be certified too?",
    "We teach Word, Excel and email basics. Can that course be certified?",
])
def test_email_as_a_course_topic_asks_no_contact(question: str) -> None:
    assert "contact" not in AnswerTypes.load().classify(question).types


@pytest.mark.parametrize("question", [
    "and our basic PC skills course (Excel, Word, email) can be certified too?",
    "this one could also be covered?",
])
def test_a_yes_no_in_statement_order_asks_a_condition(question: str) -> None:
    assert "condition" in AnswerTypes.load().classify(question).types


@pytest.mark.parametrize("question", [
    "Im checking for our client (an IT school). For the METI Re-Skills course certification, when was the first "
    "application period, how do they submit (online or paper?), and if the attached documents are too big can they "
    "send by post instead?",
    "For the Re-Skills certification, when was the application period, how did they apply, and if the attachments "
    "were too large could they send them by post?",
])
def test_period_method_and_posting_joined_by_commas(bot, question: str) -> None:
    answered(bot, question, r"October 28", r"(?i)e-?Gov", r"by post")


@pytest.mark.parametrize("question", [
    "What is max period of Technical Intern Training and which companies can get the full period? also when was the "
    "system started",
    "How long can technical intern training last at most? and when did the system begin",
])
def test_an_unmarked_question_beside_a_marked_one_is_answered(bot, question: str) -> None:
    answered(bot, question, r"(?i)5 years|five years", r"1993")


@pytest.mark.parametrize("question", [
    "経産省のジャパン・インターンシップ・プログラムに受入れ企業として参加したいのですが、どんな会社なら受入れ先になれますか。"
    "弊社は業界団体の事務局も兼ねている中小の建材メーカーです。あと、インターン生が使うパソコンはこちらで用意する必要がありますか？",
])
def test_the_host_rule_and_the_computers_each_get_their_unit(bot, question: str) -> None:
    answered(bot, question, r"industry associations", r"personal computers")


@pytest.mark.parametrize("question", [
    "JIPで受入れ企業になるための条件を教えてください。あと、インターン生のパソコンは会社で用意するのでしょうか？",
    "For JIP host companies, what are the conditions? Also, do we have to provide the interns' laptops?",
])
def test_the_computers_ask_is_not_dropped_beside_another(bot, question: str) -> None:
    answered(bot, question, r"personal computers")


@pytest.mark.parametrize("question", [
    "two question about Re-Skills: if METI certify our course, is it automatically ok for MHLW Training and Education "
    "Benefits? and our basic PC skills course (Excel, Word, email) can be certified too?",
    "Is a Re-Skills course automatically eligible for the MHLW Training and Education Benefits? And our basic Excel "
    "and Word course could be certified as well?",
])
def test_the_benefits_and_the_basic_course_each_get_their_unit(bot, question: str) -> None:
    answered(bot, question, r"MHLW", r"(?i)basic IT skill courses are excluded")


@pytest.mark.parametrize("question", [
    "how do we submit the Re-Skills application? online or paper? and how to get the ID & password for the system",
    "how do we get the ID and password for the Re-Skills e-Gov system?",
    "For the Re-Skills application, how do we obtain the login ID and password?",
    "Reスキル講座の電子申請のIDとパスワードはどうやって取得しますか？",
])
def test_how_to_get_the_id_runs_through_the_sentence_that_says_how(bot, question: str) -> None:
    # the quoted steps run on past three sentences while the next one answers about as well: the ID step is
    # followed by whom to contact for the ID (and the number)
    answered(bot, question, r"(?i)ID", r"03-3501-2646")


@pytest.mark.parametrize("question", [
    "技能実習の最長期間と、制度が始まった年を教えてください。",
    "技能実習の最長期間と制度が創設された年を教えてください。",
    "技能実習は最長何年ですか？あと、制度はいつ始まりましたか？",
])
def test_two_asks_joined_by_to_or_ato_each_get_their_unit(bot, question: str) -> None:
    # (制度が始まった年: the year something started asks a date, as いつ始まった does)
    answered(bot, question, r"(?i)5年|five years|5 years", r"1993")
