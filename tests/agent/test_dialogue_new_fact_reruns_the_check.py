"""A new or changed fact of the person checked before, told with "is that a problem / does that change anything /
still ok?" ("ah i forgot, i already did online internship with a small company in nagoya in FY2021, that is a
problem?", "oh actually i moved to Osaka last month on a working holiday, does that change anything?",
「実は2022年度にJIPのオンラインインターンシップに参加してました。問題ありますか？」): the eligibility check runs again with
the facts told before and the new one, also when the earlier turn only searched (its facts were an introduction).
Before, such a follow-up was searched and refused. A knowledge question naming a fact runs no check."""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calls_named
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

SRI_LANKA = ("good morning, i am from sri lanka, 31 years, english teacher in a private school in kandy. i want to join "
             "the JIP internship, online is ok for me because i cannot leave my mother long time. what i need?")
FILIPINO = "I'm a Filipino nurse, 24, living in Canada, IELTS 7.5. Am I eligible for JIP?"
KENYAN = "I'm Kenyan, 29, living in Nairobi, N3. what documents do I need for JIP?"
VIETNAMESE = "ベトナム国籍の25歳、ハノイ在住、N2です。JIPに応募できますか？"
VIETNAMESE_ASKS = "ベトナム国籍の25歳です。英語は得意です。JIPについて、何を準備すればいいですか？"

FOLLOW_UPS = [
    (SRI_LANKA, "ah i forgot, i already did online internship with a small company in nagoya in FY2021, it was very "
                "good experience. that is a problem?",
     {"nationality": "Sri Lanka", "age": 31, "participated_fiscal_years": [2021]}),
    (FILIPINO, "oh actually i moved to Osaka last month on a working holiday, does that change anything?",
     {"nationality": "Philippines", "age": 24, "residing_in_japan": True}),
    (KENYAN, "oh and I moved to Tokyo last month. still ok?",
     {"nationality": "Kenya", "age": 29, "jlpt_level": "N3", "residing_in_japan": True}),
    (KENYAN, "I also took part in JIP in FY2019. Is that a problem?",
     {"nationality": "Kenya", "age": 29, "participated_fiscal_years": [2019]}),
    (VIETNAMESE, "あ、先月から大阪に住んでいます。何か変わりますか？",
     {"nationality": "Viet Nam", "age": 25, "residing_in_japan": True}),
    (VIETNAMESE_ASKS, "実は2022年度にJIPのオンラインインターンシップに参加してました。問題ありますか？",
     {"nationality": "Viet Nam", "age": 25, "participated_fiscal_years": [2022]}),
]


@pytest.mark.parametrize(("first", "second", "expected"), FOLLOW_UPS)
def test_the_check_runs_again_with_the_new_fact(bot, first: str, second: str, expected: dict) -> None:
    reply = converse(bot, first, second)
    assert not reply.refused
    calls = calls_named(reply, "jip_eligibility")
    assert calls, reply.tool_calls
    assert {k: calls[-1].args[k] for k in expected} == expected


@pytest.mark.parametrize("text", [
    "that is a problem?", "does that change anything?", "am I still ok?", "Is that an issue?",
    "問題ありますか？", "何か変わりますか？", "それでも大丈夫ですか？",
])
def test_the_ask_whether_it_changes_the_answer_is_read(text: str) -> None:
    assert UNDERSTANDER.parse(text).asks_change


def test_a_knowledge_question_naming_a_fact_runs_no_check(bot) -> None:
    reply = converse(bot, KENYAN, "what documents do I need if I live in Tokyo?")
    assert not calls_named(reply, "jip_eligibility")


@pytest.mark.parametrize(("text", "residing"), [
    ("i moved to Osaka last month on a working holiday", True),
    ("I have just moved to Tokyo", True),
    ("I moved to Toronto in May", False),
])
def test_a_move_to_a_place_is_living_there(text: str, residing: bool) -> None:
    assert UNDERSTANDER.parse(text).slots.get("residing_in_japan") is residing
