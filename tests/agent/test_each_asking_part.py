"""Class: a message with several asking parts (a confirmation and a contact: "the application is electronic,
right? whom do we contact for the ID and password?") answers each part with its own quote: the part the first
answer leaves open (e-Gov) gets the unit that covers it, besides the contact's number."""

from __future__ import annotations

import re

import pytest

from tests.agent.each_asking_part import answered


@pytest.mark.parametrize("question", [
    "Re-Skills講座の申請って電子申請ですよね？IDとパスワードがいると聞いたんですが、どこに連絡して取ればいいですか？電話番号もあれば。",
    "Re-Skills講座の申請は電子申請で行うんですよね？IDとパスワードはどこに連絡すればもらえますか？",
    "The Re-Skills application is filed electronically, right? Whom do we contact to get the ID and password?",
])
def test_each_asking_part_is_answered(bot, question: str) -> None:
    answered(bot, question, r"e-Gov", r"03-3501-2646")


def test_a_single_question_gets_no_extra_quote(bot) -> None:
    answered(bot, "What is the phone number for obtaining the e-Gov ID and password for Re-Skills?", r"03-3501-2646",
             refused=None)


@pytest.mark.parametrize("question", [
    "第四次産業革命スキル習得講座の認定、最初の申請受付はいつからいつまででしたか？また、いつ以降に開講する講座が対象でしたか。",
    "Re-Skills講座の最初の申請受付期間はいつでしたか？また、いつ以降に開講する講座が対象でしたか。",
])
def test_a_question_without_question_mark_is_an_asking_part(bot, question: str) -> None:
    """Class: a sentence the catalog reads as a question (…でしたか。) is an asking part even without "？": the
    launch month (April 2018) is quoted besides the acceptance period."""
    answered(bot, question, r"2017", r"April 2018|2018年4月")


@pytest.mark.parametrize("question", [
    "技能実習制度っていつできたの？そもそも何のための制度？",
    "技能実習制度はいつ創設されましたか？何のための制度ですか？",
])
def test_a_part_asking_its_own_type_gets_its_own_quote(bot, question: str) -> None:
    """Class: a part that asks for a type of its own (何のため: a reason, after いつ: a date) is answered with a
    quote of its own besides the date (1993)."""
    answered(bot, question, r"1993", r"\[2\]")


@pytest.mark.parametrize("question", [
    "A Tokyo training school we partner with asks how the Re-Skills course certification application worked back "
    "in 2017: the window, how to file, and who to call for the system ID?",
    "About the 2017 Re-Skills certification: the application window, how to file, and whom to call for the ID?",
])
def test_each_item_of_a_colon_list_of_asks_is_answered(bot, question: str) -> None:
    """Class: the items of a colon list of asks each get a quote of their own type: the period (window), the
    e-Gov filing (how to file), the phone number (who to call)."""
    answered(bot, question, r"September 15, 2017", r"e-Gov", r"03-3501-2646")


@pytest.mark.parametrize("question,expected", [
    # a request after a question ("…教えてください。") asks for its own type: the e-Gov method besides the dates
    ("会員のIT研修会社が「第四次産業革命スキル習得講座」の認定を受けたいと言っています。申請はどういう方法で出すのでしょうか？"
     "システムのID・パスワードを取るための問い合わせ先の電話番号も教えてください。", ["e-Gov", "03-3501-2646"]),
    ("Re-Skills講座の申請方法を教えてください。IDとパスワードの問い合わせ先の電話番号は何番ですか？", ["e-Gov", "03-3501-2646"]),
])
def test_a_request_after_a_question_is_an_asking_part(bot, question: str, expected: list[str]) -> None:
    answered(bot, question, *map(re.escape, expected))


@pytest.mark.parametrize("question", [
    "JIPのインターン生を受け入れる中小企業です。渡航の航空券や宿泊先は会社側で手配しないといけないんですか？"
    "あとパソコンはどちらが用意することになっていますか？",
    "Does the host company have to arrange the interns' flights and accommodation for JIP? And who provides the PC?",
])
def test_each_thing_an_enumeration_names_is_answered(bot, question: str) -> None:
    """Class: a part that names several things (航空券や宿泊先) is answered by the list items that name each: the
    accommodation item is quoted with the airline tickets item (the list whole), not dropped."""
    answered(bot, question, r"airline tickets", r"accommodation", r"personal computers")


@pytest.mark.parametrize("question", [
    "step by step, how do we submit an application for Re-Skills course certification? which system and which forms?",
    "Re-Skills講座の認定申請の手順を順番に教えてください。どのシステムとどの様式を使いますか？",
])
def test_a_procedure_asked_step_by_step_quotes_its_steps(bot, question: str) -> None:
    """Class: "step by step" (手順を順番に) asks for every step: the forms step (Form 1 to Form 6) is quoted with
    the e-Gov and ID steps, not cut after the first three sentences."""
    answered(bot, question, r"e-Gov", r"Form 1 to Form 6")


