"""Japanese asks "which department" several ways (どの部署, どこの部署, 何の窓口, どこの課): each asks for the office. 「e-Govで使う
IDとパスワードは、どこの部署に連絡して発行してもらうのでしょうか」 was read as no ask type (only どの部署 was), so the answer
quoted "Obtain an ID and password for the System." and not the division to contact with its phone number."""

from __future__ import annotations

import pytest

from bot.answers.types import AnswerTypes
from support import converse

TYPES = AnswerTypes.load()


@pytest.mark.parametrize("question", [
    "IDとパスワードは、どこの部署に連絡して発行してもらうのでしょうか。",
    "IDはどの部署で発行してもらえますか？",
    "問い合わせは何の窓口にすればいいですか？",
    "申請の相談はどこの課ですか？",
])
def test_which_department_is_an_office_ask(question: str) -> None:
    assert "office" in TYPES.classify(question).types


def test_the_division_to_contact_is_quoted_with_its_number(bot) -> None:
    reply = converse(bot, "Re-Skills講座の電子申請について確認です。e-Govで使うIDとパスワードは、どこの部署に連絡して発行してもらうの"
                          "でしょうか。電話番号も控えておきたいです。あと、添付書類だけ郵送する場合の宛先も教えてください。")
    assert "3501-2646" in reply.answer
    assert "100-8901" in reply.answer


@pytest.mark.parametrize("question", [
    "WAASAって何の団体？",
    "WAASAはなんの団体ですか",
    "CINGAって何の機関？",
    "what organization is WAASA?",
    "What organisation is CINGA",
])
def test_what_a_named_body_is_asks_no_office(question: str) -> None:
    """「〇〇って何の団体？」 / "what organization is WAASA?" asks what a named body is: no office ask (an office the text names in another role, such as a
    bureau WAASA visited, is not its answer)."""
    assert "office" not in TYPES.classify(question).types


def test_what_a_named_body_is_never_answered_by_an_office_it_visited(bot) -> None:
    reply = converse(bot, "WAASAって何の団体？")
    assert "担当部署は" not in reply.answer


@pytest.mark.parametrize("question", [
    "what organization is in charge of the Re-Skills certification?",
    "which organization runs JIP?",
    "Which office is METI responsible for?",
])
def test_which_body_handles_something_is_still_an_office_ask(question: str) -> None:
    assert "office" in TYPES.classify(question).types
