"""A course's practical part given as its own total ("演習とプレゼンは合わせて18時間", "practical part 18 hours in total") is
the practical hours, and the course's whole said anywhere else in the message (before or after it) is still the
total: the whole is read again without the part's own total. Presentations and case studies are practical kinds
(the document's "exercises or presentations") in the part's total too. ja7o-08 ran no check: 「全40時間」 and 「演習と
プレゼンは合わせて18時間」 gave no practical hours."""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calls_named, slots_of


@pytest.mark.parametrize("text", [
    "データサイエンスの講座（全40時間）です。演習とプレゼンは合わせて18時間で、残りは講義です。",
    "実習とプレゼンテーションで合計18時間、全40時間の講座です。",
    "実習とプレゼンで合計18時間、講座は全40時間です。",
    "全40時間の講座で、ケーススタディと演習で合わせて18時間です。",
    "The course is 40 hours, practical part 18 hours in total.",
    "The whole course is 40 hours; practical work is 18 hours in total.",
    "practical work 18 hours in total; the whole course is 40 hours.",
    "Exercises and presentations total 18 hours; the course is 40 hours.",
])
def test_a_parts_own_total_leaves_the_whole_said_elsewhere(text: str) -> None:
    slots = slots_of(text)
    assert (slots.get("practical_hours"), slots.get("total_hours")) == (18, 40), slots


def test_the_course_check_runs_on_both(bot) -> None:
    reply = converse(bot, "研修会社を経営しています。データサイエンスの社会人向け講座（全40時間）を第四次産業革命スキル習得講座として認定申請したいと"
                          "考えています。演習とプレゼンは合わせて18時間で、残りは講義です。認定の要件は満たしていますか？")
    (call,) = calls_named(reply, "reskills_course_check")
    assert (call.args["practical_hours"], call.args["total_hours"]) == (18, 40)
    assert "45%" in reply.answer
