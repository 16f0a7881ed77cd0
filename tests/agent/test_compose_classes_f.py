"""Classes of knowledge answers found by fresh batch f: which unit answers and its lead, end to end over the
real index (each class with several phrasings, in English and Japanese where it applies)."""

from __future__ import annotations

import pytest

from bot.answers.types import AnswerTypes


def _reply(bot, *turns: str):
    conversation = bot.new_conversation()
    reply = None
    for turn in turns:
        reply = bot.reply(conversation, turn)
    return reply


# --- a date written year first with a month name ("2019 July: ...") is a date; 何年何月 asks for a date --------
@pytest.mark.parametrize("question", [
    "WAASAが法務省主催の特定技能に関する説明会に出席したのは何年何月ですか。",
    "WAASAが法務省の特定技能説明会に出たのは何年の何月？",
    "In what year and month did WAASA attend the Ministry of Justice briefing on Specific Skills?",
    "When did WAASA attend the Ministry of Justice briefing session?",
])
def test_a_year_first_month_date_answers_a_when_question(bot, question: str) -> None:
    reply = _reply(bot, question)
    assert not reply.refused, reply.answer
    assert "2019 July" in reply.answer
    if "何" in question:
        assert reply.answer.startswith("資料によると、時期は2019年7月"), reply.answer


@pytest.mark.parametrize("question", ["何年何月に始まりましたか", "それは何年の何月ですか"])
def test_year_and_month_asks_for_a_date_not_a_duration(question: str) -> None:
    ask = AnswerTypes.load().classify(question)
    assert "date" in ask.types and "duration" not in ask.types


# --- "general / main / switchboard / 代表" picks the organisation's own number, and names no subject ------------
@pytest.mark.parametrize("turns", [
    ("What number should I call to get the e-Gov ID for a Re-Skills application?",
     "And the general METI telephone number printed at the bottom of the notice?"),
    ("What number should I call to get the e-Gov ID for a Re-Skills application?",
     "And the main METI telephone number at the bottom of the notice?"),
    ("What number should I call to get the e-Gov ID for a Re-Skills application?",
     "What about the switchboard telephone number of METI?"),
])
def test_the_general_number_is_the_organisations_own_line(bot, turns) -> None:
    reply = _reply(bot, *turns)
    assert not reply.refused and "3501-1511" in reply.answer, reply.answer
    assert "2646" not in reply.answer.split("\n\n")[0]


@pytest.mark.parametrize("question,word", [
    ("And the general METI telephone number printed at the bottom of the notice?", "general"),
    ("What is METI's main phone number?", "main"),
    ("経済産業省の代表電話番号を教えてください", "代表"),
])
def test_a_main_number_qualifier_is_read(question: str, word: str) -> None:
    types = AnswerTypes.load()
    ask = types.classify(question)
    assert "phone" in ask.hard
    assert [k.name for k in types.qualifiers_of(ask, question)] == ["main"]


# --- the sentence that asks decides the answer type; the background sentences do not --------------------------
BACKGROUND_ASKS = [
    ("I am an engineer in Vietnam and my salary is not so high, so I cannot pay many costs myself. "
     "Could you please list the support items of the METI internship program?", "list", "amount"),
    ("Dear sir, I would like to understand what kind of support the Japan Internship Program provides, because my salary is not so "
     "high. Could you please list the support items?", "list", "amount"),
    ("We pay our staff a good salary and the fees are fine. When is the deadline for the Re-Skills application?",
     "date", "amount"),
    ("JIPに応募したいと考えています。給料が高くないので、自分で多くの費用は払えません。インターン生への支援の内容を一覧で教えてください。",
     "list", "amount"),
    ("うちは給与水準は高いほうです。技能実習生は最長何年いられますか？", "duration", "amount"),
]


@pytest.mark.parametrize("question,asked,background", BACKGROUND_ASKS)
def test_the_asking_sentence_decides_the_type(question: str, asked: str, background: str) -> None:
    ask = AnswerTypes.load().classify(question)
    assert asked in ask.types and background not in ask.types, ask


@pytest.mark.parametrize("question", [q for q, asked, _ in BACKGROUND_ASKS if asked == "list"])
def test_a_support_list_asked_after_a_wage_remark_is_answered(bot, question: str) -> None:
    reply = _reply(bot, question)
    assert not reply.refused, reply.answer
    assert "insurance" in reply.answer.lower() and "accommodation" in reply.answer.lower()


@pytest.mark.parametrize("question", ["What is the salary of a JIP intern?", "JIPのインターンの給料はいくらですか"])
def test_a_wage_asked_in_the_asking_sentence_is_still_a_wage(question: str) -> None:
    assert "amount" in AnswerTypes.load().classify(question).hard


# --- an 'excluded' question is answered by the unit that states the exclusion, and its lead names what is left out
@pytest.mark.parametrize("question", [
    "For in-person JIP internships, which types of organizations are excluded as host companies?",
    "What kinds of organisations are excluded from hosting in-person JIP internships?",
    "JIPの対面インターンシップで、受入れ企業から除外されるのはどんな団体ですか？",
    "対面のJIPインターンで受入れ企業になれない団体はどこですか",
])
def test_an_excluded_question_quotes_the_exclusion(bot, question: str) -> None:
    reply = _reply(bot, question)
    assert not reply.refused, reply.answer
    first = reply.answer.split("\n\n")[:2]
    assert any("excluding industry associations" in part for part in first), reply.answer
    assert "Arrangement of accommodation" not in reply.answer
    if question.isascii():
        return
    assert reply.answer.startswith("資料によると、除かれるのは業界団体、非営利団体、地方自治体です"), reply.answer


