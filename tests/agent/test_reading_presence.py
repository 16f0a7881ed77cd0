"""Class: a follow-up stating where the person is now (in a city of Japan, at a school in Japan: "im actually in osaka
right now at a language school", "今は大阪にいます") while JIP eligibility is open fills residing_in_japan and re-runs the
check (not eligible: residing in Japan). Being in a place abroad, or a phrase that names no place, sets nothing."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

FIRST_EN = "Hi, I'm Jordanian, 29, engineering graduate, fluent English. Can I apply for the METI Japan Internship Program?"
FIRST_JA = "ヨルダン国籍の29歳で、工学部卒、英語が流暢です。経済産業省のジャパン・インターンシップ・プログラムに応募できますか？"


@pytest.mark.parametrize("text", [
    "sorry i forgot to say, im actually in osaka right now at a language school. does that matter?",
    "I'm in Osaka right now.",
    "I'm currently at a language school in Tokyo.",
    "Actually I am in Fukuoka at the moment.",
    "今は大阪にいます。",
    "実は東京に来ています。",
    "すみません、言い忘れました。今は大阪にいて、日本語学校に通っています。",
])
def test_being_in_japan_now_is_residing_in_japan(text: str) -> None:
    assert UNDERSTANDER.parse(text).slots.get("residing_in_japan") is True


@pytest.mark.parametrize("text", [
    "I'm in IT.",
    "I'm in marketing.",
    "日本にいる友達に聞きました。",
])
def test_no_place_sets_nothing(text: str) -> None:
    assert "residing_in_japan" not in UNDERSTANDER.parse(text).slots


# (since 2026-12-07: being in a city outside Japan now, "im in Nairobi", is where the applicant is, so not residing
# in Japan; said in the reply. See test_reading_where_one_still_is.py.)
@pytest.mark.parametrize("text", ["I'm in Bangkok right now.", "今はバンコクにいます。"])
def test_being_in_a_city_outside_japan_now_is_not_residing_there(text: str) -> None:
    assert UNDERSTANDER.parse(text).slots.get("residing_in_japan") is False


@pytest.mark.parametrize("turns", [
    (FIRST_EN, "sorry i forgot to say, im actually in osaka right now at a language school. does that matter?"),
    (FIRST_EN, "Oh, I'm in Kyoto at the moment, by the way."),
    (FIRST_JA, "すみません、言い忘れました。今は大阪にいて、日本語学校に通っています。関係ありますか？"),
    (FIRST_JA, "あ、今は大阪にいます。"),
])
def test_the_follow_up_re_runs_the_check(bot, turns: tuple[str, str]) -> None:
    from support import converse

    reply = converse(bot, *turns)
    calls = [c for c in reply.tool_calls if c.name == "jip_eligibility"]
    assert calls and calls[-1].args["residing_in_japan"] is True, reply.answer
    assert not reply.refused
