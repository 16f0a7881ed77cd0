"""Country names written in hiragana (batch f, class 5): "わたしは ちゅうごくじん です" is Chinese, "べとなむじん" is
Vietnamese. The class: a katakana country name written in hiragana (bot/text/kana.py to katakana, the country
resolver's CLDR names) and a kanji country name written by its reading (knowledge/nlu/ja_kana.yaml) give the same
slots as the written name, in every sentence shape of plain Japanese; ordinary hiragana words that contain a short
country name ("ありがたい", "あまりにも") stay words.
"""

from __future__ import annotations

import itertools

import pytest

from bot.text.kana import to_katakana
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

KATAKANA = ["ベトナム", "インドネシア", "フィリピン", "ネパール", "タイ", "ミャンマー", "カンボジア", "モンゴル",
            "スリランカ", "バングラデシュ", "インド", "ブラジル", "ペルー", "ウズベキスタン"]
KANJI = [("中国", "ちゅうごく"), ("韓国", "かんこく"), ("台湾", "たいわん")]


def _hiragana(katakana: str) -> str:
    return "".join(chr(ord(ch) - 0x60) if "ァ" <= ch <= "ヶ" else ch for ch in katakana)


NAMES = [(k, _hiragana(k)) for k in KATAKANA] + KANJI
SHAPES = [
    "わたしは {c}じん です。30さい、えいご できます。いま シンガポールに すんでいます。JIP おうぼ できますか？",
    "わたしは{c}じんです。25さいです。JIPに おうぼ できますか？",
    "こくせきは {c} です。ねんれいは 28 です。にほんには すんでいません。",
    "{c}しゅっしん です。いま ドイツで はたらいています。",
]


@pytest.mark.parametrize("written,hiragana", NAMES)
@pytest.mark.parametrize("shape", SHAPES)
def test_a_country_in_hiragana_reads_as_written(written: str, hiragana: str, shape: str) -> None:
    expected = UNDERSTANDER.parse(shape.format(c=written))
    parsed = UNDERSTANDER.parse(shape.format(c=hiragana))
    assert expected.slots.get("nationality"), shape.format(c=written)
    assert parsed.slots == expected.slots, shape.format(c=hiragana)
    assert parsed.intents == expected.intents


@pytest.mark.parametrize("written,hiragana", [(k, _hiragana(k)) for k in ("タイ", "ベトナム", "フィリピン")])
def test_living_in_a_country_written_in_hiragana(written: str, hiragana: str) -> None:
    parsed = UNDERSTANDER.parse(f"ネパールじん です。いま {hiragana}に すんでいます。")
    assert parsed.slots.get("nationality") == "Nepal"
    assert parsed.slots.get("residing_in_japan") is False


@pytest.mark.parametrize("text", [
    "ありがたいです。", "あまりにも たのしいです。", "にほんに いきたいです。", "たべたいです", "まりさんと はなしたい",
    "いんどあで はたらきたい", "えいごが できます", "おまたせしました",
])
def test_ordinary_hiragana_words_name_no_country(text: str) -> None:
    assert "nationality" not in UNDERSTANDER.parse(text).slots


@pytest.mark.parametrize("hiragana", ["べとなむ", "ぱきすたん", "ゔぁぬあつ", "ふぃじー"])
def test_to_katakana_is_the_unicode_offset(hiragana: str) -> None:
    katakana = to_katakana(hiragana)
    assert len(katakana) == len(hiragana) and _hiragana(katakana) == hiragana
    assert to_katakana("N3 です、30歳") == "N3 デス、30歳"
