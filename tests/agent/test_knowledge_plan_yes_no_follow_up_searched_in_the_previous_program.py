"""Class: a yes/no follow-up asking whether a step or thing exists in the process talked about ("thanks. after we
submit the forms is there some interview or review meeting?", "will there be ...", "do we then have to ...",
「…面接や審査の会議のようなものはありますか？」) naming no program, after a question on one (how to apply for the
Re-Skills certification), is searched in that program: the Re-Skills hearing on the course content answers, not
the JIP's company interviews (en7g-09). (Not yet: "interview" alone, with "application" or "send" beside it,
ranks the posting unit of the same program above the hearing: "after sending everything, are there any interviews?")"""

from __future__ import annotations

import pytest

from support import converse

FIRST_EN = "how do we apply for re-skills course certification? step by step please"
FIRST_JA = "リスキル講座の認定はどうやって申請しますか？手順を教えてください。"


@pytest.mark.parametrize("first, follow_up", [
    (FIRST_EN, "thanks. after we submit the forms is there some interview or review meeting?"),
    (FIRST_EN, "after submitting, will there be some kind of hearing?"),
    (FIRST_EN, "got it. do we then have to attend any hearing or meeting after applying?"),
    (FIRST_JA, "ありがとうございます。書類を提出した後に、面接や審査の会議のようなものはありますか？"),
])
def test_a_yes_no_follow_up_is_answered_in_the_program_of_the_question_before(bot, first: str,
                                                                             follow_up: str) -> None:
    reply = converse(bot, first, follow_up)
    assert not reply.refused, reply.answer
    assert "hearing may be held to examine the content" in reply.answer, reply.answer
    assert "matching" not in reply.answer, reply.answer
