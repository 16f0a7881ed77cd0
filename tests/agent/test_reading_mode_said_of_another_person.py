"""The mode said in the message is the one computed, also when the internship is another person's and the message
names a currency by its country: "my sister (from Nepal, lives in Pokhara) got an online internship ..., 21 days ...
how much support fund ...? and is it yen or nepali rupees" is online, 21 days (before: "nepali rupees" was read as the
user's own nationality, so the sister's facts, the mode among them, were dropped and "in person or online?" asked).
A country's adjective before a currency ("nepali rupees", "indonesian rupiah", "peruvian soles") is no nationality."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text,days", [
    ("my sister (from Nepal, lives in Pokhara) got an online internship with a japanese company, 21 days. she is asking "
     "how much support fund she will get in total?? and is it yen or nepali rupees", 21),
    ("my brother got an online internship with a company in Osaka, 30 days. how much will he get in total? in "
     "indonesian rupiah or yen?", 30),
    ("My cousin (lives in Lima) was accepted for an online internship, 14 days. How much is the support fund, in "
     "peruvian soles or yen?", 14),
    ("I got an online internship, 21 days, how much will I get? is it paid in indonesian rupiah?", 21),
    ("妹（ネパール在住）がオンラインのインターンに決まった。21日間です。支援金は合計いくらですか？ネパールルピーで払われますか？", 21),
    ("オンラインのインターンに決まった。21日間です。支援金は合計いくら？", 21),
])
def test_the_mode_said_is_read(text: str, days: int) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.slots.get("mode") == "online"
    assert parsed.slots.get("days") == days


@pytest.mark.parametrize("text", [
    "is it paid in nepali rupees or yen?",
    "I'm 27. Will the online fund be paid in indonesian rupiah?",
])
def test_a_currency_named_by_its_country_is_no_nationality(text: str) -> None:
    assert "nationality" not in UNDERSTANDER.parse(text).slots


def test_the_reply_computes_the_online_funds(bot) -> None:
    from support import converse

    reply = converse(bot, "my sister (from Nepal, lives in Pokhara) got an online internship with a japanese company, "
                          "21 days. she is asking how much support fund she will get in total?? and is it yen or nepali "
                          "rupees")
    call = next(c for c in reply.tool_calls if c.name == "jip_support_funds")
    assert call.args["mode"] == "online" and call.args["days"] == 21
    assert "21,000" in reply.answer
