"""A month or a date number is never a value of the check: a number followed by 月 (「今年3月に大学院を修了」) or a time
counted back ("3 months ago", 「3か月前」) is a date, not a lone number a correction would give to the age (pack ``dates``
blanks it before the message's numbers are listed); the age stated before stays."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text", [
    "失礼しました、確認したところ今年3月に大学院を修了して、すでにネパールに帰国していました。今はネパール在住です。それなら応募できますか？",
    "すみません、3月末に修了しました。今はネパールにいます。",
    "訂正です。3か月前に卒業して帰国しました。応募できますか？",
    "sorry, I checked: she graduated in March 2024, 3 months ago, and went back to Nepal. can she apply then?",
    "correction: he finished grad school 3 months ago and moved home to Nepal.",
    "sorry, she left Japan 2 weeks ago. can she apply now?",
], ids=["ja-case", "ja-month-end", "ja-kagetsu-mae", "en-months-ago", "en-correction", "en-weeks-ago"])
def test_month_or_time_ago_gives_no_number(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.numbers == []
    assert "age" not in parsed.slots


@pytest.mark.parametrize("text", ["訂正です、60人です", "sorry, actually it's 3"], ids=["ja", "en"])
def test_a_corrected_number_is_still_a_number(text: str) -> None:
    assert UNDERSTANDER.parse(text).numbers


@pytest.mark.parametrize("turns", [
    ("大学の国際交流課の者です。ネパール国籍の卒業生（25歳、JLPT N3、JIP参加歴なし）がJIPに応募したいと言っています。現在は日本の大学院に"
     "在籍していて日本在住です。応募資格はありますか？",
     "失礼しました、確認したところ今年3月に大学院を修了して、すでにネパールに帰国していました。今はネパール在住です。それなら応募できますか？"),
    ("Hi, I'm Nepali, 25, JLPT N3, never did JIP, currently studying at a grad school in Japan. can I apply?",
     "sorry, I checked: I graduated 3 months ago and went back to Nepal. I live in Nepal now. can I apply then?"),
], ids=["ja-case", "en"])
def test_the_age_stated_before_stays(bot, turns: tuple[str, str]) -> None:
    from support import converse

    reply = converse(bot, *turns)
    call = next(c for c in reply.tool_calls if c.name == "jip_eligibility")
    assert call.args["age"] == 25
    assert call.args["residing_in_japan"] is False
