"""A stay that is over ("I used to be an exchange student in Japan", "I worked in Nagoya as a trainee from 2016 to
2019", 「以前は日本に留学していました」, 「東京で3年間働いていました」) is no residence now: where the person lives
now decides, and with nothing said about now the residence is left to ask. A present stay in the perfect ("I have
lived in Osaka for 5 years", 「大阪に住んでいます」) is residence now."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

NOW_ABROAD = [
    "I used to be an exchange student in Japan but now I live in Hanoi. I'm Vietnamese, 30. Can I apply to JIP?",
    "I'm Filipino, 29. I worked in Nagoya as a technical intern from 2016 to 2019, now I live in Cebu. Am I eligible?",
    "I lived in Tokyo for three years, but currently I'm living in Dhaka. Bangladeshi, 31, N2. Can I join JIP?",
    "When I was a student in Osaka I learned Japanese. Now I'm based in Nairobi. Kenyan, 27. JIP eligible?",
    "Back in 2018 I studied in Kyoto. These days I live in Jakarta, Indonesian, 33 years old. Can I apply?",
    "以前は日本に留学していましたが、今はハノイに住んでいます。ベトナム国籍、30歳です。JIPに応募できますか？",
    "2019年から2022年まで東京で働いていました。現在はマニラ在住、フィリピン国籍の29歳です。応募できますか？",
    "昔、大阪に住んでいたことがありますが、今はジャカルタに住んでいます。インドネシア人、33歳。JIPに応募できますか",
]
PAST_ONLY = [
    "I used to live in Japan as an exchange student. I'm Vietnamese, 30, N2. Can I apply to JIP?",
    "I was a technical intern in Nagoya from 2016 to 2019. Filipino, 29. Am I eligible for JIP?",
    "以前、日本に留学していました。ベトナム国籍、30歳、N2です。JIPに応募できますか？",
]
NOW_IN_JAPAN = [
    "I have lived in Osaka for five years. I'm Indian, 27, N2. Can I apply to JIP?",
    "I used to live in Hanoi, but now I live in Tokyo. Vietnamese, 30. Can I apply to JIP?",
    "I'm a student in Japan now; I studied in Manila before. Filipino, 24. Can I apply?",
    "以前はハノイに住んでいましたが、今は大阪に住んでいます。ベトナム国籍、30歳です。JIPに応募できますか？",
    "日本に住んで5年になります。インド国籍、27歳、N2です。JIPに応募できますか？",
]


@pytest.mark.parametrize("text", NOW_ABROAD)
def test_a_stay_in_japan_that_is_over_is_not_where_one_lives_now(text: str) -> None:
    assert UNDERSTANDER.parse(text).slots.get("residing_in_japan") is False


@pytest.mark.parametrize("text", PAST_ONLY)
def test_a_past_stay_alone_leaves_the_residence_to_ask(text: str) -> None:
    slots = UNDERSTANDER.parse(text).slots
    assert "residing_in_japan" not in slots and slots.get("age") in (29, 30)


@pytest.mark.parametrize("text", NOW_IN_JAPAN)
def test_living_in_japan_now_is_residence_whatever_came_before(text: str) -> None:
    assert UNDERSTANDER.parse(text).slots.get("residing_in_japan") is True


def test_the_verdict_follows_where_the_applicant_lives_now(bot) -> None:
    from support import converse

    reply = converse(bot, NOW_ABROAD[0] + " I have JLPT N2 and good English, never joined JIP before.")
    call = next(c for c in reply.tool_calls if c.name == "jip_eligibility")
    assert call.args["residing_in_japan"] is False
    assert "cannot apply" not in reply.answer.lower() and "currently living in Japan are not" not in reply.answer


def test_a_past_stay_alone_is_asked_about_not_decided(bot) -> None:
    from support import converse

    reply = converse(bot, PAST_ONLY[0] + " Good English, never joined JIP.")
    assert not any(c.name == "jip_eligibility" and c.args.get("residing_in_japan") is True for c in reply.tool_calls)
    assert "live" in reply.answer.lower()
