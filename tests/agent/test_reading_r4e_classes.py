"""Reading classes of the fresh batch 2026-12-04e (and 04d): where one lives now, a criterion that decides the verdict
alone, corrections that assert a new value, a subject no program covers, a number written twice in two scripts.

- "still in Hanoi", "now in Lagos", "based in Nairobi", 「今もハノイにいます」: a place outside Japan is not residing in
  Japan, a place in Japan is; the nationality reaches the tool resolved to one country (the tool and the evaluation
  compare countries, not spellings).
- a criterion that already fails decides the eligibility verdict: a value that cannot be read (an age range of third
  parties, "around 24-25") is not asked back then; it is asked when the verdict stays open.
- "X ではなく Y", "X じゃなくて Y", "not X but Y", "X -> Y", "Y, not X": the value asserted is Y; a share that "went up to"
  or "is only" a figure (number words too) is that figure; "required stays the same" keeps it.
- solar panels, building permits, a factory's property tax, car insurance: off topic even in program words.
- "430（四百三十）人", "四百三十（430）人": one count.
"""

from __future__ import annotations

import re

import pytest

from support import converse
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text, residing", [
    ("Now I am 26, still in Hanoi, Vietnam, JLPT N3. Can I apply again for JIP?", False),
    ("I'm Kenyan, 30, currently based in Nairobi, N3. Can I apply for JIP?", False),
    ("I am Nigerian, 24, now in Lagos, good English. Am I eligible for JIP?", False),
    ("I'm Thai, 25, still in Tokyo on a student visa, N2. Can I apply to JIP?", True),
    ("ベトナム国籍、26歳です。今もハノイにいます。N3です。JIPに応募できますか？", False),
    ("ケニア国籍で30歳、まだナイロビに住んでいます。JIPに応募できますか？", False),
    ("タイ国籍の25歳で、今も大阪にいます。JIPに応募できますか？", True),
])
def test_where_one_still_is_decides_residing_in_japan(text: str, residing: bool) -> None:
    assert UNDERSTANDER.parse(text).slots.get("residing_in_japan") is residing


@pytest.mark.parametrize("text", ["I'm in IT.", "I am still in school, 22, from Vietnam.", "still in progress"])
def test_still_in_no_place_sets_nothing(text: str) -> None:
    assert "residing_in_japan" not in UNDERSTANDER.parse(text).slots


@pytest.mark.parametrize("text", [
    "Hello, I work in the international relations office of a university in Santiago. Several of our students from "
    "Chile (around 24-25 years old, good English) asked me about METI's Japan Internship Program. Before I forward the "
    "call to them, could you confirm whether Chilean nationals are eligible at all?",
    "Our students from Chile, around 24-25 years old, asked about JIP. Are they eligible?",
    "Are Chilean nationals eligible for JIP at all?",
    "Can people from Chile apply to the Japan Internship Program?",
    "Can Chileans apply to JIP?",
    "チリ国籍でも応募できますか？ジャパン・インターンシップ・プログラムです。",
])
def test_a_failing_criterion_decides_without_asking(bot, text: str) -> None:
    reply = converse(bot, text)
    calls = [c for c in reply.tool_calls if c.name == "jip_eligibility"]
    assert calls and calls[0].args.get("nationality") == "Chile", reply.tool_calls
    assert re.search(r"DAC|ODA", reply.answer) and re.search(r"(?i)cannot|できません", reply.answer), reply.answer[:400]
    assert not re.search(r"(?i)how old|one number|年齢を教えて", reply.answer), reply.answer[:400]


def test_an_unreadable_value_is_asked_when_the_verdict_stays_open(bot) -> None:
    reply = converse(bot, "Our students from Kenya, around 24-25 years old, good English, living in Nairobi, asked "
                          "about JIP. Are they eligible?")
    assert any(c.name == "jip_eligibility" for c in reply.tool_calls), reply.tool_calls
    assert re.search(r"24-25", reply.answer) and re.search(r"(?i)how old|age", reply.answer), reply.answer[:600]


@pytest.mark.parametrize("text, value", [
    ("すみません、確認したら常勤は150人ではなく95人でした。", 95),
    ("常勤は150人じゃなくて95人です。", 95),
    ("sorry, it's not 150 but 95 full-time employees", 95),
    ("it's actually 95 staff, not 150.", 95),
    ("sorry, 95 full-time employees, not 150", 95),
])
def test_the_asserted_value_is_read_as_a_correction(text: str, value: int) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.correction
    assert parsed.numbers == [float(value)] or parsed.slots.get("full_time_employees") == value, parsed


