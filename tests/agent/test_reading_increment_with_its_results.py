"""An increment whose resulting figures the message states ("what if we add 10 more hours of group exercises, so 70
hours total with 35 hours practical?", 「10時間増やして合計70時間、実習35時間に」): the stated figures are used, and the
increment is never asked back about. A stated part that is the part before plus the hours makes its whole grow by the
hours too, unless the message states the whole ("we added 10 hours of exercises, now practical is 35 hours": total
grows by 10). Hours added to no named figure with no figure stated are still asked about."""

from __future__ import annotations

import pytest

from support import converse

EN_COURSE = "Our new AI course is {total} hours in total and {practical} hours of it are practical labs. Could it be certified as a Re-Skills course?"
JA_COURSE = "AIの講座で総時間{total}時間、うち実習{practical}時間です。Reスキル講座に認定されますか？"

EN_BOTH = [
    "Hmm. What if we add {add} more hours of group exercises, so {t} hours total with {p} hours practical?",
    "What if we add {add} hours, so {t} hours in total and {p} hours practical?",
    "ok we could add another {add} hours -> total {t} hours, practical {p} hours. then?",
]
JA_BOTH = [
    "{add}時間増やして合計{t}時間、実習{p}時間にしたらどうですか？",
    "グループ演習を{add}時間追加して、総時間{t}時間、実習{p}時間になったら？",
]
EN_PART = [  # the part stated as grown by the hours: the whole grows by them too
    "What if we add {add} hours, so practical is {p} hours?",
    "We added {add} hours of exercises. Now practical is {p} hours.",
]
JA_PART = ["演習を{add}時間増やして、実習{p}時間になったら？"]
FIGURES = [(60, 25, 10), (80, 36, 6), (120, 50, 15)]


def _args(reply):
    calls = [c for c in reply.tool_calls if c.name == "reskills_course_check"]
    assert calls, ("no Re-Skills check", reply.answer[:300])
    return calls[-1].args["practical_hours"], calls[-1].args["total_hours"]


@pytest.mark.parametrize("course,frames", [(EN_COURSE, EN_BOTH), (JA_COURSE, JA_BOTH)])
@pytest.mark.parametrize("total,practical,add", FIGURES)
def test_the_stated_results_of_an_increment_are_used(bot, course, frames, total, practical, add) -> None:
    p, t = practical + add, total + add
    for frame in frames:
        reply = converse(bot, course.format(total=total, practical=practical), frame.format(add=add, p=p, t=t))
        assert _args(reply) == (p, t), frame


@pytest.mark.parametrize("course,frames", [(EN_COURSE, EN_PART), (JA_COURSE, JA_PART)])
@pytest.mark.parametrize("total,practical,add", FIGURES)
def test_a_stated_part_grown_by_the_hours_grows_its_whole(bot, course, frames, total, practical, add) -> None:
    for frame in frames:
        reply = converse(bot, course.format(total=total, practical=practical), frame.format(add=add, p=practical + add))
        assert _args(reply) == (practical + add, total + add), frame


def test_a_stated_total_with_unnamed_hours_keeps_the_part(bot) -> None:
    reply = converse(bot, EN_COURSE.format(total=60, practical=25), "What if we add 10 hours, so the total is 70 hours?")
    assert _args(reply) == (25, 70)


@pytest.mark.parametrize("change", ["we added 10 more hours", "10時間増やしたら？"])
def test_unnamed_hours_with_no_figure_stated_are_still_asked_about(bot, change) -> None:
    reply = converse(bot, EN_COURSE.format(total=60, practical=25), change)
    assert not [c for c in reply.tool_calls if c.name == "reskills_course_check"]
    assert "10" in reply.answer
