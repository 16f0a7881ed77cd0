"""Each item a message names beside a list ask gets its unit: "what does the program actually cover - flights? housing?
do they pay anything per day?" quotes the airline tickets, the accommodation and the activity support funds, not the
whole list for the first and nothing for it beside the rest. The verb that asks for the items (cover, include; 何をカバー)
names no item ("Training will cover ..."), the condition stated ("if I get selected,") names none either, and "per day"
(1日あたり, 日額) is the support funds' word in Japanese too."""

from __future__ import annotations

import pytest

from tests.agent.each_asking_part import answered

COVER_ITEMS = [
    "Hi! Indonesian here, born and raised in Jakarta but I've been working in Singapore for 3 years. I'm 33 and have "
    "JLPT N2. Two questions: does living in Singapore disqualify me from JIP? And if I get selected, what does the "
    "program actually cover - flights? housing? do they pay anything per day?",
    "I'm a 25 year old Vietnamese student with JLPT N3. Am I eligible for JIP? Also, what does JIP include - plane "
    "tickets? accommodation? any daily allowance?",
    "インドネシア人で33歳、JLPT N2です。JIPに応募できますか？選ばれたら、プログラムは何をカバーしてくれますか？航空券は？"
    "住まいは？1日あたり何か支給されますか？",
]


@pytest.mark.parametrize("question", COVER_ITEMS)
def test_each_item_named_beside_a_list_ask_gets_its_unit(bot, question: str) -> None:
    answered(bot, question, r"airline tickets|往復航空券", r"Arrangement of accommodation|宿泊先",
             r"3,000 yen per day|3,000円")


@pytest.mark.parametrize("question,item", [
    ("And if I get selected, what does the program actually cover - flights?", "airline tickets"),
    ("what is included - housing?", "accommodation"),
])
def test_one_named_item_of_a_list_ask_is_quoted_alone(bot, question: str, item: str) -> None:
    answered(bot, ["Tell me about the Japan Internship Program.", question], item)
