"""Class: an ask of the procedure beside the posting of attachments (applying with e-Gov: where to get the ID and
password, and can the attachments be sent by post, to what address?) keeps the procedure's opening, which names the
system ("Please file an application through the following procedures, using the e-Gov Electronic Application
System"): when the ask's own selection chooses another step of the procedure ("File an application by sending
completed forms ... through the System") and no quote opens the steps, the opening of its section comes with it (the
step stays: "how many forms?" beside the steps keeps the forms).
Sending by post asks the way an application is sent in Japanese too (郵送で送ってもいい？), as "send by post" does."""

from __future__ import annotations

import pytest

from tests.agent.each_asking_part import answered


@pytest.mark.parametrize("question", [
    "My boss wants to apply for Re-Skills course certification using e-Gov. 1) Where do we get the ID and password, "
    "which division and what phone number? 2) Our attached documents are big scanned files, can we send them by post "
    "instead, and to what address? any rule about the date?",
    "We apply for the Re-Skills certification with e-Gov. Where do we get the ID and password? Our attachments are "
    "big, can we send them by post instead, and to what address?",
    "Using e-Gov for the Re-Skills course application: who gives the ID and password? And can we send the attached "
    "documents by post instead, to what address?",
    "Re-Skills認定をe-Govで申請します。IDとパスワードはどこでもらえますか？添付書類は大きいので郵送で送ってもいいですか、送り先は？",
    "e-GovでReスキル講座の申請をします。1) IDとパスワードはどこで取得しますか 2) 添付書類を郵送で送ることはできますか、宛先は？",
])
def test_the_system_and_the_posting_address_are_both_answered(bot, question: str) -> None:
    answered(bot, question, r"(?i)e-?Gov Electronic Application System", r"100-8901")
