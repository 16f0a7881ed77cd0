"""How an application is made (申請方法, "how do we submit it? is it online?") finds the passage of the procedure:
"Please file an application through the following procedures, using the e-Gov Electronic Application System ...
obtain an ID and password", in the top 3.

The documents show the method by the words of filing an application and of the system it goes through, not by
"application" and "method" alone (every passage under "4. Application method, etc." has those): the concept
``application_method`` is asked by the nouns of a method (申請方法, "application procedure"; "how do I apply?" stays
a question about applying) and evidenced by those. Applying "online" is the electronic
application (``egov``), unless the question is about an internship (the JIP's online internship). "Re-Skills講座" is
the program's name, as "Re-Skills course" is, not a question about courses. The method of the one program whose
documents state it never pushes that passage into another program's answer.
"""

from __future__ import annotations

import pytest

from bot.retrieval import HybridRetriever
from tests.knowledge import repo_analyzer

EGOV = "e-Gov Electronic Application System"


def _rank(retriever: HybridRetriever, question: str, marker: str, k: int = 8) -> int | None:
    passages = retriever.search(question, k=k).passages
    return next((i + 1 for i, p in enumerate(passages) if marker in p.text), None)


@pytest.mark.parametrize("question", [
    "How do we actually submit a Re-Skills certification application? Is it online, and who do we contact to get "
    "the login?",
    "how to submit the re-skills application? is it online?",
    "Re-Skills講座の申請方法を教えてください",
    "Re-Skills講座の申請手続きを教えてください",
    "リスキル講座の申請方法は？",
])
def test_the_method_of_applying_finds_the_procedure(retriever: HybridRetriever, question: str) -> None:
    rank = _rank(retriever, question, EGOV)
    assert rank is not None and rank <= 3, rank


@pytest.mark.parametrize("question, concept", [
    ("What is the application method for Re-Skills?", "application_method"),
    ("What is the application procedure for the Re-Skills certification?", "application_method"),
    ("Re-Skills講座の申請方法を教えてください", "application_method"),
    ("申請の手続きを教えてください", "application_method"),
    ("申請はオンラインでできますか", "egov"),
    ("How do we submit the application? Is it online?", "egov"),
])
def test_the_method_is_asked(question: str, concept: str) -> None:
    assert concept in repo_analyzer().analyze(question).concepts


@pytest.mark.parametrize("question", [
    "can I apply for the online internship?",
    "can i apply for both online and in person internship?",
    "JIPのオンラインインターンに応募できますか",
])
def test_online_with_an_internship_is_no_electronic_application(question: str) -> None:
    assert "egov" not in repo_analyzer().analyze(question).concepts


@pytest.mark.parametrize("question", ["Re-Skills講座の申請方法", "reスキル講座の認定", "リスキル講座の申請"])
def test_the_programs_name_with_koza_is_the_program(question: str) -> None:
    concepts = repo_analyzer().analyze(question).concepts
    assert "reskills" in concepts and "course" not in concepts


@pytest.mark.parametrize("question", [
    "how do I apply for the JIP?",
    "JIPの応募方法を教えてください",
    "How do we apply for the METI internship program?",
])
def test_another_programs_method_stays_in_its_document(retriever: HybridRetriever, question: str) -> None:
    passages = retriever.search(question, k=3).passages
    assert all(p.doc_id == "meti-japan-internship-program" for p in passages), [p.doc_id for p in passages]
