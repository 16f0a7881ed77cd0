"""Class: an ask whether family may come along followed by an ask whose subject is only a pronoun for them ("can I bring
my wife and kid? what visa would they get?", 「妻と子どもを連れて行けますか？彼らはどんなビザになりますか？」): every ask is of
a subject the documents do not state, so the whole message is declined as not in the documents (no nearby quote about
the program as the answer); an ask of its own beside it is still answered."""

from __future__ import annotations

import pytest

from support import converse


@pytest.mark.parametrize("text", [
    "If I go to Japan as Specified Skilled Worker No.1, can I bring my wife and kid? what visa would they get?",
    "Can a technical intern trainee bring his wife? What status would she get?",
    "Can JIP interns bring their children to Japan? What visa do they need?",
    "特定技能1号で日本に行ったら、妻と子どもを連れて行けますか？彼らはどんなビザになりますか？",
    "技能実習生は家族を連れて来られますか？家族はどの在留資格になりますか？",
])
def test_every_ask_of_the_family_brought_along_is_declined(bot, text: str) -> None:
    reply = converse(bot, text)
    assert reply.refused, reply.answer
    first = reply.answer.split("\n\n")[0]
    assert "do not mention" in first or "記載はありません" in first, reply.answer
    assert "family" in first or "家族" in first, reply.answer


@pytest.mark.parametrize("text", [
    "can i bring my wife to japan during the internship? also is the flight ticket paid?",
    "Can JIP interns bring their spouse? Also, is the flight paid?",
])
def test_an_ask_of_its_own_beside_it_is_still_answered(bot, text: str) -> None:
    reply = converse(bot, text)
    assert not reply.refused, reply.answer
