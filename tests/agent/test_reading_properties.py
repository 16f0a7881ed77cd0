"""Argument reading stated as properties over generated phrasings (issue 11, deliverable 3 and 6).

Each test generates the variants of a CLASS instead of listing the phrasings someone once wrote:
1. a self-description as a list (nationality, age, residence, JLPT) in any order, any separator and any of the
   accepted forms of each item reads the same tool arguments, in English and Japanese;
2. casing never changes what is understood (place, country and term names in lower or upper case);
3. a count in any accepted form (digits, thousands separators, full-width digits, kanji numerals, number words,
   any staff noun) reaches the slot unchanged, and a value that cannot be read exactly (a sign, an exponent, a
   fraction, a range, an open bound) never does: it is reported so the reply asks;
4. residence is read separately from nationality; every prefecture (ISO 3166-2:JP through pycountry) and every
   place of knowledge/nlu/places_japan.yaml means residing in Japan, in any case.
Slot-level checks go through the Understander over the real language packs (no index needed); the follow-up table
across the calculators is in test_reading_followups.py.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pycountry
import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.agent.understand import Understander
from tests.knowledge import repo_understander

KNOWLEDGE = Path(__file__).resolve().parents[2] / "knowledge"
UNDERSTANDER = repo_understander()
PLACES = yaml.safe_load((KNOWLEDGE / "nlu" / "places_japan.yaml").read_text(encoding="utf-8"))
PROPERTY = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def read(text: str) -> dict:
    return UNDERSTANDER.parse(text).slots


JIP_SLOTS = ("nationality", "age", "residing_in_japan", "jlpt_level")


def jip_args(text: str) -> dict:
    slots = read(text)
    return {k: slots.get(k) for k in JIP_SLOTS}


# --- 1. a self-description as a list, in any order and form ------------------------------------------------------
NATIONALITY_FORMS = ["Vietnamese", "from Vietnam", "a Vietnamese citizen", "nationality: Vietnam", "VIETNAMESE",
                     "from viet nam"]
AGE_FORMS = ["24", "24 years old", "24yo", "24 y/o", "aged 24", "age 24", "24-year-old", "twenty-four",
             "age: 24", "24 yrs old"]
RESIDENCE_FORMS = [("living in Hanoi", False), ("based in Ho Chi Minh City", False), ("living in Osaka", True),
                   ("working in nagoya", True), ("studying in TOKYO", True), ("residing in Singapore", False)]
JLPT_FORMS = [("N3", "N3"), ("JLPT N2", "N2"), ("jlpt n1", "N1"), ("JLPT N4", "N4")]
SEPARATORS = [", ", "; ", " / "]


def _list_cases() -> list[tuple[str, dict]]:
    cases = []
    # every order of the four items, with one form of each (the separators rotate)
    forms = itertools.product(NATIONALITY_FORMS[:3], AGE_FORMS, RESIDENCE_FORMS[:4], JLPT_FORMS[:2])
    for index, (nat, age, (res, in_japan), (jlpt, level)) in enumerate(forms):
        items = [nat, age, res, jlpt]
        order = list(itertools.permutations(items))[index % 24]
        sep = SEPARATORS[index % len(SEPARATORS)]
        text = sep.join(order) + ". Am I eligible for the Japan Internship Program?"
        cases.append((text, {"nationality": "Viet Nam", "age": 24, "residing_in_japan": in_japan,
                             "jlpt_level": level}))
    return cases


@pytest.mark.parametrize("text,expected", _list_cases())
def test_a_self_description_list_reads_every_item_in_any_order_and_form(text: str, expected: dict) -> None:
    assert jip_args(text) == expected, text


@pytest.mark.parametrize("order", list(itertools.permutations(range(4))))
@pytest.mark.parametrize("nat,age,res,jlpt", [
    (NATIONALITY_FORMS[3], AGE_FORMS[8], RESIDENCE_FORMS[4], JLPT_FORMS[2]),
    (NATIONALITY_FORMS[4], AGE_FORMS[3], RESIDENCE_FORMS[5], JLPT_FORMS[3]),
    (NATIONALITY_FORMS[5], AGE_FORMS[9], RESIDENCE_FORMS[1], JLPT_FORMS[0]),
])
def test_every_order_of_the_items_reads_the_same(order: tuple, nat: str, age: str, res: tuple, jlpt: tuple) -> None:
    items = [nat, age, res[0], jlpt[0]]
    text = ", ".join(items[i] for i in order) + ". Can I apply to the JIP?"
    assert jip_args(text) == {"nationality": "Viet Nam", "age": 24, "residing_in_japan": res[1],
                              "jlpt_level": jlpt[1]}, text


@pytest.mark.parametrize("text,expected", [
    ("I'm 33 and Bangladeshi. Can I apply to the JIP?", {"nationality": "Bangladesh", "age": 33}),
    ("age: 29; nationality: Nepal. JIP eligibility?", {"nationality": "Nepal", "age": 29}),
    ("Nepali, 23, currently in Japan on a student visa. JIP eligibility?",
     {"nationality": "Nepal", "age": 23, "residing_in_japan": True}),
    ("Indian national residing in Singapore, 27, N1. JIP eligible?",
     {"nationality": "India", "age": 27, "residing_in_japan": False, "jlpt_level": "N1"}),
])
def test_other_self_description_shapes(text: str, expected: dict) -> None:
    slots = read(text)
    assert {k: slots.get(k) for k in expected} == expected, slots


JA_NATIONALITY = ["ベトナム人", "ベトナム国籍", "国籍はベトナム", "ベトナム出身"]
JA_AGE = ["24歳", "年齢は24", "２４歳", "二十四歳"]
JA_RESIDENCE = [("ハノイ在住", False), ("大阪に住んでいます", True), ("現在は名古屋で働いています", True),
                ("日本に住んでいません", False)]
JA_JLPT = [("N2", "N2"), ("日本語能力試験N3", "N3"), ("JLPTはN1", "N1")]


@pytest.mark.parametrize("nat,age,res,jlpt", list(itertools.product(JA_NATIONALITY, JA_AGE, JA_RESIDENCE, JA_JLPT)))
def test_a_japanese_self_description_reads_every_item(nat: str, age: str, res: tuple, jlpt: tuple) -> None:
    text = f"{nat}で、{age}です。{res[0]}。{jlpt[0]}です。JIPに応募できますか？"
    assert jip_args(text) == {"nationality": "Viet Nam", "age": 24, "residing_in_japan": res[1],
                              "jlpt_level": jlpt[1]}, text


@pytest.mark.parametrize("text", ["24歳のベトナム人です。JIPに応募できますか？",
                                  "ベトナム人の24歳です。JIPに応募できますか？",
                                  "年齢は24、国籍はベトナムです。JIPに応募できますか？"])
def test_japanese_age_and_nationality_in_one_phrase(text: str) -> None:
    slots = read(text)
    assert (slots.get("age"), slots.get("nationality")) == (24, "Viet Nam"), slots


# --- 2. casing never changes what is understood ------------------------------------------------------------------
CASING_MESSAGES = [
    "I'm Vietnamese, 25 years old, living in Osaka, JLPT N2. Am I eligible for the Japan Internship Program?",
    "From Indonesia, 30, working in Nagoya, N3. Can I apply for the JIP?",
    "Chinese citizen living in Vietnam, 26, JLPT N1. Eligible for the JIP?",
    "We have 45 full-time employees. How many technical intern trainees can we accept?",
    "We are an excellent implementing organization with 120 full-time staff. Trainee quota?",
    "Nursing care facility, 30 full-time care staff. How many trainees?",
    "Required 600 hours, related 300 hours, peripheral 100 hours. Is this training plan OK?",
    "Our Re-Skills course is 40 hours total with 25 hours of practical exercises. Does it qualify?",
    "How much are the JIP support funds for a 20-day in-person internship?",
    "JIP support funds for 3 weeks online?",
    "I'm Filipino but I work in Fukuoka, 28, English proficient. JIP eligible?",
]


def _understanding(text: str) -> tuple:
    parsed = UNDERSTANDER.parse(text)
    return parsed.slots, parsed.intents, parsed.errors


@pytest.mark.parametrize("text", CASING_MESSAGES)
@pytest.mark.parametrize("case", [str.lower, str.upper, str.title], ids=["lower", "upper", "title"])
def test_casing_gives_the_same_understanding(text: str, case) -> None:
    assert _understanding(case(text)) == _understanding(text), case(text)


# --- 3. numbers: every accepted form reaches the tool unchanged; the rest is asked about -------------------------
COUNT_NOUNS = ["full-time employees", "employees", "staff", "people", "full-timers", "workers", "full-time staff",
               "regular employees"]
FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def _forms(n: int) -> list[str]:
    forms = [str(n), f"{n:,}", str(n).translate(FULL_WIDTH)]
    return list(dict.fromkeys(forms))


@PROPERTY
@given(n=st.integers(min_value=1, max_value=200_000), noun=st.sampled_from(COUNT_NOUNS), form=st.integers(0, 2))
def test_any_count_in_any_accepted_form_reaches_the_slot_unchanged(n: int, noun: str, form: int) -> None:
    written = _forms(n)[form % len(_forms(n))]
    text = f"We have {written} {noun}. How many trainees can we accept?"
    assert read(text).get("full_time_employees") == n, text


@PROPERTY
# (from 2: a lone "一人" is left as prose by the pack's kanji_numeral, "一人当たり" being "per person")
@given(n=st.integers(min_value=2, max_value=99_999), noun=st.sampled_from(["常勤職員は", "社員は", "従業員は常勤で"]),
       unit=st.sampled_from(["人", "名"]), kanji=st.booleans())
def test_any_japanese_count_reaches_the_slot_unchanged(n: int, noun: str, unit: str, kanji: bool) -> None:
    from kanjize import number2kanji

    written = number2kanji(n) if kanji else str(n).translate(FULL_WIDTH)
    text = f"{noun}{written}{unit}です。技能実習生は何人受け入れられますか？"
    assert read(text).get("full_time_employees") == n, text


@pytest.mark.parametrize("words,value", [("forty-five", 45), ("forty five", 45), ("one hundred and twenty", 120),
                                         ("two thousand", 2000), ("sixty", 60)])
def test_number_words_reach_the_slot(words: str, value: int) -> None:
    assert read(f"We have {words} full-time employees. Trainee quota?").get("full_time_employees") == value


@PROPERTY
@given(n=st.integers(min_value=1, max_value=366), unit=st.sampled_from(["days", "day", "-day"]),
       mode=st.sampled_from(["in-person", "online"]))
def test_any_number_of_days_reaches_the_slot(n: int, unit: str, mode: str) -> None:
    text = f"JIP support funds for a {n}{'' if unit.startswith('-') else ' '}{unit} {mode} internship?"
    assert read(text).get("days") == n, text


@PROPERTY
@given(n=st.integers(min_value=1, max_value=52))
def test_weeks_are_read_as_days(n: int) -> None:
    assert read(f"JIP support funds for {n} weeks in person?").get("days") == 7 * n
    assert read(f"JIP支援金は対面で{n}週間だといくらですか？").get("days") == 7 * n


def _unreadable(n: int, m: int) -> list[str]:
    return [f"-{n}", f"−{n}", f"{n}e{m % 5 + 1}", f"{n}.5", f"{n}/{m + 2}", f"{n}-{n + m + 1}", f"{n} to {n + m + 1}",
            f"{n}~{n + m + 1}", f"{n} – {n + m + 1}", f"{n}+", f"{n}ish", f"{n} or so", f"{n}_{m:03d}"]



_RANGE_FORMS = (5, 6, 7, 8)  # the forms of _unreadable that are a range

SLOT_TEMPLATES = {
    "full_time_employees": "We have {v} full-time employees. How many trainees can we accept?",
    "days": "JIP support funds for {v} days in person?",
    "age": "I'm {v} years old, Vietnamese, JLPT N2. Am I eligible for the JIP?",
    "required_hours": "Required {v} hours, related 300 hours, peripheral 100 hours. Is this training split ok?",
    "practical_hours": "Our course is 30 hours total with {v} hours practical. Re-Skills ok?",
}


@PROPERTY
@given(slot=st.sampled_from(sorted(SLOT_TEMPLATES)), n=st.integers(1, 90), m=st.integers(0, 50),
       form=st.integers(0, 12))
def test_a_value_that_cannot_be_read_exactly_never_reaches_the_slot(slot: str, n: int, m: int, form: int) -> None:
    written = _unreadable(n, m)[form]
    if written.endswith(".5") and slot.endswith("_hours"):
        written = f"{n}.5e2"  # hours may be fractional: an exponent stands in
    parsed = UNDERSTANDER.parse(SLOT_TEMPLATES[slot].format(v=written))
    if slot == "full_time_employees" and form in _RANGE_FORMS:
        # a headcount range (round 5e decision): never one end silently; both ends are computed and the reply names
        # the range and asks for the exact number
        assert parsed.scenarios[slot] == (n, n + m + 1), (written, parsed.scenarios)
        assert dict(parsed.notes)["reading.range_ends"]["text"] == written, (written, parsed.notes)
        return
    assert slot not in parsed.slots, (written, parsed.slots)
    assert slot in parsed.errors, (written, parsed.errors)


@PROPERTY
@given(n=st.integers(2, 5000), bound=st.sampled_from(["over", "more than", "at least", "almost", "nearly", "under",
                                                   "fewer than", "just over"]),
       who=st.sampled_from(["We have", "our company has", "We employ"]))
def test_the_users_own_count_given_as_a_bound_is_asked_about(n: int, bound: str, who: str) -> None:
    parsed = UNDERSTANDER.parse(f"{who} {bound} {n} full-time employees. How many trainees can we accept?")
    assert "full_time_employees" not in parsed.slots and "full_time_employees" in parsed.errors, parsed.errors


@pytest.mark.parametrize("text", ["Is there a limit for companies with fewer than 30 staff?",
                                  "Is there a cap on kaigo trainees if we have under 30 employees?",
                                  "What happens when our company has more than 300 full-time employees?",
                                  "What is the rule for organizations with more than 300 full-time employees?"])
def test_a_rules_threshold_is_still_a_knowledge_question(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert not parsed.errors and "full_time_employees" not in parsed.slots and not parsed.intents


@pytest.mark.parametrize("text", ["常勤職員は-45人です。技能実習生は何人？", "常勤職員は4.5人です。技能実習生は何人？",
                                  "常勤職員は4e1人です。技能実習生は何人？"])
def test_a_japanese_value_that_cannot_be_read_is_reported(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert "full_time_employees" not in parsed.slots and "full_time_employees" in parsed.errors


def test_a_japanese_headcount_range_is_computed_at_both_ends_and_reported() -> None:
    # round 5e decision: never one end silently; both ends run, and the reply names the range and asks
    parsed = UNDERSTANDER.parse("常勤職員は40〜50人です。技能実習生は何人？")
    assert parsed.scenarios["full_time_employees"] == (40, 50)
    assert dict(parsed.notes)["reading.range_ends"]["text"] == "40〜50"


# --- 4. residence apart from nationality; every place in Japan in any case ---------------------------------------
@pytest.mark.parametrize("text,nationality,in_japan", [
    ("Chinese citizen living in Vietnam, 25, N2. Eligible for the JIP?", "China", False),
    ("I'm Filipino but I work in Nagoya. 28 years old. Can I apply for the JIP?", "Philippines", True),
    ("I hold Indonesian citizenship but live in Thailand. Eligible for the JIP?", "Indonesia", False),
    ("Nepali, currently in Japan on a student visa, 23. JIP eligibility?", "Nepal", True),
    ("Vietnamese national, residing in Kenya, 30, JLPT N2. Can I apply to the JIP?", "Viet Nam", False),
    ("ベトナム国籍で、現在は大阪に住んでいます。25歳です。JIPに応募できますか？", "Viet Nam", True),
    ("中国籍で、ベトナムに住んでいます。25歳、N2です。JIPに応募できますか？", "China", False),
    ("フィリピン人ですが、名古屋で働いています。28歳です。JIPに応募できますか？", "Philippines", True),
])
def test_residence_is_read_apart_from_nationality(text: str, nationality: str, in_japan: bool) -> None:
    slots = read(text)
    assert (slots.get("nationality"), slots.get("residing_in_japan")) == (nationality, in_japan), slots


def test_every_prefecture_is_a_place_in_japan() -> None:
    import unicodedata

    def plain(name: str) -> str:
        return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)).lower()

    english = {plain(p) for p in PLACES["en"]}
    prefectures = {plain(s.name) for s in pycountry.subdivisions.get(country_code="JP")}
    assert len(prefectures) == 47 and prefectures <= english, prefectures - english
    japanese = [p for p in PLACES["ja"] if p not in ("日本", "国内")]
    assert sum(1 for p in japanese if p in JA_PREFECTURES) == 47


JA_PREFECTURES = set("北海道 青森 岩手 宮城 秋田 山形 福島 茨城 栃木 群馬 埼玉 千葉 東京 神奈川 新潟 富山 石川 福井 山梨 長野 岐阜 静岡 愛知 三重 "
                     "滋賀 京都 大阪 兵庫 奈良 和歌山 鳥取 島根 岡山 広島 山口 徳島 香川 愛媛 高知 福岡 佐賀 長崎 熊本 大分 宮崎 鹿児島 沖縄".split())


EN_VERBS = ["living in", "I live in", "working in", "based in", "studying in"]
CASES = {"lower": str.lower, "upper": str.upper, "title": str.title}


@pytest.mark.parametrize("index,place", list(enumerate(p for p in PLACES["en"] if p != "japan")))
@pytest.mark.parametrize("case", sorted(CASES))
def test_every_place_in_japan_in_any_case_means_residing_in_japan(index: int, place: str, case: str) -> None:
    where = CASES[case](EN_VERBS[index % len(EN_VERBS)] + " " + place)
    text = f"Vietnamese, 25, JLPT N2, {where}. Am I eligible for the JIP?"
    slots = read(text)
    assert slots.get("residing_in_japan") is True, (text, slots)
    assert slots.get("nationality") == "Viet Nam", (text, slots)


JA_SHAPES = ["{p}在住", "{p}に住んでいます", "現在は{p}で働いています"]


@pytest.mark.parametrize("place", [p for p in PLACES["ja"] if p != "国内"])
@pytest.mark.parametrize("shape", JA_SHAPES)
def test_every_place_in_japan_in_japanese_means_residing_in_japan(place: str, shape: str) -> None:
    text = f"ベトナム人、25歳、N2です。{shape.format(p=place)}。JIPに応募できますか？"
    slots = read(text)
    assert slots.get("residing_in_japan") is True, (text, slots)
    assert slots.get("nationality") == "Viet Nam", (text, slots)
