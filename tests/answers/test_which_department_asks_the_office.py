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
