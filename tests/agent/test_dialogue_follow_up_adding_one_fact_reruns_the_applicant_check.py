"""A follow-up adding one fact to the last applicant check re-runs it ("oh and he already did JIP in 2019",
「この方は2019年度にもこのプログラムでインターンをしていたそうです。その場合はどうなりますか？」): the check runs again with
the facts told before and the new one, whatever words tell the participation (took part, did, interned, インターンを
していた), with or without a question after it. Before, a participation told as an internship done was not read in
Japanese and the follow-up was searched."""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calls_named, slots_of

EN_FIRST = "We want to hire a JIP intern: Filipino, 28, lives in Manila, fluent English. Is he eligible?"
JA_FIRST = ("JIPの候補者の確認です。フィリピン国籍、1984年9月生まれ、マニラ在住で、英語は業務で使えるレベルです。"
            "応募資格はありますか？")


@pytest.mark.parametrize(("first", "second"), [
    (EN_FIRST, "oh and he already did JIP in 2019"),
    (EN_FIRST, "We just learned he was a JIP intern back in FY2019. What happens then?"),
    (EN_FIRST, "Also, he took part in the program in 2019."),
    (JA_FIRST, "追加で確認したところ、この方は2019年度にもこのプログラムでインターンをしていたそうです。その場合はどうなりますか？"),
    (JA_FIRST, "この方は2019年度にもこのプログラムに参加していたそうです。"),
    (JA_FIRST, "補足です。2019年度にJIPでインターンシップをしていました。"),
], ids=["en-already-did", "en-was-an-intern-back-in", "en-took-part", "ja-intern-wo-shiteita", "ja-sanka-shiteita",
        "ja-internship-wo-shiteimashita"])
def test_the_last_applicant_check_runs_again_with_the_added_fact(bot, first: str, second: str) -> None:
    reply = converse(bot, first, second)
    calls = calls_named(reply, "jip_eligibility")
    assert calls, reply.tool_calls
    args = calls[-1].args
    assert args["participated_fiscal_years"] == [2019] and args["nationality"] == "Philippines"
    assert args["english_proficient"] is True and args["residing_in_japan"] is False
    assert not reply.refused
    assert "2016" in reply.answer and "2023" in reply.answer  # the excluded fiscal years are said


@pytest.mark.parametrize(("text", "years"), [
    ("2019年度にもこのプログラムでインターンをしていたそうです", [2019]),
    ("2021年度にJIPでインターンシップをしました", [2021]),
    ("2022年度はこのプログラムでインターンとして働いていました", [2022]),
])
def test_an_internship_done_in_a_fiscal_year_is_participation(text: str, years: list[int]) -> None:
    assert slots_of(text).get("participated_fiscal_years") == years


@pytest.mark.parametrize("text", [
    "2025年度にインターンをしたいです",
    "2025年度にインターンシップをしたら、支援金はいくらですか？",
])
def test_an_internship_wished_for_is_no_participation(text: str) -> None:
    assert "participated_fiscal_years" not in slots_of(text)
