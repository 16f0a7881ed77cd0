"""Class: "who (at METI) handles questions on X, and who handles Y?" asks a contact of each (the division that
answers questions: the inquiry kind), like "whom do we contact"; two contacts asked (of the system itself / of the
procedure; 制度そのもの / 申請手続き) are each answered by the unit naming it (the notice's "Divisions in Charge": the
Office for Human Resources Policy for the accreditation system, the documents' word for the user's
"certification", and the IT Innovation Division for the procedure)."""

from __future__ import annotations

import pytest

from tests.agent.each_asking_part import answered

SYSTEM = r"Human Resources Policy|産業人材政策室"
PROCEDURE = r"IT Innovation Division|ITイノベーション課"


@pytest.mark.parametrize("question", [
    "Who at METI handles questions on the certification system itself, and who handles the application procedure?",
    "Who at METI handles questions on the certification system itself, and who handles the application procedure? "
    "I think it's two different divisions",
    "Who in METI answers questions about the Re-Skills certification system, and who deals with inquiries on the "
    "application procedure?",
    "経産省で、Re-Skillsの認定制度そのものについての問い合わせ先と、申請手続きについての問い合わせ先はそれぞれどこですか？",
])
def test_each_contact_asked_gets_its_division(bot, question: str) -> None:
    answered(bot, question, SYSTEM, PROCEDURE)


@pytest.mark.parametrize("question", [
    "Who at METI handles questions on the certification system?",
    "Who handles inquiries about the application procedure?",
    "who in the ministry answers questions about the scheme?",
])
def test_who_handles_questions_asks_a_contact(types, question: str) -> None:
    ask = types.classify(question)
    assert "contact" in ask.types and "inquiry" in ask.kinds.get("contact", ()), ask


@pytest.mark.parametrize("question", [
    "Our manager who handles hiring says we can host two interns. Is that right?",
    "Who runs the program?",
])
def test_a_relative_clause_or_an_operator_is_no_contact_ask(types, question: str) -> None:
    assert "contact" not in types.classify(question).types
