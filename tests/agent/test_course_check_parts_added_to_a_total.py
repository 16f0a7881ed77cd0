"""A course's hours given as lecture + hands-on = total, with the practical share asked, runs the Re-Skills course
check with the practical hours and the total, never a search alone."""

from __future__ import annotations

import pytest

from tests.agent.reading_checks import last_calculator_call


@pytest.mark.parametrize("text,practical,total", [
    ("Re-Skills（第四次産業革命スキル習得講座）の認定を狙っているAI講座があります。座学12時間＋ハンズオン演習18時間の計30時間"
     "構成なんですが、実践の割合は足りてますか？", 18, 30),
    ("Re-Skills講座の認定を目指しています。講義20時間、演習20時間、計40時間です。実習の割合は足りますか？", 20, 40),
    ("Our Re-Skills course is 12 hours of lectures + 18 hours of hands-on exercises = 30 hours in total. Is the "
     "practical share enough?", 18, 30),
], ids=["ja-zagaku-plus-handson-kei", "ja-kougi-enshu-kei", "en-lectures-plus-exercises"])
def test_the_course_is_checked(bot, text: str, practical: int, total: int) -> None:
    call = last_calculator_call(bot, [text])
    assert call.name == "reskills_course_check"
    assert call.args["practical_hours"] == practical
    assert call.args["total_hours"] == total
