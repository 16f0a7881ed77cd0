"""Reading classes found by the 2026-12-02c fresh batches' first run (the batch files were not read).

Each test states a CLASS of misreading with several phrasings (English and Japanese where the class exists in
both): trainees counted inside a stated headcount, Japanese terms written in romaji, residence in a third
country, earlier participation with words between the program and the year, a number after a comparative
(a rule's threshold, not the user's count), a per-day rate asked about, an elliptical answer to a calculator's
question, and a procedure question on a calculator's topic. Slot-level checks go through the Understander;
routing checks go through the built-in Bot over a real index (the agent conftest's fixtures).
"""

from __future__ import annotations

import pytest

from bot.agent.understand import Understander
from support import converse
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


def slots_of(text: str) -> dict:
    return UNDERSTANDER.parse(text).slots


def _reply(bot, turns: list[str]):
    return converse(bot, *turns)


def _calculators(reply) -> list:
    return [call for call in reply.tool_calls if call.name != "search_knowledge"]


# --- trainees never count as full-time employees: a count that includes them loses them ----------------------------
@pytest.mark.parametrize("text,count", [
    ("our company has 120 full-time people on the payroll but 8 of them are technical intern trainees", 112),
    ("We have 60 full-time employees, 5 of whom are trainees. How many more trainees can we take?", 55),
    ("Our 80 staff include 6 technical intern trainees. What is our quota?", 74),
    ("社員は全部で54人（全員フルタイム）ですが、そのうち6人は技能実習生です", 48),
    ("常勤職員は30人ですが、技能実習生3人を含んでいます。受入れ人数は？", 27),
    ("常勤職員60人（うち技能実習生5人）です。受入れ人数は？", 55),
])
def test_trainees_inside_a_stated_count_are_taken_out(text: str, count: int) -> None:
    assert slots_of(text).get("full_time_employees") == count


@pytest.mark.parametrize("text,count", [
    ("すみません、52人には技能実習生4人が含まれていました。実習生を除くと48人です。", 48),
    ("We have 52 employees including 4 trainees, so 48 excluding the trainees.", 48),
    ("Excluding the trainees, we have 40 full-time staff (45 with them).", 40),
])
def test_a_count_stated_without_the_trainees_wins(text: str, count: int) -> None:
    assert slots_of(text).get("full_time_employees") == count


@pytest.mark.parametrize("text,shown", [
    ("our company has 120 full-time people on the payroll but 8 of them are technical intern trainees",
     "120 − 8 = 112"),
    ("社員は全部で54人（全員フルタイム）ですが、そのうち6人は技能実習生です。受入れ人数は？", "54 − 6 = 48"),
])
def test_the_reply_states_the_trainees_taken_out(bot, text: str, shown: str) -> None:
    reply = _reply(bot, [text])
    assert _calculators(reply)[0].name == "trainee_quota"
    assert shown in reply.answer


def test_a_correction_that_takes_the_trainees_out_recalculates(bot) -> None:
    reply = _reply(bot, ["社員52人です。技能実習生は何人受け入れられますか？",
                         "すみません、52人には技能実習生4人が含まれていました。実習生を除くと48人です。"])
    call = _calculators(reply)[0]
    assert call.name == "trainee_quota" and call.args["full_time_employees"] == 48


# --- Japanese terms written in romaji ------------------------------------------------------------------------------
@pytest.mark.parametrize("text,slot,value", [
    ("our supervising org is an ippan kanri dantai", "supervisor_excellent", True),
    ("Ippan-kanri dantai supervises us; 50 full-time employees", "supervisor_excellent", True),
    ("our supervising org is a tokutei kanri dantai", "supervisor_excellent", False),
    ("we are yuuryou and our kanri dantai is ippan. 60 full-time staff", "supervisor_excellent", True),
    ("We're yuryo (excellent) and have 100 full-time staff", "excellent", True),
])
def test_romanized_japanese_terms_are_read(text: str, slot: str, value: bool) -> None:
    assert slots_of(text).get(slot) is value


# --- living in a named country other than Japan ---------------------------------------------------------------------
@pytest.mark.parametrize("text,nationality", [
    ("I hold Chinese citizenship but I have lived and worked in Thailand for 5 years", "China"),
    ("Vietnamese national, I've been working in Singapore since 2020. Can I apply for JIP?", "Viet Nam"),
    ("I'm Indian but I studied and now live in Germany.", "India"),
    ("中国籍ですが、タイに5年住んでいます。JIPに応募できますか？", "China"),
    ("中国籍ですが、タイで5年働いています。JIPに応募できますか？", "China"),
])
def test_living_in_a_third_country_is_not_residing_in_japan(text: str, nationality: str) -> None:
    slots = slots_of(text)
    assert slots.get("residing_in_japan") is False, slots
    assert slots.get("nationality") == nationality, slots


# --- earlier participation, with words between the program and the year ---------------------------------------------
@pytest.mark.parametrize("text,years", [
    ("I did the JIP online internship in FY2022", [2022]),
    ("I joined the in-person internship program in 2021", [2021]),
    ("I did the METI government online internship back in FY2023, can I apply again?", [2023]),
    ("2021年度に経済産業省のジャパン・インターンシップ・プログラム（対面）に参加しました。", [2021]),
    ("I was an online intern with METI in 2022", [2022]),
    ("My previous JIP internship was in 2021", [2021]),
    ("2022年度のオンライン・インターンシップを修了しました", [2022]),
])
def test_earlier_participation_with_words_between_is_read(text: str, years: list[int]) -> None:
    assert slots_of(text).get("participated_fiscal_years") == years


