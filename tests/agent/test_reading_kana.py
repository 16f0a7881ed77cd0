"""Plain Japanese (やさしい日本語) reads as written Japanese (issue 10, item 6): applicants write hiragana for
kanji and put spaces between words. The class: every family of JIP facts written in kanji, in hiragana, and in
spaced hiragana gives the same intents and the same tool arguments, through the one reading step of
knowledge/nlu/ja_kana.yaml (the patterns of knowledge/nlu/ja.yaml are written once, in kanji).
"""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest

from bot.agent.understand import LanguagePack
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

# Each family: (the words in kanji, the same words in hiragana, spaced as applicants write them; the intents and
# the slots both must give). "{n}" / "{c}" are filled from the values below, so each family is many messages.
COUNTRIES = [("ベトナム", "Viet Nam"), ("インド", "India"), ("ネパール", "Nepal"), ("インドネシア", "Indonesia")]
AGES = [19, 25, 30, 41]
DAYS = [14, 40, 60]
YEARS = [2019, 2021, 2023]

FAMILIES: list[tuple[str, str, str, list[str], dict]] = []
for (country, name), age, level in itertools.product(COUNTRIES, AGES, (1, 2, 3)):
    FAMILIES.append(("eligibility abroad",
                     f"私は{country}人です。{age}歳です。日本語能力試験N{level}があります。今{country}に住んでいます。JIPに応募できますか？",
                     f"わたしは {country}じん です。{age}さい です。にほんごのうりょくしけん N{level} が あります。"
                     f"いま {country}に すんでいます。JIPに おうぼ できますか？",
                     ["jip_eligibility"],
                     {"nationality": name, "age": age, "jlpt_level": f"N{level}", "residing_in_japan": False}))
for (country, name), age in itertools.product(COUNTRIES, AGES):
    FAMILIES.append(("statement in a third country",
                     f"{country}人です。今ドイツに住んでいます。{age}歳です。英語ができます。",
                     f"{country}じん です。いま ドイツに すんでいます。{age}さい です。えいごが できます。",
                     [], {"nationality": name, "age": age, "residing_in_japan": False, "english_proficient": True}))
    FAMILIES.append(("student in Japan",
                     f"{country}人です。今日本の専門学校に通っています（日本に住んでいます）。{age}歳、N3です。",
                     f"{country}じん です。いま にほんの せんもんがっこうに かよっています（にほんに すんでいます）。{age}さい、N3 です。",
                     [], {"nationality": name, "age": age, "residing_in_japan": True, "jlpt_level": "N3"}))
    FAMILIES.append(("nationality and age named",
                     f"国籍は{country}です。年齢は{age}です。日本には住んでいません。JIPに申し込めますか？",
                     f"こくせきは {country} です。ねんれいは {age} です。にほんには すんでいません。JIPに もうしこめますか？",
                     ["jip_eligibility"], {"nationality": name, "age": age, "residing_in_japan": False}))
    FAMILIES.append(("working in a third country",
                     f"{country}出身です。今タイで働いています。{age}歳です。英語が話せます。JIPの対象になりますか？",
                     f"{country}しゅっしん です。いま タイで はたらいています。{age}さい です。えいごが はなせます。JIPの たいしょう に なりますか？",
                     ["jip_eligibility"],
                     {"nationality": name, "age": age, "residing_in_japan": False, "english_proficient": True}))
for days in DAYS:
    FAMILIES.append(("funds in Japan",
                     f"日本で{days}日インターンシップをします。活動支援金は全部でいくらですか？",
                     f"にほんで {days}にち インターンシップ を します。かつどうしえんきん は ぜんぶで いくら ですか？",
                     ["jip_support_funds"], {"days": days, "mode": "in_person"}))
    FAMILIES.append(("funds online",
                     f"オンラインで{days}日インターンシップをします。活動支援金はいくらですか？",
                     f"オンラインで {days}にち インターンシップ を します。かつどうしえんきん は いくら ですか？",
                     ["jip_support_funds"], {"days": days, "mode": "online"}))
    FAMILIES.append(("correction to in person",
                     f"すみません、日本に行くインターンシップに変わりました。{days}日です。",
                     f"すみません、にほんに いく インターンシップ に かわりました。{days}にち です。",
                     [], {"days": days, "mode": "in_person"}))
