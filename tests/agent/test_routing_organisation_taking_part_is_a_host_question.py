"""An organisation asking whether it may take part in JIP (「業界団体はJIPに参加できますか」「NPO法人も応募できますか」) asks about
hosts, not an applicant's eligibility: no eligibility check runs, and the reply says the documents exclude it. An
applicant describing themself (会社員です) still gets the check."""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calls_named


@pytest.mark.parametrize("question, excluded", [
    ("JIPに業界団体は参加できますか？", "業界団体"),
    ("NPO法人もJIPに応募できますか？", "非営利団体"),
    ("市役所としてJIPのインターンを受け入れることはできますか？", "地方自治体"),
    ("Can an industry association participate in JIP?", "industry associations"),
])
def test_an_organisation_taking_part_is_answered_by_the_host_exclusion(bot, question: str, excluded: str) -> None:
    reply = converse(bot, question)
    assert not calls_named(reply, "jip_eligibility"), reply.tool_calls
    assert excluded in reply.answer, reply.answer


def test_an_applicant_who_is_a_company_employee_is_still_checked(bot) -> None:
    reply = converse(bot, "私は会社員です。28歳、ベトナム国籍、N2です。JIPに応募できますか？")
    assert calls_named(reply, "jip_eligibility"), reply.tool_calls
