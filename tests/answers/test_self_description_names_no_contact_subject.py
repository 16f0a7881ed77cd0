"""The user's self-description ("We are an IT training company and want to apply for ...", 当方は…です) says who asks,
never whose contact a question asks: its words (a training provider) do not narrow the contact to another passage (the
requirements for providers), so the division to call for the ID is quoted, not refused."""

from __future__ import annotations

import pytest

from bot.answers.types import AnswerTypes
from tests.agent.each_asking_part import answered


@pytest.mark.parametrize("question", [
    "We are an IT training company and want the Re-Skills certification for our course. Who do we contact to get the "
    "login?",
    "We are an IT training company and want to apply for the Re-Skills course certification. How exactly do we "
    "submit the application? Our attachments are quite big, what if the upload doesnt work? And who do we contact to "
    "get the login?",
    "We run a small IT school and want Re-Skills certification. who should we contact for the login?",
    "当方は都内のIT研修会社です。第四次産業革命スキル習得講座の認定を申請したいのですが、IDとパスワードを取得するには"
    "どこに連絡すればよいですか。",
])
def test_a_self_description_names_no_subject_of_the_contact(bot, question: str) -> None:
    answered(bot, question, r"03-3501-2646")


@pytest.mark.parametrize("sentence, described", [
    ("We are an IT training company and want to apply for the Re-Skills course certification.", True),
    ("I am a student at Cairo University.", True),
    ("当方は都内のIT研修会社です。", True),
    ("Who do we contact to get the login?", False),
    ("We are asking about the Re-Skills application.", False),
])
def test_the_self_description_sentence(types: AnswerTypes, sentence: str, described: bool) -> None:
    assert any(p.search(sentence.lower()) for p in types.focus.self_description) is described
