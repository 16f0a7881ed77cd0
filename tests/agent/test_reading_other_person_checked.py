"""Another person's own eligibility asked beside the user's (act ``other_person`` whose clause states that person's
facts and asks their eligibility: "also my friend from China asked me same question, can she apply?", "my husband is
Indian, 38 ... he already joined ... in FY2022. Can he apply again?", 「友人は中国籍で30歳ですが、彼女も応募できますか？」):
the check runs for them too, on their facts alone (a second call), and the reply gives both verdicts, each named; the
user's own check keeps the user's facts only, EN and JA. Their eligibility may be asked in the order of a statement
ended by a question mark, as second-language writers often ask ("she can apply also?", "he can join too?")."""

from __future__ import annotations

import pytest

from bot.agent import nlu
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

CASES = [
    ("hi, im indian (26), doing my masters in Osaka right now, english fluent. i want to apply the METI internship in "
     "person, possible? also my friend from China asked me same question, can she apply?",
     "friend", {"nationality": "China"}),
    ("I am a Filipina, 29, living in Dubai, my English is fluent. Can I apply to the METI internship? Also my husband is "
     "Indian, 38, he already joined the program in FY2022. Can he apply again?",
     "husband", {"nationality": "India", "age": 38, "participated_fiscal_years": [2022]}),
    ("ベトナム国籍の25歳で、N2を持っています。ハノイに住んでいます。JIPに応募できますか？また、友人は中国籍で30歳ですが、彼女も応募できますか？",
     "友人", {"nationality": "China", "age": 30}),
    ("私はフィリピン国籍の29歳で、ドバイに住んでいます。英語は流暢です。JIPに応募できますか？夫はインド人で38歳、2022年度にオンラインで参加し"
     "ました。夫も再応募できますか？", "夫", {"nationality": "India", "age": 38}),
    ("im from Ghana, 27, living in Accra, english fluent, can i apply JIP? my cousin is nigerian, 35, he can join too?",
     "cousin", {"nationality": "Nigeria", "age": 35}),
]


@pytest.mark.parametrize("text, who, facts", CASES)
def test_the_other_persons_facts_are_their_own_check(text: str, who: str, facts: dict) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert nlu.JIP_ELIGIBILITY in (*parsed.intents, *parsed.implied)
    assert [o["who"] for o in parsed.others] == [who]
    theirs = parsed.others[0]["slots"]
    assert {k: theirs.get(k) for k in facts} == facts
    assert parsed.slots.get("nationality") != facts["nationality"]


@pytest.mark.parametrize("text", [
    "I'm Indian, 29, living in Delhi, fluent English. Can I apply to JIP? My husband is also Indian.",
    "I'm Kenyan, 24, N3, living in Nairobi. Can I apply? My brother is 27 and also Kenyan.",
    "インド人で29歳、デリー在住です。JIPに応募できますか？夫もインド人です。",
])
def test_another_persons_statement_without_their_ask_is_no_check(text: str) -> None:
    assert UNDERSTANDER.parse(text).others == []


@pytest.mark.parametrize("text, who, verdict", [
    (CASES[0][0], "**Your friend:**", "China"),
    (CASES[1][0], "**Your husband:**", "FY2022"),
    (CASES[2][0], "**友人：**", "中国"),
])
def test_the_reply_gives_each_persons_verdict_named(bot, text: str, who: str, verdict: str) -> None:
    from support import converse

    reply = converse(bot, text)
    calls = [c for c in reply.tool_calls if c.name == "jip_eligibility"]
    assert len(calls) == 2
    assert calls[0].args["nationality"] != calls[1].args["nationality"]
    own, _, theirs = reply.answer.partition(who)
    assert theirs and verdict in theirs.split("\n\n---")[0]
    assert verdict not in own.split("**", 3)[-1].split("\n\n")[1]  # the user's verdict is the user's
    assert own.startswith(("**You:**", "**ご本人：**"))


def test_a_friends_check_asked_beside_a_knowledge_question_is_answered(bot) -> None:
    """The user asks a document question and, in statement order, whether a friend may apply: the friend's check runs
    on the friend's facts and the reply gives its verdict (the documents' answer is still quoted)."""
    from support import converse

    reply = converse(bot, "I graduated last year from university in Lima (Peru). For the METI internship what papers I "
                          "must submit as graduate? Also my friend is chinese from Shanghai, she can apply also?")
    calls = [c for c in reply.tool_calls if c.name == "jip_eligibility"]
    assert any(c.args["nationality"] == "China" for c in calls), reply.tool_calls
    assert "**Your friend:**" in reply.answer and "China" in reply.answer
    assert "certificate of graduation" in reply.answer
