"""General words map to the general concept they name, not to a narrow one that shares a word with them.

1. Words that name documents (papers, paperwork, documents, 書類) are the documents of an application
   (``documents``), not the posting of documents (``by_post``): "what papers do I need?" asks which documents,
   not how to send them. Only a way of sending ("on paper", "a paper copy", "hard copy", 紙で, 郵送) is by_post.
2. "back" as in "back in 2017" or "come back to Japan" is no support; "backs", "backed", "backing" are.
"""

from __future__ import annotations

import pytest

from tests.knowledge import repo_analyzer

ANALYZER = repo_analyzer()


def concepts(question: str) -> set[str]:
    return set(ANALYZER.analyze(question).concepts)


@pytest.mark.parametrize("question", [
    "What papers do I need to apply?",
    "Which papers must graduates submit for the JIP?",
    "How much paperwork is there for the Re-Skills application?",
    "What documents are required?",
    "Do I need any paper from my university?",
    "申請に必要な書類は何ですか",
    "どんな書類を出せばいいですか",
])
def test_document_words_are_documents_not_post(question: str) -> None:
    found = concepts(question)
    assert "documents" in found
    assert "by_post" not in found


@pytest.mark.parametrize("question", [
    "Can I submit the application on paper?",
    "Is a paper copy accepted by post?",
    "Do you need a hard copy of the forms?",
    "Can the forms be sent by mail?",
    "紙で提出できますか",
    "書類を郵送してもいいですか",
])
def test_a_way_of_sending_is_by_post(question: str) -> None:
    assert "by_post" in concepts(question)


@pytest.mark.parametrize("question", [
    "Back in 2017, when were applications accepted?",
    "Can a trainee come back to Japan later?",
    "いつ戻れますか",
])
def test_back_is_no_support(question: str) -> None:
    assert "support" not in concepts(question)


@pytest.mark.parametrize("question", [
    "Which staffing agency backs Tokyo's support project?",
    "Who is backing the project for SMEs?",
    "Is the project backed by Tokyo?",
    "Does Tokyo help companies hire foreign staff?",
])
def test_backing_is_support(question: str) -> None:
    assert "support" in concepts(question)
