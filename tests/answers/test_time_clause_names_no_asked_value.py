"""Class: a clause saying after what the question asks ("After we send the forms, is there any interview?", 「書類を送った
後、面接はありますか」) says when, not what is asked: its words ask for no value of a hard type (the forms sent ask no
address), weigh less than the main clause's in choosing the unit, and a restriction of what it names ("the documents to
be attached only may be sent") gives no yes/no lead. Such a question asks what follows the step (``next_step``), and an
interview, a review meeting after it, 面接, 面談, ヒアリング asked is the documents' hearing; asked in Japanese as a follow-up
(「面接はありますか？」), by its own words in the previous question's program (en7q-19)."""

from __future__ import annotations

import pytest

from bot.answers.limits import ONLY, Limits
from bot.answers.types import AnswerTypes
from tests.agent.each_asking_part import answered

RESKILLS = "We plan to submit our Re-Skills certification application through e-Gov next week."
POSTED = ("If there is difficulty in sending attached documents electronically, the documents to be attached only may "
          "be sent to the following address by post (must be postmarked by the deadline).")


@pytest.mark.parametrize("question", [
    "After we send the forms, is there any interview or review meeting?",
    "After we send the forms, is there a hearing?",
    "Once we have submitted the forms, will there be an interview?",
    "Is there a review meeting after we mail the attachments?",
    "書類を送った後、面接はありますか？",
    "申請書類を提出したあと、面談やヒアリングはあるんですか？",
])
def test_after_sending_asks_what_follows_not_the_address(types: AnswerTypes, question: str) -> None:
    ask = types.classify(question)
    assert "address" not in ask.types, ask
    assert "next_step" in ask.types, ask


@pytest.mark.parametrize("question", [
    "Where do we send the forms?",
    "After we send the forms electronically, what is the address for the attachments?",
    "Once the upload fails, can we send the forms by post?",
    "電子で送れない場合、書類はどこに郵送すればいいですか？",
])
def test_the_address_asked_in_the_main_clause_stays(types: AnswerTypes, question: str) -> None:
    assert "address" in types.classify(question).types


@pytest.mark.parametrize("question", [
    "After we send the forms, is there any interview or review meeting?",
    "Once we have sent the documents, is there a hearing?",
])
def test_no_lead_from_a_restriction_of_the_time_clause(question: str) -> None:
    assert Limits.load().find(question, [POSTED], {POSTED}) is None


def test_a_restriction_of_what_the_main_clause_asks_still_leads() -> None:
    found = Limits.load().find("Can we send all the forms by post?", [POSTED], {POSTED})
    assert found is not None and found.kind == ONLY, found


@pytest.mark.parametrize("question", [
    "After we send the forms, is there any interview or review meeting?",
    "After we send the forms, is there a hearing?",
    "Is there an interview after we mail the attachments?",
])
def test_the_follow_up_is_answered_by_the_hearing(bot, question: str) -> None:
    answer = answered(bot, [RESKILLS, question], r"(?i)hearing may be held")
    assert "Only in part" not in answer and "Kasumigaseki" not in answer, answer


@pytest.mark.parametrize("question", [
    "Re-Skills講座の書類をe-Govで送った後、面接や面談はありますか？",
    "Re-Skills講座の申請を出した後、ヒアリングはありますか？",
])
def test_the_hearing_answers_in_japanese(bot, question: str) -> None:
    answer = answered(bot, question, r"ヒアリング")
    assert "一部" not in answer.split("\n\n")[0], answer


@pytest.mark.parametrize("question", ["面接はありますか？", "送ったあと、面談やヒアリングはありますか？", "審査会のようなものはありますか？"])
def test_a_japanese_follow_up_asking_whether_a_step_exists_is_searched_in_the_program(bot, question: str) -> None:
    """(knowledge/nlu/ja.yaml ``own_yes_no``: the follow-up's own words choose the unit, not the program's words the
    previous question adds, which pick the acceptance period)"""
    answered(bot, ["来週、Reスキル講座の認定申請をe-Govで出す予定です。", question], r"(?i)hearing may be held")
