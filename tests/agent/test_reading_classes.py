"""Reading classes found by the 2026-12-02b fresh batches' first run (eval/results/fresh_batches.jsonl).

Each test states a CLASS of misreading, with several phrasings per class (only one of them, at most, is the
batch's own wording): a qualified count bound by "of them"/"of whom"/parentheses, the supervising
organization's excellence, the construction special case, an unqualified course length before its practical
hours, residence from studying or working in a place in Japan, an age asked about as a question, English
proficiency stated loosely or negated, earlier participation in a fiscal year, "not X but Y" corrections, and
Japanese calculator questions that must start their task. Slot-level checks go through the Understander;
routing checks go through the built-in Bot over a real index (the agent conftest's fixtures).
"""

from __future__ import annotations

import pytest

from bot.agent.understand import Understander
from support import converse
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


def slots_of(text: str) -> dict:
    parsed = UNDERSTANDER.parse(text)
    return parsed.slots


# --- a count with its qualifier after it ("52 of them full-time") -------------------------------------------
@pytest.mark.parametrize("text,value", [
    ("Hi, our company has 60 staff, 52 of them are full-time and the rest part-timers. Trainee quota?", 52),
    ("We employ 80 people, 64 of whom work full time. How many trainees can we accept?", 64),
    ("80 employees (64 full-time, 16 part-time) - how many technical interns?", 64),
    ("従業員は60人で、そのうち常勤は52人です。技能実習生は何人受け入れられますか？", 52),
])
def test_a_count_qualified_after_it_binds_the_qualified_number(text: str, value: int) -> None:
    assert slots_of(text).get("full_time_employees") == value


# --- the supervising organization's excellence is its own slot ----------------------------------------------
@pytest.mark.parametrize("text,excellent,supervisor", [
    ("We are an excellent implementing organization and our supervising organization is an excellent one too. "
     "310 full-time employees.", True, True),
    ("Excellent company, supervising org also excellent, 200 full-time staff: trainee limits?", True, True),
    ("We are excellent but our supervising organization is not. 150 full-time employees.", True, False),
    ("当社は優良な実習実施者で、監理団体も一般監理団体です。常勤職員250人です。", True, True),
    ("優良認定を受けていますが、監理団体は特定監理団体です。常勤100人。", True, False),
])
def test_supervising_organization_excellence_is_read(text: str, excellent: bool, supervisor: bool) -> None:
    slots = slots_of(text)
    assert slots.get("excellent") is excellent, slots
    assert slots.get("supervisor_excellent") is supervisor, slots


# --- the construction special case from the company's trade --------------------------------------------------
@pytest.mark.parametrize("text", [
    "Construction company, 40 full time employees. how many technical interns can we have in total?",
    "We're a small construction firm with 25 full-time workers; trainee quota?",
    "建設業の会社で常勤職員は40人です。技能実習生は何人まで？",
])
def test_construction_is_named_as_the_special_case(text: str) -> None:
    assert slots_of(text).get("special_case") == "construction"


# --- a course length written first, then its practical part ---------------------------------------------------
@pytest.mark.parametrize("text,total,practical", [
    ("our course is only basic IT. 40 hours, 30 hours practice. can it be a reskills course?", 40, 30),
    ("The course runs 60 hours in all, with 25 hours of hands-on exercises. Re-Skills ok?", 60, 25),
    ("総時間30時間のうち実習（演習・発表含む）が12時間のAI講座です。Re-Skills講座の認定は受けられそうですか？", 30, 12),
    ("全部で４０時間、そのうち実習は２２時間の講座です。Re-Skillsの要件を満たしますか？", 40, 22),
])
def test_course_total_and_practical_hours(text: str, total: int, practical: int) -> None:
    slots = slots_of(text)
    assert (slots.get("total_hours"), slots.get("practical_hours")) == (total, practical), slots


# --- studying or working in a place in Japan means residing in Japan -------------------------------------------
@pytest.mark.parametrize("text", [
    "I'm from the Philippines and currently studying my master's in Osaka. I'm 26. Am I eligible for the JIP?",
    "Vietnamese, 24, doing my PhD at a university in Sendai right now. Can I join the internship program?",
    "フィリピン人で、いま東京の専門学校に留学中です（２２歳、日本語N3）。JIPに申し込めますか？",
    "ネパール出身で、今は大阪の会社で働いています。29歳です。応募できますか？",
])
def test_studying_or_working_in_japan_is_residing_in_japan(text: str) -> None:
    assert slots_of(text).get("residing_in_japan") is True


