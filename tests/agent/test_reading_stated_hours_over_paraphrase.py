"""Class: a course's practical hours stated beside the user's own paraphrase of a share ("20 hours in total, 14 hours of
them is practice. so more than 50% practical", "実習は14時間なので5割以上") are the figure the check runs on (14 of 20),
never the paraphrased percent (50% of 20 = 10). A percent alone, with no hours stated, is still read as the share."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text, total, practical", [
    ("our AI course = 20 hours in total, 14 hours of them is practice. so more than 50% practical, it qualify for "
     "reskills certification, correct?", 20, 14),
    ("Our course is 30 hours total with 18 hours hands-on, that's over 50% practical right? Can it be certified under "
     "Re-Skills?", 30, 18),
    ("AI講座は全20時間で、実習は14時間なので5割以上です。Re-Skillsの認定を受けられますか？", 20, 14),
    ("講座は合計30時間、うち演習が18時間で、半分以上は実習です。Reスキルの認定は取れますか？", 30, 18),
])
def test_the_stated_hours_beat_the_paraphrased_share(text: str, total: int, practical: int) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert (parsed.slots.get("total_hours"), parsed.slots.get("practical_hours")) == (total, practical)
    assert "practical_share" not in parsed.slots


@pytest.mark.parametrize("text", ["Re-Skills: 40 hours course, 60% practical. ok?",
                                  "our AI course is 20 hours, more than 50% practical. does it qualify?"])
def test_a_percent_alone_is_still_the_share(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert "practical_share" in parsed.slots and "practical_hours" not in parsed.slots


def test_the_check_runs_on_the_stated_hours(bot) -> None:
    from support import converse

    reply = converse(bot, "our AI course = 20 hours in total, 14 hours of them is practice. so more than 50% practical, "
                          "it qualify for reskills certification, correct?")
    calls = [c for c in reply.tool_calls if c.name == "reskills_course_check"]
    assert calls and (calls[-1].args["total_hours"], calls[-1].args["practical_hours"]) == (20, 14), reply.answer[:300]
