"""Living outside Japan said without naming a place (「日本国外在住」「海外に住んでいます」「日本以外の国で暮らしています」,
"I live abroad", "living overseas", "a country other than Japan"): the applicant does not reside in Japan. Before,
「日本国外在住」 read 日本 as the place lived in (ja6d-19: the second applicant was checked as living in Japan)."""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calls_named, slots_of


@pytest.mark.parametrize("text", [
    "日本国外在住です",
    "海外在住です",
    "日本以外に住んでいます",
    "日本の外に住んでいます",
    "日本以外の国で暮らしています",
    "国外に居住しています。応募できますか？",
    "居住地は日本国外です",
    "居住地：海外",
    "今は海外にいます",
    "I live outside Japan",
    "I live abroad. Can I apply for JIP?",
    "I'm Vietnamese, 25, living overseas, N3. can I apply?",
    "I live in a country other than Japan",
])
def test_living_outside_japan_is_not_residing_in_japan(text: str) -> None:
    assert slots_of(text).get("residing_in_japan") is False


@pytest.mark.parametrize("text", [
    "東京在住です",
    "東京在住です。海外にいる弟のことも聞きたいです",
    "大阪に住んでいます。海外に住んでいる家族がいます",
    "日本に住んでいます",
    "I'm a Filipino living abroad in Japan",
])
def test_living_in_japan_stays_residing_in_japan(text: str) -> None:
    assert slots_of(text).get("residing_in_japan") is True


def test_a_second_applicant_abroad_is_checked_as_not_living_in_japan(bot) -> None:
    reply = converse(
        bot,
        "JIPの応募相談窓口をしています。フィリピン国籍でマニラ在住、30歳、JLPT N3の方から問い合わせがありました。"
        "過去にこのプログラムへの参加歴はありません。応募資格はありますか？",
        "ありがとうございます。もう一件、中国籍の方で、それ以外は全く同じ条件（30歳、日本国外在住、N3）の場合はどうでしょうか？")
    args = calls_named(reply, "jip_eligibility")[-1].args
    assert (args["nationality"], args["age"], args["residing_in_japan"], args["jlpt_level"]) == ("China", 30, False, "N3")