# --- an age asked about ("is 41 too old") ------------------------------------------------------------------------
@pytest.mark.parametrize("text,age", [
    ("Is 41 too old for the government internship program? I'm from Bangladesh, living in Dhaka.", 41),
    ("would 38 be ok age-wise for JIP? kenyan, in Nairobi", 38),
    ("JIPは35歳でも応募できますか？ベトナム在住のベトナム人です。", 35),
])
def test_an_age_asked_about_is_read(text: str, age: int) -> None:
    assert slots_of(text).get("age") == age


# --- English proficiency said loosely, or negated ----------------------------------------------------------------
@pytest.mark.parametrize("text,value", [
    ("I'm from Bangladesh, living in Dhaka, English ok. Eligible for JIP?", True),
    ("My English is fluent. 30, Indian, in Pune. JIP?", True),
    ("my english is not good, I'm 27, from Nepal, living in Kathmandu. can I apply JIP?", False),
    ("モンゴル出身、30歳、ウランバートル在住です。英語はほとんど話せません。応募資格はありますか？", False),
    ("ネパール国籍で28歳、英語は仕事で使っています。JIPに応募できますか？", True),
])
def test_english_proficiency_loose_or_negated(text: str, value: bool) -> None:
    assert slots_of(text).get("english_proficient") is value


# --- earlier participation in a fiscal year ----------------------------------------------------------------------
@pytest.mark.parametrize("text,years", [
    ("I did the JIP internship in FY2022 already. can I apply again for 2024? I'm Indonesian.", [2022]),
    ("I took part in the Japan Internship Program in 2019. Am I still eligible?", [2019]),
    ("実は2023年度にもこのインターンシップに参加したのですが、今回も応募できますか？", [2023]),
])
def test_earlier_participation_year_is_read(text: str, years: list[int]) -> None:
    assert slots_of(text).get("participated_fiscal_years") == years


# --- "not X but Y" corrections take Y ----------------------------------------------------------------------------
def _last_call(bot, turns: list[str]):
    reply = converse(bot, *turns)
    assert reply.tool_calls, reply
    # the calculator's call (the search for the rule's passage runs beside it); a search alone is returned as is
    calculators = [call for call in reply.tool_calls if call.name != "search_knowledge"]
    return (calculators or reply.tool_calls)[-1]


@pytest.mark.parametrize("turns,tool,args", [
    (["オンラインインターンを20日間やった場合の活動支援金はいくらですか", "いや、日数は２０日じゃなくて４５日でした。"],
     "jip_support_funds", {"days": 45}),
    (["How much support money for a 20-day online internship?", "not 20 days but 45 days, sorry"],
     "jip_support_funds", {"days": 45}),
    (["常勤職員45人の会社です。技能実習生を何人受け入れられますか？", "いや、実習生を除くと40人です。"],
     "trainee_quota", {"full_time_employees": 40}),
    # the new value first, the replaced one after it ("Y, not X")
    (["How much support money for a 20-day online internship?", "no, the days were 45 not 20"],
     "jip_support_funds", {"days": 45}),
    (["We have 45 full-time employees, how many trainees can we accept?", "it's 40 employees, not 45"],
     "trainee_quota", {"full_time_employees": 40}),
])
def test_not_x_but_y_corrections_take_the_new_value(bot, turns, tool, args) -> None:
    call = _last_call(bot, turns)
    assert call.name == tool
    assert {k: call.args.get(k) for k in args} == args


# --- Japanese calculator questions start their task ----------------------------------------------------------------
@pytest.mark.parametrize("text,tool", [
    ("常勤職員250人の場合、1号・2号・3号それぞれの上限を教えてください。", "trainee_quota"),
    ("うちは常勤80人です。第2号の上限は何人ですか？", "trainee_quota"),
    ("総時間30時間のうち実習が12時間のAI講座を計画しています。Re-Skills講座の認定は受けられそうですか？",
     "reskills_course_check"),
])
def test_japanese_calculator_questions_call_their_tool(bot, text: str, tool: str) -> None:
    call = _last_call(bot, [text])
    assert call.name == tool


# --- a knowledge question that mentions a calculator's topic is not a calculation ----------------------------------
@pytest.mark.parametrize("text", [
    "my company wanted our data course certified as a Re-Skills course. what were the dates when METI was "
    "accepting the applications?",
    "Do I have to pay income tax in Japan on the JIP activity support funds?",
    "Where do I send the Re-Skills application documents by post?",
])
def test_knowledge_questions_about_a_calculator_topic_do_not_ask_for_calculator_inputs(bot, text: str) -> None:
    conversation = bot.new_conversation()
    reply = bot.reply(conversation, text)
    assert not any(call.name != "search_knowledge" for call in reply.tool_calls), reply.tool_calls
    assert "need one more detail" not in reply.answer
