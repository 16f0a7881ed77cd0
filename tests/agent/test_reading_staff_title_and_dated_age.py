"""Classes: (1) the staff's own job title that names students (「留学生支援の窓口担当です」「留学生の相談係です」) says nothing
about where the applicant they describe lives: a 留学生 in Japan is one living in Japan, the support desk for them is
not; (2) the year of a date (「2024年8月1日時点で27歳」) is never a year of participation, and 「参加歴はない」「参加歴なし」
negate participation, so an eligible applicant described by a support desk is told so."""

from __future__ import annotations

import pytest

from support import converse
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

DESK = ("留学生支援の窓口担当です。ベトナム国籍でハノイ在住、2024年8月1日時点で27歳、JLPTはN2を持っていて、過去にJIPへの参加歴は"
        "ない方がいます。FY2024のJIPに応募できますか？")


@pytest.mark.parametrize("text", [
    DESK,
    "留学生の相談係です。インドネシア国籍でジャカルタ在住、29歳、N3の方がいます。応募できますか？",
])
def test_the_desk_title_is_no_residence(text: str) -> None:
    assert UNDERSTANDER.parse(text).slots.get("residing_in_japan") is False


def test_a_student_in_japan_still_lives_in_japan() -> None:
    assert UNDERSTANDER.parse("日本の大学の留学生です。ベトナム国籍、27歳、N2です。応募できますか？").slots.get(
        "residing_in_japan") is True


@pytest.mark.parametrize(("text", "years"), [
    (DESK, []),
    ("ベトナム国籍、27歳、参加歴なしです。応募できますか？", []),
    ("2022年度にJIPに参加しました。ベトナム国籍、27歳です。応募できますか？", [2022]),
])
def test_a_dated_age_is_no_participation(text: str, years: list) -> None:
    assert (UNDERSTANDER.parse(text).slots.get("participated_fiscal_years") or []) == years


def test_the_desk_hears_the_applicant_is_eligible(bot) -> None:
    reply = converse(bot, DESK)
    call = [c for c in reply.tool_calls if c.name == "jip_eligibility"][0]
    assert call.args["residing_in_japan"] is False and not call.args["participated_fiscal_years"]
    assert "応募できません" not in reply.answer, reply.answer
