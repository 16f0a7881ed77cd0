"""Exact argument reading in English (issue 11, item 3), one test per misreading class.

Properties: any whole number written in any accepted form (digits, grouped digits, full-width digits, number
words, ordinals, hyphenated units) reaches the slot unchanged; any text with a sign, an exponent, an underscore,
a fraction of a person or a percent where a count is expected never reaches it changed: it becomes an ErrorInput
the reply names and asks about. A headcount range is computed at both ends, and the reply names it and asks.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from num2words import num2words

from bot.agent.understand import ErrorInput, commands_of
from tests.knowledge import repo_understander

KNOWLEDGE = Path(__file__).resolve().parents[2] / "knowledge"
UNDERSTANDER = repo_understander()
HEADCOUNT_NOUNS = ["employees", "staff", "people", "full-timers", "workers", "full-time employees"]


def _forms(n: int) -> list[str]:
    fullwidth = str(n).translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    forms = [str(n), f"{n:,}", fullwidth, num2words(n)]
    return list(dict.fromkeys(forms))


# --- 1 + 3: any integer in any accepted form reaches the tool unchanged ------------------------------------------
@settings(max_examples=60, deadline=None)
@given(n=st.integers(min_value=1, max_value=5000), noun=st.sampled_from(HEADCOUNT_NOUNS), form=st.integers(0, 3))
def test_any_headcount_in_any_form_is_read_exactly(n: int, noun: str, form: int) -> None:
    written = _forms(n)[form % len(_forms(n))]
    parsed = UNDERSTANDER.parse(f"We have {written} {noun}. How many trainees can we accept?")
    assert parsed.slots.get("full_time_employees") == n, (written, noun, parsed.slots, parsed.errors)
    assert not parsed.errors


@settings(max_examples=40, deadline=None)
@given(n=st.integers(min_value=1, max_value=99), unit=st.sampled_from(["days", "weeks"]))
def test_any_duration_in_words_or_digits_is_read_in_days(n: int, unit: str) -> None:
    for written in (str(n), num2words(n)):
        parsed = UNDERSTANDER.parse(f"How much support fund for {written} {unit} of in-person JIP internship?")
        assert parsed.slots.get("days") == (n * 7 if unit == "weeks" else n), (written, unit, parsed.slots)


@pytest.mark.parametrize("text,slot,value", [
    ("We have 58 employees: 50 full-time and 8 part-time. How many trainees can we accept?",
     "full_time_employees", 50),  # the qualifier binds the number
    ("Our company has 120 people, 95 of them full-time. Trainee quota?", "full_time_employees", 95),
    ("our 301st employee just joined; how many trainees can we accept?", "full_time_employees", 301),
    ("Is a 30-hour course with 10 hours practical eligible for Re-Skills?", "total_hours", 30),
    ("Is a thirty-hour course with twelve hours of practical work eligible for Re-Skills?", "total_hours", 30),
    ("How much support fund for three weeks in Japan?", "days", 21),
    ("I'm forty-five years old, from Kenya. Am I eligible for JIP?", "age", 45),
])
def test_qualified_ordinal_hyphenated_and_worded_numbers(text: str, slot: str, value: int) -> None:
    assert UNDERSTANDER.parse(text).slots.get(slot) == value


# --- 4: values that cannot be read exactly are never silently changed --------------------------------------------
UNREADABLE = st.one_of(
    st.integers(1, 999).map(lambda n: f"-{n}"),
    st.integers(1, 9).map(lambda n: f"{n}e3"),
    st.integers(1, 9).map(lambda n: f"{n}_000"),
    st.tuples(st.integers(1, 99), st.integers(1, 9)).map(lambda t: f"{t[0]}.{t[1]}"),
    st.integers(1, 99).map(lambda n: f"{n}%"),
    st.tuples(st.integers(1, 50), st.integers(1, 50)).map(lambda t: f"{t[0]}-{t[0] + t[1]}"),
)


@settings(max_examples=80, deadline=None)
@given(raw=UNREADABLE.filter(lambda r: re.fullmatch(r"\d+-\d+", r) is None),
       noun=st.sampled_from(["employees", "staff", "workers", "people"]))
def test_unreadable_headcount_is_asked_about_never_changed(raw: str, noun: str) -> None:
    parsed = UNDERSTANDER.parse(f"How many trainees can we accept with {raw} {noun}?")
    assert parsed.intents[:1] == ["trainee_quota"]
    assert "full_time_employees" not in parsed.slots, (raw, parsed.slots)
    assert parsed.errors.get("full_time_employees", ("", ""))[0] == raw
    assert any(isinstance(c, ErrorInput) and c.slot == "full_time_employees" for c in commands_of(parsed))



# a headcount range (coordinator's decision, round 5e): never one end silently; both ends are computed (scenarios) and
# the reply names the range and asks for the exact number (note reading.range_ends)
@settings(max_examples=40, deadline=None)
@given(low=st.integers(1, 50), more=st.integers(1, 50), noun=st.sampled_from(["employees", "staff", "workers", "people"]))
def test_a_headcount_range_is_computed_at_both_ends_and_asked_about(low: int, more: int, noun: str) -> None:
    raw = f"{low}-{low + more}"
    parsed = UNDERSTANDER.parse(f"How many trainees can we accept with {raw} {noun}?")
    assert parsed.intents[:1] == ["trainee_quota"]
    assert parsed.scenarios["full_time_employees"] == (low, low + more)
    assert dict(parsed.notes)["reading.range_ends"]["text"] == raw

@settings(max_examples=40, deadline=None)
@given(raw=UNREADABLE.filter(lambda r: not r.endswith("%")))
def test_unreadable_days_are_asked_about_never_changed(raw: str) -> None:
    parsed = UNDERSTANDER.parse(f"How much support fund for {raw} days online?")
    assert "days" not in parsed.slots, (raw, parsed.slots)
    assert parsed.errors["days"][0] == raw


def test_months_are_asked_about_not_assumed() -> None:
    parsed = UNDERSTANDER.parse("How much support fund for two months online?")
    assert "days" not in parsed.slots and "days" in parsed.errors


@pytest.mark.parametrize("text", ["quota for 45 employees, excellent=false", "45 staff, excellent: no, quota?",
                                  "We are not an excellent organization; 45 employees, how many trainees?"])
def test_excellent_false_is_read_as_false(text: str) -> None:
    assert UNDERSTANDER.parse(text).slots.get("excellent") is False


# --- 2: residence is separate from nationality ---------------------------------------------------------------
@pytest.mark.parametrize("place", ["Nagoya", "Osaka", "Saitama", "Kumamoto", "Sapporo", "Hokkaido", "Okayama"])
@pytest.mark.parametrize("frame", ["I'm 27, from Nepal, working in {p}. Am I eligible for JIP?",
                                   "I live in {p} and I am from Peru, 25. Am I eligible for JIP?"])
def test_places_in_japan_mean_residing_in_japan(place: str, frame: str) -> None:
    assert UNDERSTANDER.parse(frame.format(p=place)).slots.get("residing_in_japan") is True


def test_every_prefecture_is_in_the_places_file() -> None:
    places = {p.lower() for p in UNDERSTANDER.packs["en"].japan_places}
    prefectures = ["hokkaido", "aomori", "iwate", "miyagi", "akita", "yamagata", "fukushima", "ibaraki", "tochigi",
                   "gunma", "saitama", "chiba", "tokyo", "kanagawa", "niigata", "toyama", "ishikawa", "fukui",
                   "yamanashi", "nagano", "gifu", "shizuoka", "aichi", "mie", "shiga", "kyoto", "osaka", "hyogo",
                   "nara", "wakayama", "tottori", "shimane", "okayama", "hiroshima", "yamaguchi", "tokushima",
                   "kagawa", "ehime", "kochi", "fukuoka", "saga", "nagasaki", "kumamoto", "oita", "miyazaki",
                   "kagoshima", "okinawa"]
    assert not [p for p in prefectures if p not in places]
    assert {"愛知", "北海道", "名古屋"} <= set(UNDERSTANDER.packs["ja"].japan_places)


@pytest.mark.parametrize("text,slots", [
    ("I hold Chinese citizenship but live in Vietnam. I'm 30. Am I eligible for JIP?",
     {"nationality": "China", "residing_in_japan": False, "age": 30}),
    ("I'm Bangladeshi, 33, living in Dhaka. Am I eligible for JIP?",
     {"nationality": "Bangladesh", "age": 33, "residing_in_japan": False}),
    ("I'm Kenyan, 29, JLPT N3. Can I apply to JIP?", {"nationality": "Kenya", "age": 29}),
])
def test_nationality_residence_and_age_kept_apart(text: str, slots: dict) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert {k: parsed.slots.get(k) for k in slots} == slots


# --- 5: follow-ups and corrections ------------------------------------------------------------------------------
@pytest.mark.parametrize("text,slot,value", [
    ("sorry, I'm actually 41", "age", 41),
    ("No wait, it's in person", "mode", "in_person"),
    ("oh, actually online", "mode", "online"),
])
def test_corrections_with_fillers_are_corrections(text: str, slot: str, value) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.correction and parsed.slots.get(slot) == value


def test_no_wait_number_is_a_correction_with_its_number() -> None:
    parsed = UNDERSTANDER.parse("no wait, sixty")
    assert parsed.correction and parsed.numbers == [60.0]


# --- 5: a hypothetical holds for one answer ---------------------------------------------------------------------
def test_a_hypothetical_applies_to_one_answer_only(tmp_path) -> None:
    from bot import wiring
    from bot.agent import build_bot
    from bot.ingest import ingest
    from bot.settings import Settings

    settings = Settings(_env_file=None, data_dir=tmp_path / "data", knowledge_dir=KNOWLEDGE, embedder="offline",
                        llm=None)
    store = wiring.build_store(settings)
    ingest(settings, store)
    bot = build_bot(settings, wiring.build_retriever(settings, store), wiring.build_rulebook(settings))
    conversation = bot.new_conversation()
    bot.reply(conversation, "How many trainees can a company with 45 full-time staff accept?")
    what_if = bot.reply(conversation, "What if we become an excellent organization?")
    assert what_if.tool_calls[0].args["excellent"] is True
    assert what_if.tool_calls[0].args["full_time_employees"] == 45
    assert "only for this answer" in what_if.answer  # the one-off assumption is said
    after = bot.reply(conversation, "And with 60 employees?")
    assert after.tool_calls[0].args == {**after.tool_calls[0].args, "full_time_employees": 60, "excellent": False}


# --- 6: calculator questions in other shapes --------------------------------------------------------------------
@pytest.mark.parametrize("text,hours,percent", [
    ("Our training plan is 55% required, 20% related, 25% peripheral. Is that OK?", (55, 20, 25), True),
    ("Is a plan with 24 hours welding, 10 hours assembly, 6 hours cleaning ok, welding being the required work, "
     "assembly related and cleaning peripheral?", (24, 10, 6), False),
    ("Per week: 6 hours cleaning, 24 hours welding and 10 hours assembly; cleaning is peripheral, welding is the "
     "required work and assembly is related. Allowed?", (24, 10, 6), False),
])
def test_training_plans_in_other_shapes(text: str, hours: tuple, percent: bool) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.intents[:1] == ["training_time_split"]
    assert (parsed.slots.get("required_hours"), parsed.slots.get("related_hours"),
            parsed.slots.get("peripheral_hours")) == hours
    assert parsed.percent_shares is percent


@settings(max_examples=40, deadline=None)
@given(n=st.integers(min_value=2, max_value=9999))
def test_any_headcount_in_kanji_numerals_is_read_exactly(n: int) -> None:
    from kanjize import number2kanji

    parsed = UNDERSTANDER.parse(f"常勤職員は{number2kanji(n)}人です。技能実習生は何人受け入れられますか？")
    assert parsed.slots.get("full_time_employees") == n


# --- 5: an elliptical answer fills the pending task's slot (issue 11, "Why" 3: "In person." after a support-fund
# question was searched instead) -----------------------------------------------------------------------------------
@pytest.mark.parametrize("question,answer,mode", [
    ("How much are the JIP activity support funds for a 10-day internship?", "In person.", "in_person"),
    ("How much are the JIP activity support funds for a 10-day internship?", "online", "online"),
    ("How much are the JIP activity support funds for a 10-day internship?", "in-person please", "in_person"),
    ("How much are the JIP activity support funds for a 10-day internship?", "No wait, it's in person", "in_person"),
    ("JIPの活動支援金は10日間でいくらですか？", "対面です。", "in_person"),
    ("JIPの活動支援金は10日間でいくらですか？", "オンライン", "online"),
])
def test_an_elliptical_answer_fills_the_pending_slot(bot, question: str, answer: str, mode: str) -> None:
    conversation = bot.new_conversation()
    first = bot.reply(conversation, question)
    assert not [c for c in first.tool_calls if c.name == "jip_support_funds"] and first.follow_up
    second = bot.reply(conversation, answer)
    calls = [c for c in second.tool_calls if c.name == "jip_support_funds"]
    assert calls and calls[0].args == {"mode": mode, "days": 10}, second.answer
    assert not second.refused


# --- classes from the 2026-12-02b fresh batches (after their first run was recorded) ------------------------------
@pytest.mark.parametrize("text,slots", [
    # a qualified count: "N of them are full-time"
    ("Our company has 60 staff, 52 of them are full-time and the rest part-timers. How many trainees can we take?",
     {"full_time_employees": 52}),
    # the supervising organization's standing, said in words
    ("We are an excellent implementing organization and our supervising organization is an excellent one too. "
     "310 full-time employees. Limits for No.1, No.2 and No.3?", {"excellent": True, "supervisor_excellent": True}),
    ("We're excellent but our supervising organization isn't. 100 employees, how many trainees?",
     {"supervisor_excellent": False}),
    # a case the basic table does not cover, named by its industry
    ("Construction company, 40 full time employees. How many technical interns can we have?",
     {"full_time_employees": 40, "special_case": "construction"}),
    # residence after words with an apostrophe, an age asked about, a participation with the program named
    ("I'm from the Philippines and currently studying my master's in Osaka. I'm 26. Am I eligible for the JIP?",
     {"residing_in_japan": True, "age": 26}),
    ("Is 41 too old for the government internship program? I'm from Bangladesh, living in Dhaka.",
     {"age": 41, "residing_in_japan": False}),
    ("I did the JIP internship in FY2022 already. Can I apply again? I'm Indonesian.",
     {"participated_fiscal_years": [2022], "nationality": "Indonesia"}),
])
def test_fresh_batch_english_classes(text: str, slots: dict) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert {k: parsed.slots.get(k) for k in slots} == slots, parsed.slots


@pytest.mark.parametrize("text,task,slots", [
    ("当社は優良な実習実施者で、監理団体も一般監理団体です。常勤職員250人の場合、1号・2号・3号それぞれの上限を教えてください。",
     "trainee_quota", {"full_time_employees": 250, "excellent": True, "supervisor_excellent": True}),
    ("総時間30時間のうち実習（演習・発表含む）が12時間のAI講座です。Re-Skills講座の認定は受けられそうですか？",
     "reskills_course_check", {"total_hours": 30, "practical_hours": 12}),
    ("モンゴル出身、30歳、ウランバートル在住です。日本語能力試験はN4で、英語はほとんど話せません。インターンシップの応募資格はありますか？",
     "jip_eligibility", {"english_proficient": False, "jlpt_level": "N4", "residing_in_japan": False}),
    ("ネパール国籍で28歳、カトマンズに住んでいます。英語は仕事で使っています。実は2023年度にもこのインターンシップに参加したのですが、今回も応募できますか？",
     "jip_eligibility", {"english_proficient": True, "participated_fiscal_years": [2023]}),
])
def test_fresh_batch_japanese_classes(text: str, task: str, slots: dict) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.intents[:1] == [task]
    assert {k: parsed.slots.get(k) for k in slots} == slots, parsed.slots
