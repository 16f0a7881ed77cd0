"""Paper or electronic (紙か電子か, online or by post) asks how an application is made: the e-Gov procedure passage.

"申請は紙ですか、それとも電子申請ですか？", "Is the application on paper or electronic?", "mailed or submitted online?": a
question that sets the paper way (紙, 書面, 郵送, by post, mailed) against the electronic one (電子, 電子申請, オンライン,
electronically, online) asks for the method of applying, and the documents answer with the procedure ("Please file an
application through the following procedures, using the e-Gov Electronic Application System"), in the top 3. "Online"
read as the electronic application is only that: no evidence for a passage about the JIP's online internship.
"""

from __future__ import annotations

import pytest

from bot.retrieval import HybridRetriever
from tests.knowledge import rank_of, repo_analyzer

EGOV = "e-Gov Electronic Application System"


QUESTIONS = [
    "行政書士です。顧問先の研修会社が第四次産業革命スキル習得講座（Re-Skills）の認定を取りたいと言っているのですが、申請は紙ですか、"
    "それとも電子申請ですか？",
    "Re-Skillsの申請は紙ですか、それとも電子申請ですか？",
    "Re-Skills講座の申請は紙で出すの？電子？",
    "Re-Skills申請は郵送ですか、オンラインですか？",
    "Re-Skillsの認定申請は紙か電子か？",
    "Re-Skills講座の認定申請は書面で出しますか、オンラインですか",
    "Is the Re-Skills application on paper or electronic?",
    "Can the Re-Skills application be submitted on paper, or only electronically?",
    "Re-Skills: paper application or online?",
    "Should the re-skills application be mailed or submitted online?",
]


@pytest.mark.parametrize("question", QUESTIONS)
def test_paper_or_electronic_finds_the_egov_procedure(retriever: HybridRetriever, question: str) -> None:
    result = retriever.search(question, k=8)
    rank = rank_of(result.passages, EGOV)
    assert rank is not None and rank <= 3, rank
    assert result.relevant, result.confidence


@pytest.mark.parametrize("question", QUESTIONS)
def test_paper_or_electronic_asks_for_the_application_method(question: str) -> None:
    assert "application_method" in repo_analyzer().analyze(question).concepts


@pytest.mark.parametrize("question", [
    "Do we apply for Re-Skills certification online or by post?",
    "Is the Re-Skills application online?",
    "Re-Skills講座の申請方法はオンラインですか",
])
def test_online_read_as_the_electronic_application_is_not_the_online_internship(question: str) -> None:
    concepts = repo_analyzer().analyze(question).concepts
    assert "egov" in concepts and "online" not in concepts, concepts


@pytest.mark.parametrize("question", [
    "Is the JIP internship online or in person?",
    "JIPのインターンはオンラインですか、来日ですか？",
])
def test_online_with_the_internship_stays_the_online_internship(question: str) -> None:
    concepts = repo_analyzer().analyze(question).concepts
    assert "online" in concepts and "application_method" not in concepts, concepts


@pytest.mark.parametrize("question", [
    "My client cannot send the attachments for the Re-Skills application electronically. Can they be mailed instead? "
    "Please give me the full postal address, and tell me if there is any condition about the mailing date.",
    "If we can't upload the attachments electronically, can we post them? What is the address?",
    "Re-Skillsの添付書類を電子で送れないときは郵送できますか？送付先の住所も教えてください。",
])
def test_mailing_attachments_with_the_address_asked_finds_the_address_block(retriever: HybridRetriever,
                                                                           question: str) -> None:
    """The mailing of attachments with the address asked is no choice of method: the address block stays among the
    passages (the procedure passage the method reading brings had pushed it out, and the address was refused)."""
    assert "application_method" not in repo_analyzer().analyze(question).concepts
    result = retriever.search(question, k=8)
    assert any("100-8901" in p.text or "Address for physical documents" in p.text for p in result.passages)
