"""Earlier participation in a fiscal year ("I did the JIP internship in FY2022 already", 2023年度にも参加した) is read as
the years participated.

Words between the program and the year ("the JIP online internship in FY2022", "an online intern with METI in 2022")
keep it earlier participation, and an earlier participant is told they cannot apply; a year beside joining something else
(a company, a conference) is no participation."""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import slots_of, calculators


@pytest.mark.parametrize("text,years", [
    ("I did the JIP internship in FY2022 already. can I apply again for 2024? I'm Indonesian.", [2022]),
    ("I took part in the Japan Internship Program in 2019. Am I still eligible?", [2019]),
    ("実は2023年度にもこのインターンシップに参加したのですが、今回も応募できますか？", [2023]),
    ("I did the JIP online internship in FY2022", [2022]),
    ("I joined the in-person internship program in 2021", [2021]),
    ("I did the METI government online internship back in FY2023, can I apply again?", [2023]),
    ("2021年度に経済産業省のジャパン・インターンシップ・プログラム（対面）に参加しました。", [2021]),
    ("I was an online intern with METI in 2022", [2022]),
    ("My previous JIP internship was in 2021", [2021]),
    ("2022年度のオンライン・インターンシップを修了しました", [2022]),
], ids=["en-did-in-fy-already", "en-took-part-in-year", "ja-nendo-ni-mo-sanka", "en-online-internship-in-fy",
        "en-joined-in-person-program-in-year", "en-back-in-fy", "ja-nendo-ni-meti-no-jip-ni-sanka",
        "en-online-intern-with-meti-in-year", "en-previous-internship-was-in", "ja-nendo-no-online-wo-shuuryou"])
def test_earlier_participation_year_is_read(text: str, years: list[int]) -> None:
    assert slots_of(text).get("participated_fiscal_years") == years


def test_an_earlier_participant_is_told_they_cannot_apply(bot) -> None:
    reply = converse(bot, "I did the JIP online internship in FY2022. Am I eligible? I'm Indonesian, 25, living in "
                          "Jakarta, JLPT N2")
    call = calculators(reply)[0]
    assert call.name == "jip_eligibility" and call.args["participated_fiscal_years"] == [2022]
    assert "you meet" not in reply.answer.lower()


@pytest.mark.parametrize("text", [
    "I joined a company in Tokyo in 2019 and I'm 28. Can I apply for JIP?",
    "I was in Osaka in 2020 for a conference. Am I eligible for the JIP?",
])
def test_a_year_beside_joining_something_else_is_no_participation(text: str) -> None:
    assert "participated_fiscal_years" not in slots_of(text)