def test_an_earlier_participant_is_told_they_cannot_apply(bot) -> None:
    reply = _reply(bot, ["I did the JIP online internship in FY2022. Am I eligible? I'm Indonesian, 25, living in "
                         "Jakarta, JLPT N2"])
    call = _calculators(reply)[0]
    assert call.name == "jip_eligibility" and call.args["participated_fiscal_years"] == [2022]
    assert "you meet" not in reply.answer.lower()


# --- a number after a comparative is a rule's threshold, not the user's count ----------------------------------------
@pytest.mark.parametrize("text", [
    "Is there a special limit for nursing care companies with fewer than 30 full-time staff?",
    "Do companies with more than 300 employees get a bigger trainee quota?",
    "介護職種で、常勤職員が30人未満の小さな事業所の場合、受入れ人数に特別な制限はありますか？",
    "常勤職員が301人以上の会社は、受入れ人数の枠が大きくなりますか？",
    "30人以下の介護事業所では何人まで受け入れられますか？",
])
def test_a_threshold_in_a_question_is_not_a_headcount(bot, text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert "full_time_employees" not in parsed.slots and parsed.asks_knowledge, parsed
    assert not _calculators(_reply(bot, [text]))


# --- a per-day rate asked about is a knowledge question --------------------------------------------------------------
@pytest.mark.parametrize("turns", [
    ["tell me about the online option of the METI internship",
     "ok and how much money per day do they give if i do it online?"],
    ["How much do online JIP interns get per day?"],
    ["What's the daily rate of the JIP support funds for online interns?"],
    ["オンラインのインターンシップでは1日あたりいくら支援金がもらえますか？"],
    ["JIPのオンラインだと1日いくらもらえますか？"],
])
def test_a_per_day_rate_needs_no_days(bot, turns: list[str]) -> None:
    reply = _reply(bot, turns)
    assert not _calculators(reply), reply.tool_calls
    assert "1,000 yen per day" in reply.answer
    assert "need one more detail" not in reply.answer and "必要" not in reply.answer


# --- an elliptical answer binds to the calculator the previous turn implied ------------------------------------------
@pytest.mark.parametrize("turns,args", [
    (["how much is the activity support money for the in-person internship?", "45 days"],
     {"mode": "in_person", "days": 45}),
    (["How much support money do online interns get?", "30 days"], {"mode": "online", "days": 30}),
    (["対面のインターンシップの活動支援金はいくらですか？", "45日間です"], {"mode": "in_person", "days": 45}),
    # a per-day question is answered from the documents; the days given next run the calculator it was about
    (["how much money per day for an in-person JIP internship?", "ok, and for 45 days?"],
     {"mode": "in_person", "days": 45}),
])
def test_an_elliptical_answer_completes_the_implied_calculation(bot, turns: list[str], args: dict) -> None:
    call = _calculators(_reply(bot, turns))[0]
    assert call.name == "jip_support_funds"
    assert {k: call.args.get(k) for k in args} == args


# --- a procedure question on a calculator's topic is not a calculation -----------------------------------------------
@pytest.mark.parametrize("text", [
    "If the Minister certifies our course, does it then automatically become eligible for the MHLW Education and "
    "Training Benefits too, or do we need to do something else?",
    "Once our course is certified as a Re-Skills course, what do we need to do to get it covered by the training "
    "benefits?",
    "講座が認定されたら、教育訓練給付の対象にも自動的になりますか？",
])
def test_a_procedure_question_on_a_calculator_topic_is_a_search(bot, text: str) -> None:
    reply = _reply(bot, [text])
    assert not _calculators(reply), reply.tool_calls
    assert "need one more detail" not in reply.answer


# --- the limits: what these rules must not take ----------------------------------------------------------------------
@pytest.mark.parametrize("text,count", [
    ("We have 25 full-time staff, fewer than 30. How many trainees can we accept?", 25),
    ("We have 40 full-time employees and 4 of them are part-timers' supervisors. Quota?", 40),
    ("We have 50 full-time employees and want 3 trainees. How many can we accept?", 50),
])
def test_a_count_stays_when_no_threshold_or_trainee_part_is_its_own(text: str, count: int) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.slots.get("full_time_employees") == count and not parsed.asks_knowledge


def test_japan_named_after_a_third_country_is_residence_in_japan() -> None:
    assert slots_of("I'm Thai. I worked in Thailand before, but now I live in Osaka.").get("residing_in_japan") is True


@pytest.mark.parametrize("turns,count,shown", [
    (["We have 52 full-time employees. How many trainees can we accept?", "sorry, the 52 included 4 trainees"],
     48, "52 − 4 = 48"),
    (["社員52人です。技能実習生は何人受け入れられますか？", "すみません、52人には技能実習生4人が含まれていました。"],
     48, "52 − 4 = 48"),
])
def test_trainees_named_in_a_later_turn_come_out_of_the_count_given_before(bot, turns, count: int, shown: str) -> None:
    reply = _reply(bot, turns)
    call = _calculators(reply)[0]
    assert call.name == "trainee_quota" and call.args["full_time_employees"] == count
    assert shown in reply.answer


@pytest.mark.parametrize("text", [
    "I joined a company in Tokyo in 2019 and I'm 28. Can I apply for JIP?",
    "I was in Osaka in 2020 for a conference. Am I eligible for the JIP?",
])
def test_a_year_beside_joining_something_else_is_no_participation(text: str) -> None:
    assert "participated_fiscal_years" not in slots_of(text)
