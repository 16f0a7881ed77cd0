"""A procedure asked (申請方法, 手順, "the application procedure") is answered by the sentence that opens its steps
("Please file an application through the following procedures, using the e-Gov ..."), not by one step of the same
steps that shares its words ("To send an application form through the System ..."), also when it is one part of
a message that asks for a phone number too: the type's preferred units are data (knowledge/answer_types.yaml
`prefer`), and they win only among units that carry the type about as well, in the same section."""

from __future__ import annotations

import pytest

from support import converse


@pytest.mark.parametrize("question", [
    "Re-Skills講座の申請方法を教えてください。IDとパスワードの問い合わせ先の電話番号は何番ですか？",
    "Re-Skills講座の申請の手順を教えてください。ID取得の問い合わせ先の電話番号は？",
    "Please tell me the Re-Skills application method. What phone number do we call for the ID and password?",
])
def test_the_sentence_that_opens_the_steps_answers_a_procedure(bot, question: str) -> None:
    reply = converse(bot, question)
    assert not reply.refused
    assert "e-Gov" in reply.answer and "03-3501-2646" in reply.answer
