"""未 before a noun of having done something (「優良認定は未取得です」「未認定」) negates it like 受けていません: the
organisation is not excellent, and the standard limits are computed (it was read as excellent: 33 No.1 trainees for 330
staff instead of 16)."""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calls_named, slots_of


@pytest.mark.parametrize("message, excellent", [
    ("常勤従業員が３３０名おります。優良認定は未取得です。１号は何人ですか？", False),
    ("優良認定は未取得。常勤50名です。何人受け入れられますか？", False),
    ("当社は優良の認定は未認定です。常勤50名、何人まで？", False),
    ("優良認定は受けていません。常勤50名です。", False),
    ("優良認定を取得済みです。常勤50名です。", True),
])
def test_not_yet_acquired_is_read_as_not_excellent(message: str, excellent: bool) -> None:
    assert slots_of(message).get("excellent") is excellent, slots_of(message)


def test_the_standard_table_is_computed(bot) -> None:
    reply = converse(bot, "お世話になっております。当社は常勤従業員が３３０名おります。優良認定は未取得です。技能実習第１号・"
                          "第２号の受入れ上限はそれぞれ何名になりますでしょうか。")
    calls = calls_named(reply, "trainee_quota")
    assert calls and calls[0].args["excellent"] is False, reply.tool_calls
    assert "16人" in reply.answer, reply.answer
