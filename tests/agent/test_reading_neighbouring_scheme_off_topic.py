"""Class: a question on a neighbouring scheme's own terms that the documents never mention (the nursing-care pay
improvement bonus 処遇改善加算 and its rate 加算率, the fee a supervising organization charges 監理費) is off topic however it
names nursing care, trainees or the supervising organizations: refused as not covered, the reply saying what the
documents cover (EN and JA). A sentence that only says in what unit to answer it (「実習生1人あたりで教えてください」,
"per trainee, please") asks nothing of its own; a question on the programs beside it is still answered."""

from __future__ import annotations

import pytest

from support import converse
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

OFF_TOPIC = [
    "介護施設を運営しています。介護職員処遇改善加算の計算方法と今年度の加算率を知りたいです。",
    "処遇改善加算って外国人の介護職員にも算定できますか？",
    "来年の介護報酬改定で加算はどう変わりますか？",
    "監理団体に払う監理費は月いくらが普通ですか？実習生1人あたりでお願いします。",
    "We run a care home. How is the care worker pay improvement bonus calculated, and what is this year's rate?",
    "Can foreign caregivers get the treatment improvement addition under long-term care insurance?",
    "What monthly fee does a supervising organization usually charge? Per trainee, please.",
    "How much are kanri-hi fees these days?",
]
ON_TOPIC = [
    "介護職種の技能実習生の人数枠は、常勤の介護職員20人だと何人ですか？",
    "介護の技能実習で、常勤職員に看護師は含まれますか？",
    "監理団体は優良ではありませんが、第3号は受け入れられますか？",
    "How many nursing care trainees can we accept with 20 full-time care workers?",
    "Do supervising organizations have to be excellent for No. 3 trainees?",
    "What improvement of skills does the training plan require?",
]


@pytest.mark.parametrize("text", OFF_TOPIC)
def test_a_neighbouring_schemes_terms_are_off_topic(text: str) -> None:
    assert UNDERSTANDER.parse(text).off_topic


@pytest.mark.parametrize("text", ON_TOPIC)
def test_the_programs_own_questions_are_not(text: str) -> None:
    assert not UNDERSTANDER.parse(text).off_topic


def test_a_question_on_the_programs_beside_it_is_still_answered() -> None:
    text = "監理費の相場はいくらですか？あと、技能実習の期間は最長何年ですか？"
    assert not UNDERSTANDER.parse(text).off_topic


@pytest.mark.parametrize("text, covers", [
    (OFF_TOPIC[0], "技能実習"),
    (OFF_TOPIC[4], "Technical Intern Training"),
])
def test_the_bot_refuses_saying_what_the_documents_cover(bot, text: str, covers: str) -> None:
    reply = converse(bot, text)
    assert reply.refused
    assert not reply.tool_calls
    assert covers in reply.answer
