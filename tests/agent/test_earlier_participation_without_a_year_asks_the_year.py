"""An earlier participation told without its year ("I took part in JIP before", 「以前にも参加したことがあります」) is
neither nothing nor a year: the check says participants of the excluded fiscal years cannot apply again and asks the
year; the year told next decides (inside the range: not eligible; before it: no obstacle). A question about past
participants in general, or a participation wished for, is no participation of the asker's."""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calls_named, slots_of

EN_FIRST = "I'm from the Philippines, 28, good English, living in Manila. Can I apply for JIP?"
JA_FIRST = "フィリピン国籍の28歳、マニラ在住で、英語は得意です。JIPに応募できますか？"


@pytest.mark.parametrize("text", [
    "I took part in JIP before",
    "I've already done this program. Can I apply again?",
    "she's a former JIP intern",
    "he has participated in the program before",
    "以前にも参加したことがあります",
    "過去にJIPでインターンをしていました",
    "参加経験があります",
    "前にもこのプログラムに参加しました",
], ids=["en-took-part-before", "en-already-done", "en-former-intern", "en-has-participated-before", "ja-izen-ni-mo",
        "ja-kako-ni-intern", "ja-sanka-keiken", "ja-mae-ni-mo"])
def test_participation_without_a_year_is_read_as_such(text: str) -> None:
    slots = slots_of(text)
    assert slots.get("participated_before") is True
    assert "participated_fiscal_years" not in slots


@pytest.mark.parametrize("text", [
    "Can I participate in JIP?",
    "people who participated before, can they apply?",
    "Have you participated before?",
    "I have never participated before",
    "以前参加した人は応募できますか？",
    "参加したことはありません",
], ids=["en-can-i", "en-others", "en-question", "en-never", "ja-others", "ja-never"])
def test_no_participation_of_ones_own_without_a_year(text: str) -> None:
    assert slots_of(text).get("participated_before") is not True


@pytest.mark.parametrize(("first", "second", "year_reply", "eligible"), [
    (EN_FIRST, "I took part in JIP before", "it was FY2019", False),
    (EN_FIRST, "I took part in JIP before", "2014", True),
    (JA_FIRST, "以前にも参加したことがあります", "2019年度です", False),
    (JA_FIRST, "以前にも参加したことがあります", "2014年度", True),
], ids=["en-in-range", "en-before-range", "ja-in-range", "ja-before-range"])
def test_the_check_asks_the_year_and_the_year_decides(bot, first: str, second: str, year_reply: str,
                                                      eligible: bool) -> None:
    asked = converse(bot, first, second)
    call = calls_named(asked, "jip_eligibility")[-1]
    assert call.args["participated_before"] is True and call.args["participated_fiscal_years"] == []
    assert asked.follow_up and "2016" in asked.follow_up and "2023" in asked.follow_up
    assert "have not taken part" not in asked.answer and "参加したことはない" not in asked.answer  # nothing assumed away
    reply = converse(bot, first, second, year_reply)
    call = calls_named(reply, "jip_eligibility")[-1]
    assert call.result["eligible"] == ("yes" if eligible else "no")