@pytest.mark.parametrize("first, second, value", [
    ("常勤150人の会社で、優良な実習実施者です。監理団体は一般監理団体です。1号～3号の枠を教えてください。",
     "すみません、確認したら常勤は150人ではなく95人でした。もう一度お願いします。", 95),
    ("We have 150 full-time employees. How many trainees can we accept?",
     "sorry, my mistake: it's not 150 but 95 full-time employees. again please", 95),
    ("We have 150 full-time employees. How many trainees can we accept?", "oops, 150 -> 95 staff", 95),
    ("常勤150人です。技能実習生は何人受け入れられますか？", "すみません、常勤は150人じゃなくて95人でした。", 95),
    ("We have 150 full-time employees. How many trainees can we accept?", "my bad, it's 95 full-time, not 150", 95),
])
def test_a_correction_re_runs_the_quota_with_the_asserted_value(bot, first: str, second: str, value: int) -> None:
    reply = converse(bot, first, second)
    calls = [c for c in reply.tool_calls if c.name == "trainee_quota"]
    assert [c.args["full_time_employees"] for c in calls] == [value], reply.tool_calls
    assert not reply.refused


@pytest.mark.parametrize("second", [
    "hmm my manager sent me old version. In the new one required stays the same but related is only five percent and "
    "peripheral went up to 35%",
    "sorry, old version. required is the same, related dropped to 5% and peripheral went up to 35%",
    "correction: required still 60%, related is only 5 percent, peripheral rose to 35 percent",
])
def test_a_share_correction_re_runs_the_split(bot, second: str) -> None:
    reply = converse(bot, "Our trainee plan for welding: required work 60%, related 25%, peripheral 15%. is it ok?",
                     second)
    calls = [c for c in reply.tool_calls if c.name == "training_time_split"]
    assert calls, reply.tool_calls
    args = calls[0].args
    assert (args["required_hours"], args["related_hours"], args["peripheral_hours"]) == (60, 5, 35), args
    assert re.search(r"(?<![\d.,])35(?:\.0)?\s?%", reply.answer), reply.answer[:400]


@pytest.mark.parametrize("text", [
    "話は変わりますが、工場の屋根に太陽光パネルを付けようと思っていて、使える補助金と申請のコツを教えてもらえませんか。",
    "工場の固定資産税の申請方法を教えてください。",
    "社用車の自動車保険はどこが安いですか？補助金はありますか？",
    "We want to install solar panels on our factory roof. Which subsidy can we use and any tips for the application?",
    "Our factory needs a building permit for an extension. How do we apply?",
    "Is there a subsidy for car insurance for our company vehicles?",
])
def test_a_subject_no_program_covers_is_refused(bot, text: str) -> None:
    reply = converse(bot, text)
    assert reply.refused, reply.answer[:300]
    assert not [c for c in reply.tool_calls if c.name != "search_knowledge"], reply.tool_calls


@pytest.mark.parametrize("text", [
    "A small company in Tokyo wants to hire foreign staff for the first time. Is there any Tokyo metropolitan support "
    "service for SMEs like this, and who runs it?",
    "東京都の中小企業向けの外国人材受入れ支援はありますか？",
    "How much are the JIP activity support funds per day for in-person internships?",
    "We are putting solar panels on the roof. Separately, how many technical intern trainees can a company with 30 "
    "full-time staff accept?",
])
def test_in_scope_support_questions_are_answered(bot, text: str) -> None:
    reply = converse(bot, text)
    assert not reply.refused, reply.answer[:300]


@pytest.mark.parametrize("text", [
    "常勤430（四百三十）人の会社です。技能実習生は何人受け入れられますか？",
    "常勤四百三十（430）人の会社です。技能実習生は何人受け入れられますか？",
    "常勤職員は430人（四百三十人）です。技能実習生は何人受け入れられますか？",
    "常勤職員は四百三十人（430人）です。技能実習生は何人受け入れられますか？",
])
def test_a_count_written_in_two_scripts_is_read_once(text: str) -> None:
    assert UNDERSTANDER.parse(text).slots.get("full_time_employees") == 430