@pytest.mark.parametrize("question", ["Which Re-Skills courses are excluded?", "どの団体が対象外ですか",
                                      "除外される講座はありますか"])
def test_an_excluded_question_asks_for_the_exclusion(question: str) -> None:
    assert "exclusion" in AnswerTypes.load().classify(question).types


# --- a coverage list is quoted with the exclusion stated next to it; a question asking both gets both ----------
@pytest.mark.parametrize("question", [
    "I am preparing a proposal for our training center in Da Nang. Could you explain which fields of courses were "
    "covered by the first certification of the Fourth Industrial Revolution Skills Courses, and whether there is "
    "any kind of course which is excluded?",
    "Which fields are covered by the Re-Skills certification, and are any courses excluded?",
    "Re-Skillsの対象になる分野ってどれですか？うちの研修がIT系なので該当するか見たくて、一覧でお願いします。",
    "第四次産業革命スキル習得講座の対象分野を一覧で教えてください。",
    "Re-Skills講座はどの分野が対象ですか？",
])
def test_a_coverage_list_comes_with_its_exclusion(bot, question: str) -> None:
    reply = _reply(bot, question)
    assert not reply.refused, reply.answer
    assert "data science" in reply.answer and "Fundamental and basic IT skill courses are excluded" in reply.answer
    assert reply.answer.index("data science") < reply.answer.index("Fundamental and basic")
    if not question.isascii():
        assert "資料に挙げられているのは、AI、IoT" in reply.answer, reply.answer


# --- the value's subject must be the asked subject: a date of another subject does not answer -----------------
@pytest.mark.parametrize("question,closest", [
    ("when is JLPT exam in manila this year? need N3 for JIP", None),
    ("What is the date of the next JLPT test for JIP applicants?", None),
    ("JIPに必要なJLPTの試験はいつありますか", None),
    ("技能実習計画の認定申請から認定までの標準処理期間は何日ですか。受入れスケジュールを逆算したいので。", None),
    ("技能実習計画の審査期間はどのくらいですか", None),
    ("How long does it take for a technical intern training plan to be certified after applying?", None),
    ("What is the standard processing time for a technical intern training plan?", None),
])
def test_a_value_of_another_subject_does_not_answer(bot, question: str, closest) -> None:
    reply = _reply(bot, question)
    assert reply.refused, reply.answer
    assert "August 1, 2024" not in reply.answer.split("\n\n")[0] and "5 years" not in reply.answer.split("\n\n")[0]


@pytest.mark.parametrize("question", [
    "Per the FY2024 Japan Internship Program call, on which exact date is the applicant's age assessed?",
    "As of what date is the age of JIP applicants counted?",
    "JIPの応募者の年齢は何月何日時点で判断されますか",
    "JIPの年齢は何日時点で判断されますか",
])
def test_the_age_reference_date_is_the_age_unit(bot, question: str) -> None:
    reply = _reply(bot, question)
    assert not reply.refused and "18 to 40 years old as of August 1, 2024" in reply.answer, reply.answer


# --- Tokyo's supports for SMEs are answered as the list of supports, with the Pasona-run project -------------
@pytest.mark.parametrize("question", [
    "Tokyo WorkNet what is? and support project for chusho kigyo foreign jinzai, which company help?",
    "Which company helps Tokyo's support project for small companies hiring foreigners?",
    "Does Tokyo have any support for SMEs hiring foreign workers?",
    "東京都で外国人材を受け入れる中小企業向けの支援って何かあります？介護事業所でも使えるものがあれば。",
    "東京都の中小企業向け外国人材受入れ支援事業は、どこの会社が手伝っていますか",
    "東京都って外国人を雇う中小企業の支援、何かある？",
])
def test_tokyo_sme_supports_include_the_pasona_project(bot, question: str) -> None:
    reply = _reply(bot, question)
    assert not reply.refused, reply.answer
    assert "Tokyo WorkNet" in reply.answer and "Pasona" in reply.answer, reply.answer


# --- a scope yes/no names the user's own categories: a restriction leaves them out ---------------------------
@pytest.mark.parametrize("question,names", [
    ("介護職種で実習生を受け入れる場合の「常勤職員」は、施設の職員全員を数えてよいのでしょうか。事務員や看護師も含めて数えたいのですが。",
     ["事務員", "看護師"]),
    ("介護の実習生の受入れで、常勤職員に看護師も数えられますか", ["看護師"]),
    ("For nursing care trainees, can we count our office staff and nurses too as full-time employees?",
     ["office staff", "nurses"]),
    ("In the nursing care occupation, may we include clerks as full-time employees?", ["clerks"]),
])
def test_a_restriction_answers_no_for_the_users_categories(bot, question: str, names: list[str]) -> None:
    reply = _reply(bot, question)
    lead = reply.answer.split("\n\n")[0]
    assert lead.startswith(("いいえ", "No:")), reply.answer
    assert all(name in lead for name in names), lead
    assert "主たる業務が介護" in lead or "main job is nursing care" in lead
