"""Class: a value asked of each of two things the message names apart ("Specific Skill No. 1 and No. 2 - how long can
each stay?", 1号と2号はそれぞれ何年いられる？) quotes each one's own unit: the five years of No. 1 and the indefinite
renewal of No. 2; and a Japanese yes/no added after a clause that asks a value (…何年いられるのか、また建設分野は2号に
移れるのかについても教えてください) is an ask of its own."""

from __future__ import annotations

import pytest

from bot.answers.select import UnitRanker
from bot.answers.types import AnswerTypes
from tests.agent.each_asking_part import answered
from tests.knowledge import repo_analyzer


@pytest.mark.parametrize("question", [
    "型枠工事の会社を経営しております。現在、技能実習生が三名在籍しており、実習が終わった後も引き続き当社で働いてもらいたいと"
    "考えております。\n特定技能という在留資格があると聞きましたが、1号と2号はどう違うのでしょうか。それぞれ日本に何年いられるの"
    "か、また建設分野は2号に移れるのかについても教えてください。",
    "特定技能の1号と2号は、それぞれ何年日本にいられますか。",
    "What is the difference between Specific Skill No. 1 and No. 2? How long can each stay in Japan?",
])
def test_each_one_gets_its_own_value(bot, question: str) -> None:
    answered(bot, question, r"\b5 years|5年", r"(?i)renewal")


@pytest.mark.parametrize("question", [
    "How long can each stay?",
    "それぞれ何年いられますか",
    "how long for both?",
])
def test_each_is_asked(types: AnswerTypes, question: str) -> None:
    assert types.asks_each(question)


def test_a_yes_no_added_after_a_value_clause_is_its_own_part() -> None:
    ranker = UnitRanker(repo_analyzer())
    assert ranker._added_asks("それぞれ日本に何年いられるのか、また建設分野は2号に移れるのかについても教えてください。") == [
        "それぞれ日本に何年いられるのか、", "また建設分野は2号に移れるのかについても教えてください。"]
    assert ranker._added_asks("受付期間はいつからいつまでで、どのような方法で申請するのでしょうか。") == []
