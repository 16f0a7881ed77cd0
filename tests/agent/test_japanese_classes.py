"""Japanese failure classes from a batch nobody tuned for (issue 10), each stated as a class over many phrasings:

1. a headcount given with a job word and a qualifier before the count ("介護職員は常勤で15人です": job word +
   常勤で + count) is the full-time headcount, and a count qualified as full-time binds over a total;
2. a JIP eligibility reply restates the facts it used (the country, the age, the language level) in the
   reply's language;
3. corrections ("いや、…") after fillers, and a value replacing another ("60人じゃなくて70人"), fill the pending
   slot with the new value.
"""

from __future__ import annotations

import re

import pytest

from bot.agent.understand import CorrectSlot, commands_of
from bot.tools import run_tool
from tests.knowledge import repo_rules, repo_understander

RULES = repo_rules()
UNDERSTANDER = repo_understander()

JOB_WORDS = ["介護職員", "介護スタッフ", "介護士", "従業員", "社員", "スタッフ", "溶接工", "作業員", "職員"]
QUALIFIERS = ["常勤で", "正社員で", "常勤の方が", "全部で", "合計", ""]
COUNTERS = ["人", "名"]


# --- 1: job word + qualifier + count --------------------------------------------------------------------------
@pytest.mark.parametrize("job", JOB_WORDS)
@pytest.mark.parametrize("qualifier", QUALIFIERS)
@pytest.mark.parametrize("counter", COUNTERS)
def test_a_job_word_with_a_qualified_count_is_the_headcount(job: str, qualifier: str, counter: str) -> None:
    text = f"{job}は{qualifier}15{counter}です。技能実習生は何人受け入れられますか？"
    parsed = UNDERSTANDER.parse(text)
    assert parsed.slots.get("full_time_employees") == 15, (text, parsed.slots)
    assert parsed.intents[:1] == ["trainee_quota"]
    if "介護" in job:
        assert parsed.slots.get("occupation") == "nursing_care"


@pytest.mark.parametrize("text", ["介護職員は常勤で15人です", "常勤の介護職員が15人います", "スタッフは全部で15名です",
                                  "溶接工は正社員で15人おります"])
def test_a_headcount_statement_alone_starts_the_quota(text: str) -> None:
    """Given without a question (an answer, or the first message), the staff count makes the task clear."""
    parsed = UNDERSTANDER.parse(text)
    assert parsed.slots.get("full_time_employees") == 15
    assert "trainee_quota" in parsed.intents + parsed.implied


@pytest.mark.parametrize("text,count", [
    ("従業員は20人で、そのうち常勤は15人です。実習生は何人受け入れられますか？", 15),
    ("社員30名のうち、常勤は22名です。受入れ人数は？", 22),
    ("職員は全部で40人、常勤の職員は31人です。何人まで受け入れられますか？", 31),
])
def test_a_count_qualified_as_full_time_binds_over_the_total(text: str, count: int) -> None:
    assert UNDERSTANDER.parse(text).slots.get("full_time_employees") == count


def test_trainees_are_never_read_as_staff() -> None:
    assert "full_time_employees" not in UNDERSTANDER.parse("実習生は3人います").slots


# --- 2: the eligibility reply restates the facts it used ------------------------------------------------------
FACTS = [
    {"nationality": "Kenya", "age": 28},
    {"nationality": "Indonesia", "age": 45, "residing_in_japan": False},
    {"nationality": "Viet Nam", "age": 25, "residing_in_japan": False, "jlpt_level": "N2",
     "english_proficient": False, "participated_fiscal_years": []},
    {"nationality": "Nepal", "age": 30, "participated_fiscal_years": [2020]},
]
COUNTRY = {"en": {"Kenya": "Kenya", "Indonesia": "Indonesia", "Viet Nam": "Viet Nam", "Nepal": "Nepal"},
           "ja": {"Kenya": "ケニア", "Indonesia": "インドネシア", "Viet Nam": "ベトナム", "Nepal": "ネパール"}}


@pytest.mark.parametrize("facts", FACTS)
@pytest.mark.parametrize("lang", ["en", "ja"])
def test_the_eligibility_explanation_names_the_facts_it_used(facts: dict, lang: str) -> None:
    result = run_tool("jip_eligibility", facts, RULES, lang=lang).result
    words = result["explanation"]
    assert COUNTRY[lang][facts["nationality"]] in words, words
    if result["eligible"] != "unknown" or lang == "ja":  # an open English verdict lists the facts after it
        assert re.search(rf"(?<!\d){facts['age']}(?!\d)", words), words
    if facts.get("jlpt_level"):
        assert facts["jlpt_level"] in words
    if lang == "ja":
        assert re.search(r"[\u3040-\u30ff]", words)


@pytest.mark.parametrize("message,country", [
    ("ケニア国籍の28歳です。JIPに応募できますか？", "ケニア"),
    ("インドネシア人で45歳です。ジャカルタ在住。JIPに応募できますか？", "インドネシア"),
])
def test_the_japanese_eligibility_reply_names_the_country_given(bot, message: str, country: str) -> None:
    reply = bot.reply(bot.new_conversation(), message)
    assert [c.name for c in reply.tool_calls if c.name != "search_knowledge"] == ["jip_eligibility"]
    assert country in reply.answer, reply.answer


# --- 3: corrections after fillers, and a value that replaces another --------------------------------------------
FILLERS = ["", "あ、", "えっと、", "あの、", "すみません、", "あ、えーと、"]
MARKERS = ["いや、", "いいえ、", "違います、", "訂正です。", "間違えました、"]


@pytest.mark.parametrize("filler", FILLERS)
@pytest.mark.parametrize("marker", MARKERS)
def test_a_correction_after_fillers_is_a_correction(filler: str, marker: str) -> None:
    parsed = UNDERSTANDER.parse(f"{filler}{marker}60人でした")
    assert parsed.correction and parsed.numbers == [60.0], (filler, marker)


@pytest.mark.parametrize("text,value", [
    ("いや、60人じゃなくて70人です", 70), ("60人ではなく70人です", 70), ("常勤は45人ではなく、55人でした", 55),
    ("not 60 but 70", 70), ("60, no, 70", 70), ("We have 60 staff, sorry, I meant 70", 70),
])
def test_a_value_replacing_another_is_read_as_the_new_one(text: str, value: int) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.correction
    assert parsed.numbers == [float(value)] or parsed.slots.get("full_time_employees") == value, parsed


def test_a_number_after_no_is_not_a_replacement() -> None:
    """"No.1, No.2" names stages: nothing is replaced."""
    parsed = UNDERSTANDER.parse("We're excellent with 45 full-time employees. What are our limits for No.1, No.2?")
    assert not parsed.correction and parsed.slots.get("full_time_employees") == 45


@pytest.mark.parametrize("correction", ["あ、いや、えっと、60人でした", "いや、45人じゃなくて60人です", "すみません、訂正です。60人です"])
def test_a_japanese_correction_refills_the_pending_quota(bot, correction: str) -> None:
    conversation = bot.new_conversation()
    first = bot.reply(conversation, "従業員45人です。実習生は何人受け入れられますか？")
    assert first.tool_calls[0].args["full_time_employees"] == 45
    second = bot.reply(conversation, correction)
    calls = [c for c in second.tool_calls if c.name == "trainee_quota"]
    assert calls and calls[0].args["full_time_employees"] == 60, second.answer
    assert any(isinstance(c, CorrectSlot) for c in commands_of(UNDERSTANDER.parse(correction))) or \
        UNDERSTANDER.parse(correction).correction
