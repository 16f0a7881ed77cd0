"""Tax taken at source is tax: an ask whether the company withholds it from the salary ("Do we withhold it from
salary?", 「給料から天引きしないといけないんですか」) is of the tax topic the documents do not mention, so the whole message
is refused naming the tax, never "the documents do not state a salary"."""

from __future__ import annotations

import pytest

from tests.agent.each_asking_part import answered


@pytest.mark.parametrize(("question", "named"), [
    ("Do our technical intern trainees have to pay Japanese income tax and resident tax from their first year? Do we "
     "withhold it from salary?", "income tax"),
    ("Do trainees pay resident tax? Do we deduct it from their wages?", "resident tax"),
    ("技能実習生の住民税は、給料から天引きしないといけないんですか？", "住民税"),
])
def test_withholding_from_the_salary_is_the_tax_topic(bot, question: str, named: str) -> None:
    answer = answered(bot, question, named, refused=True)
    assert "salary or wage" not in answer and "給与・賃金" not in answer, answer
