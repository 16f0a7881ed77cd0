"""A requirement the user says they lack ("not excellent", 優良ではない) answers "no" only to a question about what the
requirement restricts: "training for up to five years (limited to excellent companies ...)" answers "can we keep our
trainees five years?", not "can we accept trainees at all?". A word that only names the kind of party a requirement
qualifies ("a sole proprietor, not a company" beside "excellent companies") is no requirement the user lacks."""

from __future__ import annotations

import pytest

from tests.agent.each_asking_part import answered

NO = r"^(?:No:|いいえ)"


@pytest.mark.parametrize("question", [
    "We are not an excellent company. Can we accept technical intern trainees?",
    "We're a normal company, not excellent. Can we take technical intern trainees?",
    "I am a sole proprietor, not a company. Can I take technical intern trainees?",
    "I run a bakery as a sole proprietor, not a company. Can I even take technical intern trainees?",
    "うちは優良ではありません。技能実習生を受け入れられますか？",
    "うちは法人ではなく個人事業です。技能実習生を受け入れられますか？",
])
def test_a_lacked_requirement_of_another_thing_answers_no_no(bot, question: str) -> None:
    answer = answered(bot, question)
    assert not __import__("re").search(NO, answer), answer
    assert "limit this to" not in answer and "に限られています" not in answer, answer


@pytest.mark.parametrize("question", [
    "We are not an excellent company. Can we keep our trainees for five years?",
    "うちは優良ではありません。実習生を5年間受け入れられますか？",
])
def test_a_lacked_requirement_of_what_is_asked_answers_no(bot, question: str) -> None:
    answered(bot, question, NO, r"excellent|優良")
