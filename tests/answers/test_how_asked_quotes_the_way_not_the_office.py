"""Class: a question how something is done (the procedure type) is answered by a unit that says how (the opening of the
steps: "Please file an application through the following procedures, using the e-Gov ..."), not by a label block that
only names the office in charge of the procedure ("Information on application procedures therefor: IT Innovation
Division ..."), also when the how-question is a further ask beside a calculation (「あと、申請はどうやって出せばいいんでしょう？」)
or follows the topic after a colon or a dash ("Re-Skills: how do we apply?"). Asking for the office in charge still
quotes the office."""

from __future__ import annotations

import pytest

from support import converse

HOW_ASKED = [
    "Re-Skills: how do we apply?",
    "Re-Skills - how do we apply?",
    "社会人向けにデータサイエンスの講座（全40時間、うち演習・実習が24時間）を開いている研修会社です。これをRe-Skills講座として"
    "認定してもらいたいのですが、実習の割合は足りていますか？あと、申請はどうやって出せばいいんでしょう？",
]

OFFICE_ASKED = [
    "Re-Skills: which division handles questions about the application procedures?",
    "Reスキル講座の申請手続について問い合わせる部署はどこですか？",
]


@pytest.mark.parametrize("question", HOW_ASKED)
def test_how_is_answered_by_the_way(bot, question: str) -> None:
    reply = converse(bot, question)
    assert "e-Gov" in reply.answer, reply.answer


@pytest.mark.parametrize("question", OFFICE_ASKED)
def test_the_office_asked_is_still_the_office(bot, question: str) -> None:
    reply = converse(bot, question)
    assert "IT Innovation Division" in reply.answer, reply.answer


@pytest.mark.parametrize("question", ["Re-Skills certification - how should we apply?",
                                      "How do we apply for Re-Skills course certification?"])
def test_a_step_answers_before_the_application_period(bot, question: str) -> None:
    """The topic's words fill the application period's sentence more than any step; the steps still answer how."""
    reply = converse(bot, question)
    first = reply.answer.split("\n")[0]
    assert "Period for acceptance" not in first and "application" in first.lower(), reply.answer
