"""Class: a request for a recommendation of a place or product for leisure, food, lodging or shopping is off topic and
refused by its shape, whatever food-place word it uses (料理屋, レストラン, お店, カフェ, 焼肉, "a good place to eat",
"where should we eat / go for dinner", "where should we have the welcome party") and however it asks (おすすめある？,
いい感じの, ない？, どこでやったらいい); honest asks on topic (accommodation support of the internship, a supervising
organization, who pays for a welcome party) stay answered."""

from __future__ import annotations

import pytest
from support import converse

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

RECOMMENDATIONS = [
    "新宿で、ベトナム人実習生の歓迎会にいい感じのベトナム料理屋さんおすすめある？予算は一人4000円くらいで。",
    "実習生の歓迎会、どこでやったらいい？渋谷あたりで。",
    "大阪で歓迎会にいいお店ない？",
    "横浜で焼肉のおすすめある？",
    "名古屋で実習生と食べられるところ教えて",
    "送別会はどこがいいかな、池袋で",
    "Any good place to eat in Shinjuku for our trainees' welcome party?",
    "Where should we go for dinner with our new interns in Osaka?",
    "We want somewhere to eat near Ueno for the farewell party, any ideas?",
    "Can you suggest a Vietnamese bistro in Tokyo? Budget 4000 yen each.",
    "Where should we have the welcome party for our trainees?",
]


@pytest.mark.parametrize("text", RECOMMENDATIONS)
def test_a_recommendation_request_is_read_as_off_topic(text: str) -> None:
    assert UNDERSTANDER.parse(text).off_topic


@pytest.mark.parametrize("text", RECOMMENDATIONS[:2] + RECOMMENDATIONS[6:8])
def test_a_recommendation_request_is_refused(bot, text: str) -> None:
    reply = converse(bot, text)
    assert reply.refused, reply.answer
    assert not [c for c in reply.tool_calls if c.name != "search_knowledge"]


@pytest.mark.parametrize("text", [
    "おすすめの監理団体はありますか？",
    "Can you recommend a supervising organization?",
    "Where can I stay during the JIP internship?",
    "Does JIP support accommodation for interns?",
    "JIPの滞在中の宿泊はどうなりますか？",
    "実習生の宿舎はどこに用意すればいいですか？",
    "技能実習生の歓迎会はどこが費用を負担しますか？",
    "塗装屋さんですが対象職種か教えて",
    "メンバーを教えて",
])
def test_a_question_on_topic_is_not_off_topic(text: str) -> None:
    assert not UNDERSTANDER.parse(text).off_topic