for year in YEARS:
    FAMILIES.append(("participated", f"{year}年にJIPに参加しました", f"{year}ねんに JIPに さんか しました",
                     [], {"participated_fiscal_years": [year]}))
for age in AGES:
    FAMILIES.append(("age on a date", f"2024年8月1日に{age}歳でした", f"2024ねん8がつ1にち に {age}さい でした",
                     [], {"age": age}))
FAMILIES += [
    ("english no", "英語はあまりできません", "えいごは あまり できません", [], {"english_proficient": False}),
    ("english weak", "英語は苦手です", "えいごは にがて です", [], {"english_proficient": False}),
    ("english yes", "英語は得意です", "えいごは とくい です", [], {"english_proficient": True}),
    ("english speaks", "英語が話せます", "えいごが はなせます", [], {"english_proficient": True}),
    *[("jlpt only", f"日本語はN{n}だけ", f"にほんごは N{n} だけ", [], {"jlpt_level": f"N{n}"}) for n in (1, 4, 5)],
]


def _read(text: str) -> tuple[list[str], dict]:
    parsed = UNDERSTANDER.parse(text)
    return parsed.intents[:1], parsed.slots


CASES = [pytest.param(kanji, kana, intents, slots, id=f"{label}-{i}")
         for i, (label, kanji, kana, intents, slots) in enumerate(FAMILIES)]


@pytest.mark.parametrize(("kanji", "kana", "intents", "slots"), CASES)
def test_kanji_hiragana_and_spaced_hiragana_give_the_same_arguments(kanji: str, kana: str, intents: list[str],
                                                                    slots: dict) -> None:
    unspaced = re.sub(r"(?<=[^\x00-\x7f]) | (?=[^\x00-\x7f])", "", kana)
    spaced_kanji = re.sub(r"(です|ます|は|が|に|で|を)", r"\1 ", kanji)
    readings = {form: _read(form) for form in (kanji, spaced_kanji, kana, unspaced)}
    for form, (found_intents, found_slots) in readings.items():
        assert found_intents == intents, (form, found_intents)
        for slot, value in slots.items():
            assert found_slots.get(slot) == value, (form, slot, found_slots)
    assert len({repr(sorted(s.items())) for _, s in readings.values()}) == 1, readings


@pytest.mark.parametrize("text", ["ください", "申し込みを してください", "やすんでいます", "さいしょから", "さんかいめ"])
def test_kana_that_is_no_counter_stays_prose(text: str) -> None:
    """A counter's kana is read only after a number: "ください" keeps its さい, "やすんで" (resting) is no 住んで."""
    pack = UNDERSTANDER.pack("ja")
    assert not re.search("[歳住参]", pack.read(text)), pack.read(text)


def test_spaces_between_latin_words_stay(tmp_path: Path) -> None:
    (tmp_path / "xx.yaml").write_text("language: xx\n", encoding="utf-8")
    (tmp_path / "xx_kana.yaml").write_text(
        "joined_spaces: '(?<=[ぁ-ん]) +| +(?=[ぁ-ん])'\nreadings: {'(?<=\\d)さい': 歳}\n", encoding="utf-8")
    pack = LanguagePack.load(tmp_path / "xx.yaml")
    assert pack.read("JIP FY 2024 に 25 さい") == "JIP FY 2024に25歳"


# program names and question words written in kana (fresh batch e: jaf6-ssw1-how) are read as the kanji the
# search terms and patterns use
@pytest.mark.parametrize("text,written", [
    ("とくていぎのう1ごう に なりたいです。なにが ひつよう ですか？", "特定技能1号"),
    ("ぎのうじっしゅう は なんねん まで できますか？", "技能実習は何年"),
    ("いくせいしゅうろう は いつから ですか？", "育成就労"),
])
def test_program_names_in_kana_are_read_as_written(text: str, written: str) -> None:
    from tests.knowledge import repo_understander

    assert written in repo_understander().parse(text).text
