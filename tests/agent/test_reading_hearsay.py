"""Clauses about other people, a rule or hearsay ("I heard people living in Japan can't apply", "日本に住んでいる人は
ダメと聞きました", "they say residents of Japan are excluded", "~人は対象外ですよね") do not set the user's own facts:
the user's own statement wins (and with none, the fact is left to ask)."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

ABROAD = [
    "ネパール人です。いまはオーストラリアのシドニーに住んでいて、３２歳です。日本語能力試験はＮ２を持っています。JIPには参加したことが"
    "ありません。日本に住んでいる人はダメと聞きましたが、オーストラリアに住んでいても応募できますか？",
    "ベトナム国籍、25歳、N3です。ハノイに住んでいます。日本在住の方は対象外ですよね？私はJIPに応募できますか",
    "I'm Nepali, 32, living in Sydney, N2. I heard people living in Japan can't apply, but can I apply to JIP from "
    "Australia?",
    "They say residents of Japan are excluded. I'm a Filipino in Manila, 26, English fluent. Can I join JIP?",
    "日本在住者は対象外らしいですが、私はハノイ在住、25歳、N3です。JIPに応募できますか？",
    "People who live in Japan are not eligible, right? I am Kenyan, 30, living in Nairobi, fluent English. Am I "
    "eligible for JIP?",
]
IN_JAPAN = [
    "日本に住んでいる人は応募できないと言われましたが、私は大阪に住んでいます。25歳、インド国籍、N2です。JIPに応募できますか？",
    "I heard people living in Japan can't apply. I'm Indian, 27, I live in Tokyo, N2. Can I apply to JIP?",
]


@pytest.mark.parametrize("text", ABROAD)
def test_hearsay_about_residents_of_japan_is_not_the_users_residence(text: str) -> None:
    assert UNDERSTANDER.parse(text).slots.get("residing_in_japan") is False


@pytest.mark.parametrize("text", IN_JAPAN)
def test_the_users_own_statement_wins(text: str) -> None:
    assert UNDERSTANDER.parse(text).slots.get("residing_in_japan") is True


def test_hearsay_alone_sets_nothing() -> None:
    slots = UNDERSTANDER.parse("I heard people living in Japan can't apply to JIP. I'm 25, from Nepal.").slots
    assert "residing_in_japan" not in slots and slots.get("age") == 25


def test_the_bot_passes_the_users_own_residence(bot) -> None:
    from support import converse

    reply = converse(bot, ABROAD[0])
    call = next(c for c in reply.tool_calls if c.name == "jip_eligibility")
    assert call.args["residing_in_japan"] is False and call.args["age"] == 32


def test_a_word_that_holds_a_hearsay_ending_is_no_hearsay() -> None:
    slots = UNDERSTANDER.parse("日本語はN3で素晴らしい成績でした。ベトナム国籍、25歳です。JIPに応募できますか？").slots
    assert slots.get("jlpt_level") == "N3"


def test_a_japanese_verdict_for_someone_living_in_a_third_country_says_it_is_fine(bot) -> None:
    """Met criteria in Japanese name what the English reply names: living outside Japan, a third country included."""
    from support import converse

    reply = converse(bot, "ネパール人です。いまはオーストラリアのシドニーに住んでいて、３２歳です。日本語能力試験はＮ２を持っています。"
                          "JIPには参加したことがありません。日本に住んでいる人はダメと聞きましたが、オーストラリアに住んでいても応募できますか？")
    assert "応募要件を満たしています" in reply.answer and "第三国に住んでいてもかまいません" in reply.answer
