"""Class: three asks of one message, each with its passage: the course requirements, the providers' requirements and the
procedure (講座に求められる要件と、講座を実施する機関側の要件、それから申請方法; "what are the requirements for the courses,
for the organizations, and how do we apply?"). The course requirements are searched on their own beside the procedure
(vocabulary ``part_searches``), and a part search after one the message already called for adds its passage beside the
ranking: it pushes out neither the procedure's opening (e-Gov) nor the providers' requirements."""

from __future__ import annotations

import pytest

from bot.retrieval import HybridRetriever

EGOV = "e-Gov Electronic Application System"
COURSES = "at least 50% of the curricula"
PROVIDERS = "Organizations running the training courses should"
JA_TERMS = "requirements application system course Fourth Industrial Revolution Re-Skills"


@pytest.mark.parametrize("question", [
    f"{JA_TERMS} 第四次産業革命スキル習得講座の認定制度について伺います。講座に求められる要件と、講座を実施する機関側の要件、"
    "それから申請方法（どのシステムから申請するのか等）をご教示いただけますでしょうか。",
    f"{JA_TERMS} 講座の要件、実施機関の要件、申請方法を教えてください。第四次産業革命スキル習得講座の認定についてです。",
    "For the Re-Skills course certification, what are the requirements for the courses, what are the requirements for "
    "the organizations running them, and how do we apply (which system)?",
])
def test_each_of_three_asks_has_its_passage(retriever: HybridRetriever, question: str) -> None:
    texts = [p.text for p in retriever.search(question, k=8).passages]
    for marker in (EGOV, COURSES, PROVIDERS):
        assert any(marker in t for t in texts), marker
