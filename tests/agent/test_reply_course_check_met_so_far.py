"""A Re-Skills course check with one requirement still open (no field given) and none failed says the requirements
checked so far are met, as the English reply does, never only that it cannot decide: the user who asked whether the
practical share suffices hears that it does."""

from __future__ import annotations

from support import converse


def test_a_corrected_share_that_passes_is_said_met(bot) -> None:
    reply = converse(bot, "行政書士事務所の者です。顧客のIT研修をRe-Skills講座として申請できるか確認しています。全体45時間のうち、"
                          "演習・実習が20時間です。実践的な内容の割合は足りていますか？",
                     "失礼しました、演習は25時間でした（全体は45時間のままです）。改めて判定をお願いします。")
    call = next(c for c in reply.tool_calls if c.name == "reskills_course_check")
    assert (call.args["practical_hours"], call.args["total_hours"]) == (25, 45)
    assert "満たしています" in reply.answer
    assert "判断できません" not in reply.answer


def test_a_share_that_passes_alone_is_said_met(bot) -> None:
    reply = converse(bot, "研修講座の全体45時間のうち演習が25時間です。Re-Skills講座の実習の割合は足りていますか？")
    assert "満たしています" in reply.answer
