"""Class: a maximum stay asked in a follow-up names its condition. A follow-up that names the program talked about only
by its people ("ok and how long can a trainee stay max?" after a question on the technical intern training system,
「で、実習生は最長何年いられるの？」) names no other program, so it is searched in the previous question's program too
(pack act ``program_by_its_people``, knowledge_plan._own_follow_up_search): the 5-year maximum is quoted with its
condition (excellent companies under an excellent supervisory organization) (en7k-04)."""

from __future__ import annotations

import pytest

from tests.agent.each_asking_part import answered

FIRST = {"en": "when did japan start the foreign technical internship system?",
         "ja": "外国人技能実習制度はいつ始まりましたか？"}


@pytest.mark.parametrize(("lang", "follow_up"), [
    ("en", "ok and how long can a trainee stay max? my friend said only 3 years"),
    ("en", "and what's the longest a trainee can stay?"),
    ("en", "how many years at most can an intern stay?"),
    ("ja", "で、実習生は最長何年いられるの？"),
    ("ja", "実習生は最大で何年まで滞在できますか？"),
])
def test_the_maximum_comes_with_its_condition(bot, lang: str, follow_up: str) -> None:
    answered(bot, [FIRST[lang], follow_up], r"5 years|five years", r"(?i)excellent")
