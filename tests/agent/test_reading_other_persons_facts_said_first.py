"""Another person's facts said BEFORE the user's own (act ``other_person``, its clause ending where the user's facts
begin: "my friend is chinese national but she live in Thailand ..., and I am Thai", "my colleague is 42 and I'm 35",
「友人は中国籍で…、私はタイ人です」), with both asked at once (act ``joint_ask``: "can both of us apply?", 「二人とも応募
できますか」): each person's facts go to that person, a fact said of both ("both Indian", 「二人とも…」, act
``shared_facts``) to each, and the user's own check runs beside the other person's, EN and JA."""

from __future__ import annotations

import pytest

from bot.agent import nlu
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

CASES = [
    ("my friend is chinese national but she live in Thailand for 10 years, and I am Thai. can both of us apply to "
     "the JIP?", {"nationality": "Thailand"}, "friend", {"nationality": "China", "residing_in_japan": False}),
    ("My colleague is 42 and I'm 35, both Indian. Can both of us apply to JIP?",
     {"nationality": "India", "age": 35}, "colleague", {"nationality": "India", "age": 42}),
    ("my husband is Egyptian, 45 years old, and I am Kenyan, 30. could both of us apply to JIP?",
     {"nationality": "Kenya", "age": 30}, "husband", {"nationality": "Egypt", "age": 45}),
    ("My friend is Chinese. She lives in Bangkok, and I'm Thai, 26, N2. Can both of us apply?",
     {"nationality": "Thailand", "age": 26}, "friend", {"nationality": "China", "residing_in_japan": False}),
    ("友人は中国籍で、タイに10年住んでいますが、私はタイ人です。二人ともJIPに応募できますか？",
     {"nationality": "Thailand"}, "友人", {"nationality": "China", "residing_in_japan": False}),
    ("同僚は42歳で私は35歳です。二人ともインド人です。二人とも応募できますか？",
     {"nationality": "India", "age": 35}, "同僚", {"nationality": "India", "age": 42}),
    ("友達は中国人ですが、私はベトナム人で25歳です。私たち二人ともJIPに参加できますか？",
     {"nationality": "Viet Nam", "age": 25}, "友達", {"nationality": "China"}),
]


@pytest.mark.parametrize("text, mine, who, theirs", CASES)
def test_each_persons_facts_are_their_own(text: str, mine: dict, who: str, theirs: dict) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert nlu.JIP_ELIGIBILITY in parsed.intents
    assert {k: parsed.slots.get(k) for k in mine} == mine
    assert [o["who"] for o in parsed.others] == [who]
    assert {k: parsed.others[0]["slots"].get(k) for k in theirs} == theirs
    assert parsed.candidate_countries == []  # the countries are the two people's, each checked


@pytest.mark.parametrize("text, own, other_label, other_nationality", [
    (CASES[0][0], "Thailand", "**Your friend:**", "China"),
    (CASES[4][0], "Thailand", "**友人：**", "China"),
])
def test_both_checks_run_and_the_reply_names_both(bot, text: str, own: str, other_label: str,
                                                   other_nationality: str) -> None:
    from support import converse

    reply = converse(bot, text)
    calls = [c for c in reply.tool_calls if c.name == "jip_eligibility"]
    assert [c.args["nationality"] for c in calls] == [own, other_nationality]
    assert calls[1].args["residing_in_japan"] is False  # living in a third country: not in Japan
    mine, _, theirs = reply.answer.partition(other_label)
    assert mine.startswith(("**You:**", "**ご本人：**")) and theirs
    assert ("Thai" in mine) if reply.language == "en" else ("タイ" in mine)
    assert "not eligible" in theirs or "対象外" in theirs


@pytest.mark.parametrize("text, label, theirs_word, yours_word", [
    ("My colleague is 42 and I'm 35, both Indian, living in Delhi. Can both of us apply to JIP?", "**Your colleague:**",
     "they have not taken part", "you have not taken part"),
    ("同僚は42歳で私は35歳です。二人ともインド人で、デリーに住んでいます。二人とも応募できますか？", "**同僚：**", "その方は", None),
])
def test_what_is_assumed_for_the_other_person_is_said_of_them(bot, text: str, label: str, theirs_word: str,
                                                              yours_word: str | None) -> None:
    from support import converse

    reply = converse(bot, text)
    mine, _, theirs = reply.answer.partition(label)
    theirs = theirs.split("\n\n[")[0].split("From the source")[0].split("資料の原文")[0]
    assert theirs_word in theirs
    if yours_word:
        assert yours_word not in theirs and yours_word in mine
