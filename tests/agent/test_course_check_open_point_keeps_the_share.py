"""A Re-Skills check with one point still open (no field given) or failed (a course of 20 hours or less) states the
practical share it computed, on the first turn and after a correction of the hours, like a decided check does: the
open or failed point never hides the share."""

from __future__ import annotations

import re

import pytest

from tests.agent.reading_checks import calls_named
from support import converse


@pytest.mark.parametrize("turns, practical, total, share", [
    (["Course is 80 hours in total, 36 of them practical. Is that OK for the Re-Skills certification?",
      "wait sorry, I forgot to count the 8 hours of final presentations as practical. So practical is 44 hours, total "
      "still 80."], 44, 80, "55"),
    (["Our course: 60 hours total, 40 hours hands-on. Does it qualify for Re-Skills?"], 40, 60, "66.7"),
    (["Security incident response workshop: 18 hours total, of which 12 h are hands-on labs. Would it be eligible for "
      "Re-Skills certification?"], 12, 18, "66.7"),
    (["セキュリティの研修で、総時間16時間のうち演習が10時間です。Reスキルの認定を受けられますか？"], 10, 16, "62.5"),
    (["Course is 100 hours, 30 practical. Re-Skills OK?", "sorry, practical is 60 hours, not 30."], 60, 100, "60"),
    (["講座は全部で80時間、そのうち実習は36時間です。Reスキルの認定は大丈夫ですか？",
      "すみません、発表の8時間を実習に数え忘れていました。実習は44時間、総時間は80時間のままです。"], 44, 80, "55"),
])
def test_the_share_is_stated_beside_the_open_point(bot, turns, practical, total, share):
    reply = converse(bot, *turns)
    call = calls_named(reply, "reskills_course_check")[-1]
    assert (call.args["practical_hours"], call.args["total_hours"]) == (practical, total)
    assert re.search(rf"(?<![\d.]){re.escape(share)}(?:\.0+)?\s?%", reply.answer), reply.answer
