"""Studying or working in Japan written in plain hiragana with spaces between words (わかちがき, as learners of Japanese
write: "いま にほんの だいがくいんで べんきょうしています") is residing in Japan, as the same sentence in kanji is: the
activity words (勉強, 研究, 在学, 在籍, 勤務, 就職, 大学院) are read from their kana. The JIP check had run with residence
unknown and listed the applicant's criteria as met."""

from __future__ import annotations

import pytest

from support import converse
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text", [
    "いま にほんの だいがくいんで べんきょうしています。",
    "にほんの だいがくで けんきゅう しています",
    "いま にほんの かいしゃで きんむ しています",
    "にほんの だいがくに ざいがく しています",
    "いま日本の大学院で勉強しています",
])
def test_study_or_work_in_japan_in_plain_writing_is_residence(text: str) -> None:
    assert UNDERSTANDER.parse(text).slots.get("residing_in_japan") is True


def test_the_jip_check_says_residence_rules_it_out(bot) -> None:
    reply = converse(bot, "わたしはネパールじんです。いま にほんの だいがくいんで べんきょうしています。31さいです。N3 があります。"
                          "JIPに おうぼ できますか？")
    call = next(c for c in reply.tool_calls if c.name == "jip_eligibility")
    assert call.args["residing_in_japan"] is True and call.args["age"] == 31
    assert "日本" in reply.answer and ("できません" in reply.answer or "対象外" in reply.answer)
