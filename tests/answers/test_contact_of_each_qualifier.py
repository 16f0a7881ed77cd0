"""Class: a contact question that names two things to contact about ("one office for questions about the system
itself and another for the application procedure", 制度そのものについての問い合わせ先と申請手続きの問い合わせ先) gets
the division of each (the notice's "Divisions in Charge": Office for Human Resources Policy for the system, IT
Innovation Division for the procedure), with the phone number asked, beside any other ask (posting)."""

from __future__ import annotations

import pytest

from tests.agent.each_asking_part import answered

SYSTEM, PROCEDURE, PHONE = r"Human Resources Policy", r"IT Innovation Division", r"3501-(?:2646|1511)"


@pytest.mark.parametrize("question", [
    "Magandang araw! Our IT school in Manila has a Tokyo branch. For the Re-Skills course certification, who we should "
    "contact: one office for questions about the system itself and another for the application procedure? Pls give "
    "phone number. Also our scanner is broken, can we send the attachment documents by post?",
    "For the Re-Skills certification, which office handles questions on the scheme itself, and which one handles the "
    "application procedure? Please include phone numbers.",
    "Re-Skills講座の認定について、制度そのものについての問い合わせ先と、申請手続きについての問い合わせ先をそれぞれ教えて"
    "ください。電話番号もお願いします。",
])
def test_each_qualifier_gets_its_division(bot, question: str) -> None:
    answered(bot, question, SYSTEM, PROCEDURE, PHONE)


def test_one_qualifier_gets_its_own_contact(bot) -> None:
    answered(bot, "Who do we contact to get the ID and password for the Re-Skills application?", r"3501-2646")
