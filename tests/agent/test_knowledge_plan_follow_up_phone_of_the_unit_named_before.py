"""Class: a contact follow-up that points at the office the previous answer named ("what's the phone number of that
division?", 「その課の電話番号も教えてください」 after the answer that the ID and password come from the IT Utilization
Promotion Division) is searched with the previous question's words, so the phone of that unit is given (03-3501-2646),
not the ministry's main number (3501-1511) the program's words alone would choose."""

from __future__ import annotations

import pytest

from support import converse

FIRST_JA = "Reスキル講座の認定申請をe-Govでやろうとしています。申請に使うIDとパスワードって、どこで手に入るんですか？"
FIRST_EN = "For the Re-Skills certification on e-Gov, where do we get the ID and password?"


@pytest.mark.parametrize("first, follow_up", [
    (FIRST_JA, "その課の電話番号も教えてください。"),
    (FIRST_JA, "その部署の電話番号は？"),
    (FIRST_JA, "その担当窓口に電話したいのですが、番号を教えてください。"),
    (FIRST_EN, "what's the phone number of that division?"),
    (FIRST_EN, "and the phone number for that office?"),
    (FIRST_EN, "could you give me that department's phone number?"),
])
def test_the_phone_of_the_unit_the_previous_answer_named(bot, first: str, follow_up: str) -> None:
    reply = converse(bot, first, follow_up)
    assert not reply.refused, reply.answer
    assert "3501-2646" in reply.answer, reply.answer
    assert "3501-1511" not in reply.answer, reply.answer
