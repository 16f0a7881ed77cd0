"""Class: a follow-up that asks its own question of the previous question's program without naming it ("got it. and
how do we actually apply, step by step?" after "when could we apply for the re-skills course certification?") is
searched by its own words in that program and answered by the unit its own words choose (the steps: e-Gov, an ID and
password, Form 1 to Form 6), as the same ask naming the program is; the program's words put before it ranked and chose
the contact line that repeats the program's name ("Information on application procedures therefor: ...")."""

from __future__ import annotations

import pytest

from support import converse

FIRST_EN = "when could we apply for the re-skills course certification (the first round)?"
FIRST_JA = "Reスキル講座の認定（最初の回）はいつ申請できましたか？"


@pytest.mark.parametrize("first, follow_up", [
    (FIRST_EN, "got it. and how do we actually apply, step by step?"),
    (FIRST_EN, "thanks. how do we submit the application?"),
    (FIRST_EN, "and what are the steps to apply?"),
    (FIRST_JA, "わかりました。で、実際にはどうやって申請するんですか？手順を教えてください。"),
    (FIRST_JA, "申請の方法は？"),
])
def test_a_follow_up_asking_how_to_apply_quotes_the_procedure(bot, first: str, follow_up: str) -> None:
    reply = converse(bot, first, follow_up)
    assert not reply.refused, reply.answer
    assert "e-Gov" in reply.answer and "password" in reply.answer, reply.answer
    assert not reply.answer.startswith("Information on application procedures"), reply.answer


@pytest.mark.parametrize("first, follow_up", [
    ("what kind of support do interns get in the METI japan internship program?",
     "ok and if i choose the online one, who gives me the laptop?"),
    ("tell me about the online option of the METI internship, is it done from home?",
     "ok and how much money per day do they give if i do it online?"),
])
def test_a_follow_up_whose_own_words_find_nothing_relevant_keeps_the_programs_search(bot, first: str,
                                                                                      follow_up: str) -> None:
    reply = converse(bot, first, follow_up)
    assert not reply.refused, reply.answer
