"""Class: a knowledge message of several asks (a date, a number of years, a count, "is it true that ...") gets
each ask answered by a unit of its own, in the order asked, even when no one unit answers them all (the whole
message's selection is refused: a note on what changed since must never stand in for the answer).

1. The asks are cut out of the sentence however they open: a preposition before the question word ("since what
   date ...", "in how many industries ..."), a condition before the first ask ("If our attachments are too big,
   what is the address ..., and which phone number ...?"), a lettered list ("(a) the period, (b) which system,
   (c) the phone number, and (d) the postal address?").
2. An ask whose terms the quotes already state ("No.1 can be reached by finishing technical intern training No.2 -
   is that true?") is answered by them, no unrelated unit is added for it.
3. An ask the documents do not state keeps the whole refusal (it names what is not stated); nouns joined into one
   ask (電話番号と窓口の受付時間) are asks of the message's subject, not each an ask of its own.
4. Japanese: a numbered ask with a bracketed aside (②…でしょうか（紙での提出は可能ですか）。) is an ask, and
   いくつか教えてください only announces the asks (no count asked).
"""

from __future__ import annotations

import pytest

from bot.query import lettered_asks
from tests.agent.each_asking_part import answered

SSW_DATE = r"April 1, 2019"
FIVE_YEARS = r"(?i)\b(5|five) years\b"
INTERN_NO2 = r"Technical Intern Training No\. 2"


@pytest.mark.parametrize("question", [
    "I'm a volunteer at a migrant help desk. A client from Myanmar asks me: since what date does the \"Specific "
    "Skills\" residence status exist, how many years can a No.1 holder work in Japan, and in how many industries "
    "could you take the No.1 exams according to your documents? He also heard No.1 can be reached by finishing "
    "technical intern training No.2 - is that true?",
    "Since when does the Specific Skills status exist, for how many years can a No. 1 holder work, and in how many "
    "industries are the No. 1 exams held?",
    "From what date does Specific Skills exist, and how many years can Specific Skill No. 1 holders work in Japan?",
])
def test_date_years_and_count_are_each_answered(bot, question: str) -> None:
    answer = answered(bot, question, SSW_DATE, FIVE_YEARS)
    assert "14 industries" in answer or "14" in answer, answer
    assert not answer.startswith("The documents I have are older"), answer


def test_a_claim_the_quote_states_adds_no_unrelated_unit(bot) -> None:
    answer = answered(bot, "Since what date does the Specific Skills status exist, and how many years can a No.1 "
                           "holder work? I heard No.1 can be reached by finishing technical intern training No.2 - "
                           "is that true?", SSW_DATE, FIVE_YEARS, INTERN_NO2)
    assert "full-time employees" not in answer, answer


@pytest.mark.parametrize("question", [
    "quick question re: Re-Skills certification application. If our attachments are too big to upload "
    "electronically, what is the exact postal address to send them to (which office/division), what is the "
    "condition on the postmark, and which phone number do we call to get the ID and password for the system in the "
    "first place?",
    "If the attached documents cannot be sent electronically, where do we post them, and which number do we call "
    "for the ID and password?",
])
def test_a_condition_before_the_first_ask_frames_it(bot, question: str) -> None:
    answered(bot, question, r"(?i)postmark", r"03-3501-2646", r"IT Innovation Division", r"Kasumigaseki")


@pytest.mark.parametrize("question", [
    "I'm helping a training company look at the first Re-Skills certification call (2017). Can you tell me: (a) the "
    "exact period applications were accepted, (b) which system you apply through, (c) the phone number to get the "
    "ID and password, and (d) the postal address if the attachments can't be sent electronically?",
    "For the first Re-Skills round, please give me a) the acceptance period b) which system we apply through c) the "
    "postal address for attachments.",
])
def test_each_lettered_ask_is_answered(bot, question: str) -> None:
    answered(bot, question, r"October 28", r"(?i)e-?Gov", r"Kasumigaseki")


def test_lettered_asks_run_from_a() -> None:
    assert lettered_asks("Tell me: (a) the period, (b) which system, and (c) the phone number?") == [
        "the period?", "which system?", "the phone number?"]
    assert lettered_asks("a) what is X? b) when is Y?") == ["what is X?", "when is Y?"]
    assert lettered_asks("We have (b) one thing and (c) another.") == []
    assert lettered_asks("Plan (a) only.") == []


@pytest.mark.parametrize("question", [
    "業界団体で会員企業の研修支援を担当しております。Re-Skills講座の認定について資料を読んでいるのですが、いくつか教えて"
    "ください。①申請の受付期間はいつからいつまででしたか。②申請はどの方法で行うのでしょうか（紙での提出は可能ですか）。"
    "③添付書類を電子で送るのが難しい場合はどうすればよいですか。④申請に必要なIDとパスワードはどこで取得しますか。",
    "Re-Skills講座の認定申請って、最初の受付期間はいつからいつまででしたか？それと添付書類を郵送する場合の送り先も教えて"
    "ください。",
])
def test_japanese_numbered_asks_and_posting_are_each_answered(bot, question: str) -> None:
    answered(bot, question, r"2017年9月15日|September 15", r"郵送|消印", r"霞が関|Kasumigaseki")


def test_a_few_questions_announced_asks_no_count() -> None:
    from bot.answers.types import AnswerTypes

    types = AnswerTypes.load()
    assert "number" not in types.classify("いくつか教えてください。").types
    assert "number" in types.classify("分野はいくつありますか。").types
    assert types.is_question("②申請はどの方法で行うのでしょうか（紙での提出は可能ですか）。")


@pytest.mark.parametrize("question", [
    "Since what date does the Specific Skills status exist, and what is the monthly salary of a No.1 holder?",
    "From what date does the Specific Skills status exist, and how much is the monthly salary of a No.1 holder?",
])
def test_an_unstated_ask_keeps_the_refusal_and_quotes_the_stated_one(bot, question: str) -> None:
    # an ask the documents do not state beside a stated one keeps the refusal (answering around it lost every
    # refusal case of that shape: "how much salary ...? pls tell me in yen"); the refusal names what is not stated
    # and its closest quote is the stated ask's unit
    answer = answered(bot, question, r"(?i)salary", r"April 1, 2019|\b5 years\b", refused=True)
    assert answer.index("salary") < answer.index("Specific Skill"), answer


@pytest.mark.parametrize("question", [
    "WAASAさんに直接相談したいので、電話番号と窓口の受付時間を教えてもらえますか。",
    "東京ワークネットに相談したいのですが、電話番号と窓口の住所、受付時間を教えてもらえますか？",
])
def test_nouns_joined_in_one_ask_keep_the_subject_they_ask_of(bot, question: str) -> None:
    # 電話番号と|窓口の受付時間: nouns joined into one ask of the message's subject (an office the documents give no
    # contact of), not asks of their own: "the phone number" alone would quote another office's
    answer = answered(bot, question, refused=True)
    assert "3501" not in answer.split("\n")[0], answer


def test_asks_none_of_which_is_stated_are_refused(bot) -> None:
    answered(bot, "When is the deadline to apply for the FY2024 Japan Internship Program, and what is the email of "
                  "the JIP office?", refused=True)
