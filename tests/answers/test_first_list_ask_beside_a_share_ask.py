"""Three asks, one a share (fresh batch 05f: en5f-20), EN and JA.

The class: "which fields did the first certification cover? what share of the curriculum must be practical work? and
would a basic IT literacy course be accepted?" answers each ask with its unit: the fields covered, the 50% practical
share, what the coverage excludes. The share ask is on topic although "share" is a word no document uses: it names the
practical work the ranked passages state (bot/retrieval.py), and the first ask, a list of its topic, keeps its list
beside the share's unit (bot/answers/select.py).
"""

from __future__ import annotations

import pytest

from tests.agent.each_asking_part import answered


@pytest.mark.parametrize("question", [
    "Couple of things about METI's Fourth Industrial Revolution Skills Courses: which fields did the first "
    "certification cover? what share of the curriculum must be practical work? and would a basic IT literacy course "
    "(excel, email, typing) be accepted?",
    "About the Re-Skills courses: which fields did the first certification cover? what share of the curriculum must "
    "be practical work?",
    "Re-Skills certification: what fields did it cover, and what share of a course must be hands-on practice?",
    "Which fields were covered by the first Re-Skills certification? And what proportion of the program has to be "
    "practical training? Would an Excel basics course count?",
    "第四次産業革命スキル習得講座について：最初の認定の対象分野は？カリキュラムのうち実習はどのくらいの割合が必要？"
    "基本的なITリテラシー講座は認められますか？",
])
def test_the_fields_and_the_practical_share_each_get_their_unit(bot, question: str) -> None:
    answered(bot, question, r"50\s?%", r"AI, IoT")
