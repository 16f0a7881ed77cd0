"""Two classes.

A count of trainees ("3 trainees are coming", 実習生が3人来る) is never the full-time-employee count a quota is computed
from: with no full-time count stated the quota asks for it.

A request for recommendations of restaurants, bars, hotels, sightseeing spots or shops (EN and JA) is off topic and
refused, even when it names trainees or a Japanese city; a question on topic in another sentence is still answered."""

from __future__ import annotations

import pytest

from support import converse
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

TRAINEES_ONLY = [
    "We will get 3 trainees next month. What's our quota?",
    "3 trainees are coming from Vietnam next month. How many trainees can we accept?",
    "来月ベトナムから実習生が3人来ます。うちは何人まで受け入れられますか？",
    "実習生3名を受け入れる予定です。受入れ人数枠は？",
]


@pytest.mark.parametrize("text", TRAINEES_ONLY)
def test_a_count_of_trainees_is_no_full_time_count(bot, text: str) -> None:
    reply = converse(bot, text)
    assert not [c for c in reply.tool_calls if c.name == "trainee_quota"], reply.tool_calls
    assert reply.follow_up


RECOMMENDATIONS = [
    "来月ベトナムから実習生が3人来るので歓迎会をしたいです。新宿でおすすめの居酒屋を教えてください！",
    "東京で安いホテルはどこですか？",
    "実習生と大阪観光に行きたいです。おすすめの観光スポットはありますか？",
    "Our 3 new trainees arrive next month. Can you recommend a good izakaya in Shinjuku for their welcome party?",
    "Where is a cheap hotel in Tokyo for our technical intern trainees?",
    "What are the best sightseeing spots in Kyoto to take our interns to?",
    "とうきょう で おいしい ラーメン の おみせ を おしえて ください。",
]


@pytest.mark.parametrize("text", RECOMMENDATIONS)
def test_a_recommendation_request_is_refused(bot, text: str) -> None:
    reply = converse(bot, text)
    assert reply.refused, reply.answer
    assert not [c for c in reply.tool_calls if c.name != "search_knowledge"]


@pytest.mark.parametrize("text", RECOMMENDATIONS)
def test_a_recommendation_request_is_read_as_off_topic(text: str) -> None:
    assert UNDERSTANDER.parse(text).off_topic


@pytest.mark.parametrize("text", [
    "Which ramen shop near Namba station is the best and cheapest for a family dinner on Sunday? Also how long can "
    "technical interns stay in Japan?",
    "We have 40 full-time staff. How many trainees can we accept, and can you recommend a good hotel for them?",
    "技能実習生の宿泊施設について、会社が用意する必要はありますか？",
    "Do we have to provide accommodation for our trainees?",
    "What are the requirements for a good training plan?",
    # the internship's own support names accommodation: asking about it is on topic
    "Where can I stay during the JIP internship?",
    "Is there good support for hotel costs for in-person interns?",
    "Are hotel costs covered? Is a cheap hotel stay arranged for interns?",
    "実習生にいい宿舎を用意する必要がありますか？",
])
def test_a_question_on_topic_is_not_off_topic(text: str) -> None:
    assert not UNDERSTANDER.parse(text).off_topic


@pytest.mark.parametrize("text", [
    "How many No.1 trainees can 45 staff take?",
    "45 regular employees - what's our yearly intake limit for No. 1 interns?",
    "45 staff and trainees",
])
def test_a_stage_label_or_a_staff_count_is_no_count_of_trainees(text: str) -> None:
    assert not UNDERSTANDER.pack("en").act("trainee_number", text)

