"""Class: a follow-up that changes the whole of a course or plan with a verb of change (「総時間を24時間に延ばして」,
「合計を30時間にした場合」) gives the new total, as the parts' own follow-ups (「実習を14時間にしたら」) give theirs; the
check runs again on both. An amount of change without the new value (「20時間減らしたら」) is no total. ja5i-19 kept
the old total (18 h) beside the new practical hours."""

from __future__ import annotations

import pytest

from tests.agent.reading_checks import last_calculator_call, slots_of


@pytest.mark.parametrize(
    ("message", "total"),
    [
        ("では仮に総時間を２４時間に延ばして、そのうち実習を１４時間にした場合はどうですか？", 24),
        ("総時間を24時間にして、実習を14時間にしたら？", 24),
        ("合計を30時間にした場合、演習は15時間でいいですか？", 30),
        ("トータルを40時間に増やすとどうなりますか？", 40),
        ("総時間は36時間へ短くしても大丈夫ですか？", 36),
    ],
)
def test_the_new_whole_is_read(message: str, total: int):
    assert slots_of(message).get("total_hours") == total


def test_an_amount_of_change_is_no_total():
    assert "total_hours" not in slots_of("総時間を20時間減らしたら？")


def test_the_check_runs_again_on_the_new_whole_and_part(bot):
    call = last_calculator_call(bot, [
        "研修会社の企画担当です。データ分析の講座で、総時間１８時間のうち演習・実習が１２時間あります。Re-Skills講座の要件を満たしますか？",
        "では仮に総時間を２４時間に延ばして、そのうち実習を１４時間にした場合はどうですか？",
    ])
    assert call.name == "reskills_course_check"
    assert call.args["total_hours"] == 24 and call.args["practical_hours"] == 14
