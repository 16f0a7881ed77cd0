"""Class: a self-description followed by a question about the user's own JIP eligibility, however it is asked ("am I ok
for", "is it ok for me to join", "am I too old for", "can someone like me apply", "私は参加できますか", "年齢的に無理でしょうか"),
is checked by the eligibility calculator with every fact the message states, never only searched. A year count of a stay
("since 5 years", "for 6 yrs") is no age beside an age stated in years old."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

ASKED = [
    ("im chinese citizen but i live and work in singapore for 6 yrs already. since i dont live in china is it ok for "
     "me to join JIP?", {"nationality": "China", "residing_in_japan": False}),
    ("i am vietnamese, born 12 march 1983, living in Da Nang, have N2. am i too old for JIP 2024??",
     {"nationality": "Viet Nam", "age": 41, "jlpt_level": "N2", "residing_in_japan": False}),
    ("im chinese citizen but living and working in singapore since 5 years, 31 years old, my english is fluent. am i "
     "ok for the METI internship programme?", {"nationality": "China", "age": 31, "english_proficient": True}),
    ("I'm Nepali, 28, living in Kathmandu, N3. Can someone like me apply to the Japan Internship Program?",
     {"nationality": "Nepal", "age": 28, "jlpt_level": "N3"}),
    ("I am Kenyan, 35 years old, living in Nairobi. Would I be accepted to the JIP?",
     {"nationality": "Kenya", "age": 35}),
]


@pytest.mark.parametrize("text,facts", ASKED)
def test_own_eligibility_question_runs_the_check_with_the_facts(text: str, facts: dict) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert "jip_eligibility" in parsed.intents
    for slot, value in facts.items():
        assert parsed.slots.get(slot) == value, slot


@pytest.mark.parametrize("text,age", [
    ("living in manila since 5 years, 31 years old, N3. can I apply to JIP?", 31),
    ("I have worked in Dubai for 7 years, I am 33 years old, from Nepal. am I eligible for JIP?", 33),
])
def test_a_stay_in_years_is_no_age(text: str, age: int) -> None:
    assert UNDERSTANDER.parse(text).slots.get("age") == age


@pytest.mark.parametrize("text,age", [
    ("中国国籍で、シンガポール在住、31歳、英語は流暢です。私は参加できますか？", 31),
    ("ベトナム人で1983年3月12日生まれ、ダナン在住、N2です。JIP2024には年齢的に無理でしょうか？", 41),
    ("im chinese citizen but living and working in singapore since 5 years, 31 years old, my english is fluent. am i "
     "ok for the METI internship programme?", 31),
    ("i am vietnamese, born 12 march 1983, living in Da Nang, have N2. am i too old for JIP 2024??", 41),
])
def test_own_eligibility_question_is_checked_not_searched(bot, text: str, age: int) -> None:
    from support import converse

    reply = converse(bot, text)
    calls = [c for c in reply.tool_calls if c.name == "jip_eligibility"]
    assert calls and calls[-1].args.get("age") == age
