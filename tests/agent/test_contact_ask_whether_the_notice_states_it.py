"""Class: a contact ask (which division to contact for the e-Gov ID and password) beside a yes/no ask whether the
document states a detail ("is there a phone number in the notice?", "does the notice mention one?",
「電話番号は資料に載っていますか」) is answered by the contact block that states both. The frame of such an ask ("are they
supposed to", "in the notice") names the document itself, not a subject it leaves out: the message is on topic, not
refused as "the documents do not mention that"."""

from __future__ import annotations

import pytest

from tests.agent.each_asking_part import answered

DIVISION = r"IT Utili[sz]ation Promotion Division|情報技術利用促進課|ITイノベーション課"
PHONE = r"3501-2646"


@pytest.mark.parametrize("question", [
    "A provider called us confused: before they can send anything through e-Gov for the Re-Skills course "
    "certification they need an ID and password. Which division are they supposed to contact to get those, and is "
    "there a phone number in the notice?",
    "For the Re-Skills application on e-Gov we need an ID and password. Which division do we contact, and is there a "
    "phone number in the notice?",
    "Who are applicants supposed to contact for the e-Gov ID and password for Re-Skills? Does the notice mention a "
    "phone number?",
    "Re-Skills講座の認定申請をe-Govで出すにはIDとパスワードが必要だそうです。どの課に連絡すればもらえますか。お知らせに電話番号は載って"
    "いますか。",
    "e-Govの申請に必要なIDとパスワードは、どこの課に連絡すればもらえますか？電話番号は資料に載っていますか？",
])
def test_the_division_and_its_phone_number_are_answered(bot, question: str) -> None:
    answered(bot, question, DIVISION, PHONE)


def test_the_frame_words_are_no_unknown_content() -> None:
    """"supposed" and "notice" are no words a document uses: counted as unknown content they made the asking part look
    off topic."""
    from tests.knowledge import repo_analyzer

    labels = {unit.label for unit in repo_analyzer().analyze("Which division are they supposed to contact, and is there a "
                                                      "phone number in the notice?").units}
    assert not labels & {"suppos", "notic"}, labels
