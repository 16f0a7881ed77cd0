"""Care work written in plain Japanese (fresh batch i: jai-21): かいご, かいごし, かいごしょくいん, かいごしせつ,
かいごふくしし read as the 介護 words of knowledge/nlu/ja_kana.yaml, so a quota question in hiragana sets occupation
nursing_care as the kanji does, and kana that only contains those letters (かいごう, いっかいごと) stays prose.
"""

from __future__ import annotations

import pytest

from support import converse
from tests.knowledge import repo_understander

U = repo_understander()

CARE = [
    ("私は介護士です。うちの施設で技能実習生は何人受け入れできますか？",
     "わたしは かいごし です。うちの しせつで ぎのうじっしゅうせい なんにん うけいれ できますか？"),
    ("介護施設です。常勤職員は20人です。技能実習生は何人？",
     "かいごしせつ です。じょうきん しょくいんは 20にん です。ぎのうじっしゅうせい は なんにん？"),
    ("介護の技能実習生を受け入れたいです。常勤の介護職員は12人です。",
     "かいごの ぎのうじっしゅうせい を うけいれ たいです。じょうきんの かいご しょくいんは 12にん です。"),
    ("介護福祉士として働いています。実習生は何人受け入れられますか？",
     "かいごふくしし として はたらいています。じっしゅうせい は なんにん うけいれ られますか？"),
]


@pytest.mark.parametrize(("kanji", "kana"), CARE)
def test_care_words_in_kana_set_nursing_care_as_kanji_does(kanji: str, kana: str) -> None:
    for text in (kanji, kana, kana.replace(" ", "")):
        assert U.parse(text).slots.get("occupation") == "nursing_care", (text, U.parse(text).text)


@pytest.mark.parametrize("text", ["かいごうに でます", "いっかいごとに はらいます", "にかいごうかく しました"])
def test_kana_that_only_contains_kaigo_stays_prose(text: str) -> None:
    assert "介護" not in U.pack("ja").read(text)
    assert U.parse(text).slots.get("occupation") != "nursing_care"


@pytest.mark.parametrize("first", [
    "こんにちは。わたしは ふぃりぴんじんの かいごし です。うちの しせつで ぎのうじっしゅうせい なんにん うけいれ できますか？",
    "わたしは かいごしせつで はたらいています。ぎのうじっしゅうせい は なんにん うけいれ できますか？",
    "介護施設で働いています。技能実習生は何人受け入れできますか？",
])
def test_a_care_worker_asking_in_kana_gets_the_nursing_care_quota(bot, first: str) -> None:
    reply = converse(bot, first, "じょうきんの かいごの しょくいんは 15にん です。ゆうりょう じゃないです")
    (call,) = [c for c in reply.tool_calls if c.name == "trainee_quota"]
    assert call.args.get("occupation") == "nursing_care"
    assert call.args.get("full_time_employees") == 15
