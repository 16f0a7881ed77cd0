"""A person holding several citizenships may apply through any of them: the JIP check tests each and the nationality
criterion is met through the first that qualifies (finding ``nationality_several`` lists each with its verdict)."""

from __future__ import annotations

import pytest

from bot.rules import RuleBook
from bot.tools.jip import jip_eligibility


@pytest.mark.parametrize("first, others, verdict, used", [
    ("Chile", ["Peru"], "yes", "Peru"),
    ("China", ["Thailand"], "yes", "Thailand"),
    ("Peru", ["Chile"], "yes", "Peru"),
    ("Chile", ["United States"], "no", "Chile"),
])
def test_each_citizenship_is_checked(rules: RuleBook, first: str, others: list[str], verdict: str, used: str) -> None:
    result = jip_eligibility(nationality=first, other_nationalities=others, rules=rules)
    nat = next(c for c in result.criteria if c.criterion == "nationality")
    assert nat.verdict == verdict and nat.params["name"] == used
    several = next(f for f in result.findings if f.code == "nationality_several")
    assert [h["name"] for h in several.params["held"]][0] == first and len(several.params["held"]) == 2


def test_one_citizenship_has_no_list(rules: RuleBook) -> None:
    result = jip_eligibility(nationality="Chile", rules=rules)
    assert not any(f.code == "nationality_several" for f in result.findings)
    assert next(c for c in result.criteria if c.criterion == "nationality").verdict == "no"
