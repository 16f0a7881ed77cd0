"""How the internship program is held (fresh batch 06r: ja6r-13's second ask; in-sample ja4g-17), EN and JA.

The class: the ways the internship is held (実施形態, どんな形で実施, "in what formats") are both of its kinds, each its
own subsection of "Internship Placement": the in-person internships and the online ones. One way named ("what is the
online internship like?", オンライン型とはどのような形式) asks that one.
"""

from __future__ import annotations

import pytest

from tests.agent.each_asking_part import answered


@pytest.mark.parametrize("question", [
    "JIPの実施形態は？",
    "JIPはどんな形で実施されるの？",
    "In what formats is JIP carried out?",
])
def test_both_ways_of_holding_the_internship(bot, question: str) -> None:
    answered(bot, question, r"In-person internships will take place", r"Online internships will be conducted remotely")


@pytest.mark.parametrize("question", [
    "JIPのオンライン型のインターンとはどのような形式ですか？",
    "What is the online internship of JIP like, in what format is it done?",
])
def test_one_way_named_asks_that_one(bot, question: str) -> None:
    answered(bot, question, r"Online internships will be conducted remotely")
