"""Class: a calculator's rule limit asked as one of several asks of a message that names the calculator's own program
("... technical intern trainees ... how many occupations are covered, and what is the difference between required,
related and peripheral work (how much time can each take)?"): that ask is searched by the rule's own query, as when
asked alone, and answered by what the query asks (the shares), not left to the count's answer."""

from __future__ import annotations

import pytest

from tests.agent.each_asking_part import answered

SHARES = r"50\s*%|50％"
PERIPHERAL = r"30\s*%|30％|1/3|3分の1"


@pytest.mark.parametrize("question", [
    "I work at a supervising organisation; our member companies have around 140 jisshusei. Two questions please: how "
    "many occupations and tasks are covered by the technical internship, and what is the difference between "
    "\"required\", \"related\" and \"peripheral\" work in the training plan (how much time can each take)?",
    "We host technical intern trainees. How many occupations are covered by technical intern training? And how much "
    "peripheral work is allowed in the training plan?",
    "技能実習生を受け入れています。技能実習の対象職種はいくつありますか？また、必須業務・関連業務・周辺業務はそれぞれ何％まで"
    "認められますか？",
])
def test_the_rule_limit_ask_gets_the_shares(bot, question: str) -> None:
    answered(bot, question, r"85|156", PERIPHERAL)


def test_the_rule_limit_ask_alone_still_gets_the_shares(bot) -> None:
    answered(bot, "what is the difference between \"required\", \"related\" and \"peripheral\" work in the training plan "
                  "(how much time can each take)?", SHARES, PERIPHERAL)
