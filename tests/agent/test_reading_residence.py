"""R3: where someone lives, read against the cities of the world, and a slot of the first question carried.

- A city outside Japan (GeoNames through bot.text.places: capitals and major cities in English and Japanese, any
  case) means not residing in Japan, and the reply states the assumption ("Dhaka is outside Japan"); a Japanese
  city the places file does not list is in Japan.
- A slot stated in a knowledge question ("can bangladeshi people apply ...?") carries into the calculator a later
  turn starts.
"""

from __future__ import annotations

import pytest

from bot.text.places import city_at_end, city_at_start, find_city
from support import converse
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

CITIES_EN = ["Dhaka", "Hanoi", "Manila", "Jakarta", "Nairobi", "Kathmandu", "Lima", "Cairo", "Bangkok", "Colombo",
             "Lagos", "Ulaanbaatar", "Yangon", "New Delhi", "Karachi", "Addis Ababa", "Ho Chi Minh City", "Sao Paulo",
             "Mumbai", "Kuala Lumpur", "Tashkent", "Accra"]
CITIES_JA = ["ダッカ", "ハノイ", "マニラ", "ジャカルタ", "ナイロビ", "カトマンズ", "バンコク", "コロンボ", "ヤンゴン", "カイロ",
             "ムンバイ", "クアラルンプール", "ホーチミン"]
EN_FRAMES = ["I'm 29, living in {c}, JLPT N2. Am I eligible for the JIP?",
             "Can I apply to the JIP? I live in {c}, I'm 25 and I have N3.",
             "JIP eligibility: 30 years old, based in {c}, english is good"]
JA_FRAMES = ["29歳で{c}在住、JLPT N2です。JIPに応募できますか？", "{c}に住んでいます。25歳、N3です。JIPの対象になりますか？"]


@pytest.mark.parametrize("city", CITIES_EN)
@pytest.mark.parametrize("frame", EN_FRAMES)
@pytest.mark.parametrize("case", [str, str.lower])
def test_an_english_city_abroad_is_not_residing_in_japan_and_is_said(frame: str, city: str, case) -> None:
    parsed = UNDERSTANDER.parse(frame.format(c=case(city)))
    assert parsed.slots.get("residing_in_japan") is False, parsed.slots
    notes = [values for key, values in parsed.notes if key == "reading.abroad"]
    assert notes and notes[0]["place"], parsed.notes


@pytest.mark.parametrize("city", CITIES_JA)
@pytest.mark.parametrize("frame", JA_FRAMES)
def test_a_japanese_city_abroad_is_not_residing_in_japan_and_is_said(frame: str, city: str) -> None:
    parsed = UNDERSTANDER.parse(frame.format(c=city))
    assert parsed.slots.get("residing_in_japan") is False, parsed.slots
    assert [v["place"] for k, v in parsed.notes if k == "reading.abroad"] == [city], parsed.notes


@pytest.mark.parametrize("text", ["I'm 29, living in Takasaki, JLPT N2. Am I eligible for the JIP?",
                                  "29歳で高崎在住、JLPT N2です。JIPに応募できますか？"])
def test_a_japanese_city_not_in_the_places_file_is_in_japan(text: str) -> None:
    assert UNDERSTANDER.parse(text).slots.get("residing_in_japan") is True


@pytest.mark.parametrize("text", ["I'm 29, working in sales, JLPT N2. Am I eligible for the JIP?",
                                  "I'm 29 and studying in english, N2. Am I eligible for the JIP?"])
def test_an_ordinary_word_after_working_or_studying_is_no_place(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert not [k for k, _ in parsed.notes if k == "reading.abroad"], parsed.notes


def test_the_lookup_names_the_country_of_a_city_in_any_script() -> None:
    assert find_city("dhaka").country == "BD"
    assert find_city("ダッカ").country == "BD"
    assert city_at_start("Ho Chi Minh City for 3 years").country == "VN"
    assert city_at_end("29歳でダッカ").country == "BD"
    assert city_at_end("タシケント") is None or city_at_end("タシケント").name == "Tashkent"
    assert find_city("x") is None


@pytest.mark.parametrize("first,second,args", [
    ("can bangladeshi people apply to the METI internship program?",
     "ok. im 29, living in dhaka, english is good (IELTS 7). no JLPT",
     {"nationality": "Bangladesh", "age": 29, "residing_in_japan": False, "english_proficient": True}),
    ("Are Kenyan citizens eligible for the Japan Internship Program?", "I'm 27, I live in Nairobi and have JLPT N2",
     {"nationality": "Kenya", "age": 27, "residing_in_japan": False, "jlpt_level": "N2"}),
    ("バングラデシュ人はJIPに応募できますか？", "29歳、ダッカ在住です。英語は得意です。",
     {"nationality": "Bangladesh", "age": 29, "residing_in_japan": False, "english_proficient": True}),
])
def test_a_slot_of_the_first_question_carries_into_the_task(bot, first: str, second: str, args: dict) -> None:
    reply = converse(bot, first, second)
    calls = [c for c in reply.tool_calls if c.name == "jip_eligibility"]
    assert calls, reply.answer[:300]
    assert {k: calls[-1].args.get(k) for k in args} == args, calls[-1].args
    assert "outside Japan" in reply.answer or "日本国外" in reply.answer


@pytest.mark.parametrize("demonym,country", [("Kenyans", "Kenya"), ("Nepalis", "Nepal"), ("Filipinos", "Philippines"),
                                             ("Bangladeshis", "Bangladesh"), ("Indonesians", "Indonesia"),
                                             ("Pakistanis", "Pakistan"), ("Vietnamese", "Viet Nam")])
@pytest.mark.parametrize("frame", ["Can {d} apply to the Japan Internship Program?", "are {d} eligible for JIP?"])
def test_a_plural_demonym_in_the_first_question_names_the_nationality(frame: str, demonym: str, country: str) -> None:
    assert UNDERSTANDER.parse(frame.format(d=demonym)).slots.get("nationality") == country