@pytest.mark.parametrize("question", [
    "当社で実施している社会人向けのデータ分析研修について、Re-Skills講座の認定申請を検討しております。申請はどのような方法で"
    "行うのでしょうか。また、事前にIDなどを取得する必要はありますか。問い合わせ先もあわせて教えていただけますと幸いです。",
    "We run a data analysis course and are considering the Re-Skills certification. How do we apply? Do we need an ID "
    "first? Please also tell us whom to contact.",
])
def test_three_asking_parts_after_a_background_sentence_are_each_answered(bot, question: str) -> None:
    """Class: a sentence that only tells the background (…を検討しております。) is no asking part, and a third part
    (the contact) is answered too: e-Gov, the ID step and the IT Innovation Division are all quoted."""
    answer = answered(bot, question, r"ID and password", r"IT Innovation Division")
    if "申請" in question:
        assert "e-Gov" in answer, answer


@pytest.mark.parametrize("question", [
    "Which fields allow moving up from Specific Skill No.1 to No.2? Is the number of years for No.2 limited?",
    "What sectors can a Specific Skill No. 1 worker move up to No. 2 in? Is the number of years in No. 2 limited?",
    "特定技能1号から2号に移れる分野はどこですか？2号の在留年数に上限はありますか？",
])
def test_whether_no2_is_limited_is_answered_beside_the_fields(bot, question: str) -> None:
    """Class: a second ask whether a length is limited gets the unit that states it (the renewal of No. 2 is
    indefinite) beside the fields."""
    answered(bot, question, r"indefinite|更新の上限がない", r"construction|建設")


@pytest.mark.parametrize("question", [
    "When did the Specific Skills visa status start, and how long can a Specific Skill No.1 worker stay in Japan?",
    "When was Specific Skills introduced? How many years can No.1 workers stay?",
    "特定技能の在留資格はいつ始まりましたか？また、特定技能1号の人は日本にどのくらい滞在できますか？",
    "特定技能制度の開始日と、1号の在留期間の上限を教えてください。",
])
def test_a_part_qualified_no1_is_answered_by_no1s_unit_not_no2s(bot, question: str) -> None:
    """Class: an asking part whose subject carries a qualifier that tells two things apart (No. 1 / No. 2, 1号 /
    2号) is answered by that qualifier's unit (No. 1 works up to 5 years), never by its sibling's (the renewal of
    No. 2 is indefinite), beside the start date the first part asks."""
    answer = answered(bot, question, r"April 1, 2019|2019年4月1日", r"5 years")
    assert "indefinite" not in answer, answer


@pytest.mark.parametrize("question", [
    "How do we file a Re-Skills course application electronically, and who do we call to get the login ID and password?",
    "Who do we call for the login ID, and how do we file the Re-Skills application electronically?",
])
def test_two_questions_in_one_sentence_are_each_answered(bot, question: str) -> None:
    answered(bot, question, r"e-Gov", r"03-3501-2646", refused=None)


@pytest.mark.parametrize("question", [
    "How do we actually submit a Re-Skills certification application? Is it online, and who do we contact to get the login?",
    "How do I apply for Re-Skills certification, and what is the phone number?",
    "What is the phone number for Re-Skills course certification? And how do we submit the application?",
    "Re-Skills講座の認定申請の問い合わせ先の電話番号は？申請方法も教えてください。",
])
def test_how_to_apply_beside_a_contact_ask_quotes_the_opening_of_the_steps(bot, question: str) -> None:
    """Class: "how do we submit / apply?" beside a contact or a phone number ask is answered by the sentence that
    opens the procedure's steps (the e-Gov Electronic Application System), not only by the contact it shares
    words with."""
    answered(bot, question, r"e-Gov", r"3501-2646")


@pytest.mark.parametrize("question", [
    "Re-Skills講座の最初の認定申請は、いつからいつまで受け付けていましたか？申請方法も教えてください。",
    "Re-Skills講座の認定申請はいつからいつまででしたか？申請の方法も知りたいです。",
    "When were applications for the first Re-Skills certification accepted? And how do we apply?",
])
def test_the_window_and_how_to_apply_get_the_period_and_a_step_of_the_procedure(bot, question: str) -> None:
    """The window and, in a part of its own, how to apply: the period and the procedure (its opening, else one of
    its steps through the electronic application system), not a label block that only names the office in charge
    of procedures. The reference translation calls "the System" what the document defines it as (電子申請システム)."""
    answer = answered(bot, question, r"September 15, 2017", r"October 28, 2017", r"e-Gov|電子申請")
    assert "Information on application procedures therefor" not in answer, answer


@pytest.mark.parametrize("turns", [
    ["What is the Re-Skills course program of METI for?",
     "Thank you. When did the 2017 application period close, and whom should we telephone to obtain the e-Gov login?"],
    ["When did the application period for Re-Skills certification close, and whom do we call to get the e-Gov login?"],
])
def test_the_close_of_the_window_beside_a_phone_ask_each_get_their_unit(bot, turns: list[str]) -> None:
    answered(bot, turns, r"October 28, 2017", r"3501-2646")


@pytest.mark.parametrize("question", [
    "hola, i am still studying at university in Bolivia. for the internship program of METI what documents i need "
    "from my university? and can i apply to both the online and in japan internship or only one?",
    "Which documents do students need for the JIP? And can I apply to both the online and the in-person internship?",
])
def test_a_second_ask_whose_words_no_unit_repeats_still_gets_its_unit(bot, question: str) -> None:
    """A documents ask answered first does not swallow a second ask with a type of its own (whether one may
    apply to both internships): the first unit the second ask's own selection quotes answers it."""
    answered(bot, question, r"certificate of enrollment", r"apply for both internship options")
