"""Class: a phone number present in a retrieved contact block is a phone number the documents state. A plain word
of the message that happens to be rare in the passages ("i think its two different offices. need the names":
"two", "think", "name") names no subject before a term of the vocabulary (METI, Re-Skills), so the notice's
"Divisions in Charge" block is not set aside and its main number (+81-(0)3-3501-1511) answers, with the office
for the system and the one for the application procedure when both are asked (en7g-03)."""

from __future__ import annotations

import pytest

from tests.agent.each_asking_part import answered

SYSTEM, PROCEDURE, PHONE = r"Human Resources Policy", r"IT Innovation Division", r"3501-1511"


@pytest.mark.parametrize("question", [
    "who at METI handles questions about the re-skills accreditation system itself vs the application procedures? i "
    "think its two different offices. need the names + main tel no.",
    "which METI offices deal with the re-skills accreditation system and with the application procedures? I believe "
    "there are two. give me their names and the main phone number.",
    "I guess there are two contacts at METI for re-skills certification, one for the system and one for "
    "applications. what are they called and what's the main tel?",
    "Re-Skills認定制度そのものと申請手続きの問い合わせ先はそれぞれどこですか？たぶん二つの部署だと思います。名前と代表電話番号を教えてください。",
    "リスキル講座の認定について、経済産業省の担当課の名前と電話番号を知りたいです。制度と手続きで別の課だと思うのですが。",
])
def test_the_contact_blocks_phone_and_each_office_answer(bot, question: str) -> None:
    answered(bot, question, SYSTEM, PROCEDURE, PHONE)
