"""Class: a question that judges what the message said before it ("Is that assumption correct?", "その理解で
合っていますか") asks about that statement: the asking part is read with the sentence before it, so a yes/no check of
a claim about a program is on topic (not refused as words no document uses), while an off-topic question after
program background still asks alone (``back_references`` in knowledge/vocabulary.yaml)."""

from __future__ import annotations


import pytest

from tests.knowledge import repo_analyzer

ANALYZER = repo_analyzer()

CLAIMS = [
    "One of my clients assumes that once a course is certified as a Re-Skills course by METI, it automatically "
    "becomes eligible for the MHLW Training and Education Benefits.",
    "My manager says trainees count as full-time employees for the quota.",
    "Re-Skills講座として認定されれば、自動的に厚生労働省の教育訓練給付の対象になると聞きました。",
    "技能実習生も常勤職員の数に含まれると上司は言っています。",
]
JUDGING = [
    "Is that assumption correct?", "Is this right?", "Is that true?", "Am I right?",
    "その理解で合っていますか？", "それは正しいですか？", "これで合っていますか？",
]


@pytest.mark.parametrize("claim", CLAIMS)
@pytest.mark.parametrize("judge", JUDGING)
def test_a_judging_question_is_read_with_the_claim_before_it(claim: str, judge: str) -> None:
    sep = "" if claim.endswith("。") else " "
    parts, asking = ANALYZER.asking_parts(claim + sep + judge)
    assert len(parts) == 2
    assert asking == [parts[0] + " " + parts[1]]


@pytest.mark.parametrize("message", [
    "I will join the JIP in Tokyo next year. Could you recommend some good ramen restaurants near Namba station?",
    "We host technical intern trainees at our factory. Which baseball team should I support in Hiroshima?",
    "JIPで大阪に行きます。おすすめのラーメン屋はどこですか？",
])
def test_another_question_after_background_still_asks_alone(message: str) -> None:
    parts, asking = ANALYZER.asking_parts(message)
    assert asking == [parts[-1]]
