"""Class: a correction wrapped in fillers, apologies and emoji ("ahh sorry sorry, hmm, typo... it is 26 not 62 😅 so how
many then?", 「あ、すみません、打ち間違いで…62じゃなくて26です💦」) binds its new value to the figure asked before (the
quota is re-run with 26); the fillers are no knowledge question, and a number after an ellipsis ("…26") is a number."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

FIRST_EN = ("hello, we are plastic molding company, 62 full time workers. how many technical intern we can get? we are "
            "normal, not excellent.")
FIRST_JA = "プラスチック成形の会社で、常勤62人です。技能実習生は何人受け入れられますか？優良ではありません。"


@pytest.mark.parametrize("text", [
    "ahh sorry sorry, hmm, typo... it is 26 not 62 😅 so how many then?",
    "it is 26 not 62 so how many then?",
    "hmm sorry, my mistake!! 26 not 62 😅",
])
def test_the_old_value_after_not_is_replaced_whatever_follows(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.correction and parsed.replaced_value == 62
    assert parsed.numbers == [26] and not parsed.asks_knowledge


@pytest.mark.parametrize("text", ["あっ、えーと、すみません…26の間違いでした💦", "すみません…26人です"])
def test_a_number_after_an_ellipsis_is_a_number(text: str) -> None:
    assert UNDERSTANDER.parse(text).numbers == [26]


@pytest.mark.parametrize("first, correction", [
    (FIRST_EN, "ahh sorry sorry, hmm, typo... it is 26 not 62 😅 so how many then?"),
    (FIRST_EN, "it is 26 not 62 so how many then?"),
    (FIRST_EN, "oops typo lol... it should be 26 🙏 how many then?"),
    (FIRST_JA, "あ、すみません、打ち間違いで…62じゃなくて26です💦"),
    (FIRST_JA, "ごめんなさい、タイプミスでした😅 26人です。何人になりますか？"),
    (FIRST_JA, "あっ、えーと、すみません…26の間違いでした💦"),
])
def test_the_quota_is_run_again_with_the_corrected_count(bot, first: str, correction: str) -> None:
    from support import converse

    reply = converse(bot, first, correction)
    calls = [c for c in reply.tool_calls if c.name == "trainee_quota"]
    assert calls and calls[-1].args["full_time_employees"] == 26, reply.answer[:300]
    assert not reply.refused
