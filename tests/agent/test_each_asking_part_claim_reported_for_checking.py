"""Class: claims reported for checking ("One consultant told me 3 years, another said 5. Which is right?", "I heard
...; is that true?", 「コンサルには3年と言われ…どっちが正しい？」「…と聞いたのですが本当ですか」) are no subjects: who reported
the claim, the verb of reporting and the asking words ("which is right", どっちが正しい) are never named as what the
documents do not mention; the documents' value is quoted (5 years, for excellent organizations)."""

from __future__ import annotations

import pytest

from tests.agent.each_asking_part import answered


@pytest.mark.parametrize("question", [
    "How long can a technical intern stay with us at most? One consultant told me 3 years, another said 5. "
    "Which is right?",
    "What is the maximum stay for technical intern trainees? Our broker says 3 years but a lawyer claimed 5. "
    "Who is right?",
    "I heard technical intern trainees can stay up to 5 years. Is that true?",
    "My agent told me technical interns can stay 3 years at most. Is that right? What is the maximum?",
])
def test_a_claim_reported_for_checking_gets_the_documents_value(bot, question: str) -> None:
    answer = answered(bot, question, r"(?i)excellent", r"(?i)5 years|five years")
    assert not any(word in answer for word in ("consultant", "broker", "agent told", "Which is right", "Who is right"))


@pytest.mark.parametrize("question", [
    "技能実習生は最長何年いられますか？コンサルには3年と言われ、別の人には5年と言われました。どっちが正しいですか？",
    "技能実習生って最長何年まで？行政書士さんから3年と聞いたけど、監理団体の人には5年と言われた。どっちが本当？",
    "知り合いの社長から技能実習生は3年までと言われたんですが、最長は何年ですか？",
    "技能実習の期間は最長5年と聞いたのですが、本当ですか？",
])
def test_a_claim_reported_for_checking_gets_the_documents_value_ja(bot, question: str) -> None:
    answer = answered(bot, question, r"5年")
    assert "記載はありません" not in answer
