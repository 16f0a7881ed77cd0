"""Who counts as full-time asked of a person by a referring word ("this person", "her", "they", 「この人」「その方」
「彼ら」) after the sentence that describes them (a part-timer on 20 hours a week, a director, one's wife): the question
is the full-time definition's, and the reply states the rule book's definition (the hours a week; employment
insurance alone is not enough), not only the documents' trainee exclusion."""

from __future__ import annotations

import pytest

from support import converse
from tests.knowledge import repo_understander

ASKED = [
    "技能実習生の受け入れ人数を出すときの「常勤職員」について質問です。うちには週20時間勤務のパートさんがいて、雇用保険には加入して"
    "います。この人も常勤職員の人数に入れていいんでしょうか？",
    "週20時間働くパートさんがいます。その方は常勤職員に含めてもいいですか？",
    "役員が2人います。彼らも常勤に数えますか？",
    "We have a part-timer who works 20 hours a week and is on employment insurance. Can this person be counted as "
    "full-time?",
    "My wife works in the office 3 days a week. Can we count her as a full-time employee?",
    "One of our staff works 20 hours a week. Does she count as full-time for the quota?",
    "We have 2 directors. Do they count as full-time employees?",
]


@pytest.mark.parametrize("text", ASKED)
def test_the_referring_word_asks_who_counts(text):
    understander = repo_understander()
    pack = understander.pack(understander.parse(text).language)
    assert pack.act("full_time_who", text)


@pytest.mark.parametrize("text", [
    "We have 45 full-time staff. Can they all be trainees?",
    "私たちの会社は常勤が30人です。彼らは日本人です。",
])
def test_a_referring_word_that_asks_no_count_is_no_such_question(text):
    understander = repo_understander()
    pack = understander.pack(understander.parse(text).language)
    assert not pack.act("full_time_who", text)


@pytest.mark.parametrize("text", [ASKED[0], ASKED[1], ASKED[3]])
def test_the_reply_states_the_full_time_definition(bot, text):
    reply = converse(bot, text)
    assert not reply.refused
    assert "30" in reply.answer and ("時間" in reply.answer or "hours" in reply.answer)
