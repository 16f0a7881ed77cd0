"""The application window is asked in many words: who took or accepted the applications, when they could be
submitted, their start and end date, from when until when (いつからいつまで受け付けて). Each finds the block
"Applications for Re-Skills Course certification are accepted as follows: Period for acceptance: ..." in the top 3.

A date asked of applying ("when could providers submit applications?", "申請はいつ？") is the window even when no
word of the window is there: the vocabulary's ``combinations`` add the concept the two concepts mean together.
"""

from __future__ import annotations

import pytest

from bot.retrieval import HybridRetriever
from tests.knowledge import repo_analyzer

LEAD = "Applications for Re-Skills Course certification are accepted as follows"
PERIOD = "September 15, 2017, to Saturday, October 28, 2017"

WINDOW_QUESTIONS = [
    "a training school client asks when METI took applications for the first Re-Skills course certification? "
    "start and end date pls",
    "When could training providers submit applications for the first round of Re-Skills course certification, "
    "and from when did the courses have to start?",
    "when can we apply for re-skills certification?",
    "Re-Skills certification: from when until when were applications accepted?",
    "what were the start and end dates for Re-Skills course applications?",
    "Re-Skills講座の最初の認定申請は、いつからいつまで受け付けていましたか？",
    "Reスキル講座の認定申請はいつ受け付けていましたか",
    "what is the last date to apply for re-skills course certification?",
]


@pytest.mark.parametrize("question", WINDOW_QUESTIONS)
def test_the_window_is_asked(question: str) -> None:
    assert "application_window" in repo_analyzer().analyze(question).concepts


@pytest.mark.parametrize("question", WINDOW_QUESTIONS)
def test_the_window_block_is_in_the_top_3(retriever: HybridRetriever, question: str) -> None:
    passages = retriever.search(question, k=3).passages
    assert any(LEAD in p.text or PERIOD in p.text for p in passages), [p.section for p in passages]


@pytest.mark.parametrize("question", [
    "How many hours of practical work must a Re-Skills course have?",
    "What is the application method for Re-Skills?",
    "Can I apply for the JIP if I live in Germany?",
    "申請に必要な書類は何ですか",
])
def test_applying_without_a_date_is_no_window(question: str) -> None:
    assert "application_window" not in repo_analyzer().analyze(question).concepts


def test_a_combination_names_known_concepts() -> None:
    from bot.query import Vocabulary

    with pytest.raises(ValueError, match="unknown concepts"):
        Vocabulary.model_validate({"concepts": [{"id": "date", "terms": ["when"]}],
                                   "combinations": [{"concepts": ["date", "apply"], "means": "window"}]})
