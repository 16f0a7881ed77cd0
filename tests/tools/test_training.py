"""training_time_split: shares, pass / fail per limit, the seed's 30% vs the official one third."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from bot.rules import RuleBook
from bot.tools import training_time_split
from bot.tools.speech import spoken

# (required, related, peripheral hours) -> (shares in %, allowed, seed discrepancy)
CASES = [
    ((600, 280, 320), (50.0, 23.3, 26.7), True, False),
    ((500, 200, 300), (50.0, 20.0, 30.0), True, False),   # exactly 30%: meets the seed figure too
    ((500, 190, 310), (50.0, 19.0, 31.0), True, True),    # 31%: official yes, seed no
    ((200, 0, 100), (66.7, 0.0, 33.3), True, True),       # exactly one third: official yes
    ((500, 160, 340), (50.0, 16.0, 34.0), False, False),  # 34%: fails both
    ((490, 300, 210), (49.0, 30.0, 21.0), False, False),  # required under half
    ((0, 100, 0), (0.0, 100.0, 0.0), False, False),
    ((100, 0, 0), (100.0, 0.0, 0.0), True, False),
    ((50, 50, 0), (50.0, 50.0, 0.0), True, True),         # related exactly 50%: seed says "less than"
    ((1, 1, 1), (33.3, 33.3, 33.3), False, True),      # fails on required; peripheral still noted
    ((0.5, 0.25, 0.25), (50.0, 25.0, 25.0), True, False),
]


@pytest.mark.parametrize(("hours", "shares", "allowed", "discrepancy"), CASES)
def test_split_table(rules: RuleBook, hours, shares, allowed: bool, discrepancy: bool) -> None:
    result = training_time_split(*hours, rules=rules)
    assert (result.required_pct, result.related_pct, result.peripheral_pct) == shares
    assert result.allowed is allowed
    assert result.seed_discrepancy is discrepancy
    assert result.total_hours == pytest.approx(sum(hours))


def test_each_official_limit_is_checked(rules: RuleBook) -> None:
    result = spoken("training_time_split", training_time_split(490, 300, 210, rules=rules), rules)
    official = {c.rule_id: c.passed for c in result.checks if c.authority == "official"}
    assert official == {"titp.time.required.min": False, "titp.time.related.max": True,
                        "titp.time.peripheral.max": True}
    assert "Required work is 49% but must be at least 50%" in result.explanation
    assert "not allowed" in result.explanation


def test_peripheral_between_30_and_one_third_cites_both(rules: RuleBook) -> None:
    result = spoken("training_time_split", training_time_split(500, 190, 310, rules=rules), rules)
    ids = {r.id for r in result.rules_used}
    assert {"titp.time.peripheral.max", "titp.time.peripheral.max.seed"} <= ids
    assert "meets the official rule (at most 33.3%" in result.explanation
    assert "not the seed document's figure (at most 30%" in result.explanation
    assert "seed document 003" in result.explanation and "MHLW" in result.explanation
    assert any("33.3%" in n and "30%" in n for n in result.notes)


@pytest.mark.parametrize("lang", ["en", "ja"])
@pytest.mark.parametrize(("hours", "named", "other"), [
    ((50, 50, 0), {"en": "Related work at 50%", "ja": "関連業務は50%"}, {"en": "Peripheral work at", "ja": "周辺業務は"}),
    ((500, 190, 310), {"en": "Peripheral work at 31%", "ja": "周辺業務は31%"}, {"en": "Related work at", "ja": "関連業務は"}),
])
def test_the_discrepancy_names_its_own_category_in_every_language(rules: RuleBook, lang: str, hours, named,
                                                                   other) -> None:
    """Class: the seed-versus-official note names the category that differs (related at exactly 50% is not a
    peripheral-work note), in every language's wording."""
    result = spoken("training_time_split", training_time_split(*hours, rules=rules), rules, lang=lang)
    assert named[lang] in result.explanation
    assert other[lang] not in result.explanation


def test_no_discrepancy_note_when_it_does_not_matter(rules: RuleBook) -> None:
    result = spoken("training_time_split", training_time_split(600, 280, 320, rules=rules), rules)
    assert "titp.time.peripheral.max.seed" not in {r.id for r in result.rules_used}
    assert "seed" not in result.explanation


def test_safety_and_health_minimums(rules: RuleBook) -> None:
    result = spoken("training_time_split", training_time_split(600, 280, 320, rules=rules), rules)
    assert result.safety_health_min_hours == {"required": 60.0, "related": 28.0, "peripheral": 32.0}
    assert "titp.time.safety_health" in {r.id for r in result.rules_used}
    assert any("at least 60 h of the required" in n for n in result.notes)


@pytest.mark.parametrize(
    ("args", "field"),
    [
        ((-1, 10, 10), "required_hours"),
        ((10, -0.5, 10), "related_hours"),
        ((10, 10, 100_001), "peripheral_hours"),
        ((float("nan"), 10, 10), "required_hours"),
        ((10, float("inf"), 10), "related_hours"),
        ((10, 10, float("-inf")), "peripheral_hours"),
        (("abc", 10, 10), "required_hours"),
        ((10, "NaN", 10), "related_hours"),
        ((10, 10, "infinity"), "peripheral_hours"),
        ((True, 10, 10), "required_hours"),
        ((None, 10, 10), "required_hours"),
    ],
)
def test_bad_hours_name_the_field(rules: RuleBook, args, field: str) -> None:
    with pytest.raises(ValidationError) as info:
        training_time_split(*args, rules=rules)
    assert info.value.errors()[0]["loc"] == (field,)


def test_all_zero_hours_is_a_clear_message(rules: RuleBook) -> None:
    with pytest.raises(ValidationError) as info:
        training_time_split(0, 0, 0, rules=rules)
    message = str(info.value)
    assert "all 0" in message and "required_hours" in message and "peripheral_hours" in message


hours = st.floats(min_value=0, max_value=100_000, allow_nan=False, allow_infinity=False)


@settings(max_examples=300, deadline=None)
@given(required=hours, related=hours, peripheral=hours)
def test_shares_sum_to_100_within_rounding(rules: RuleBook, required: float, related: float, peripheral: float) -> None:
    assume(required + related + peripheral > 0)
    result = training_time_split(required, related, peripheral, rules=rules)
    assert abs(result.required_pct + result.related_pct + result.peripheral_pct - 100.0) <= 0.15 + 1e-9
    for share in (result.required_pct, result.related_pct, result.peripheral_pct):
        assert 0.0 <= share <= 100.0
        assert round(share, 1) == share


@settings(max_examples=300, deadline=None)
@given(required=hours, related=hours, peripheral=hours)
def test_allowed_matches_the_exact_rule(rules: RuleBook, required: float, related: float, peripheral: float) -> None:
    total = Fraction(required) + Fraction(related) + Fraction(peripheral)
    assume(total > 0)
    result = training_time_split(required, related, peripheral, rules=rules)
    expected = (Fraction(required) / total >= Fraction(1, 2) and Fraction(related) / total <= Fraction(1, 2)
                and Fraction(peripheral) / total <= Fraction(1, 3))
    assert result.allowed is expected


def test_thirds_of_an_hour_written_as_floats_are_exact_thirds(rules) -> None:
    # 5 h 20 min and 2 h 40 min reach the tool as floats (5.333333333333333, 2.6666666666666665): the plan is
    # exactly one third peripheral work, which meets "at most 1/3"
    result = training_time_split(16 / 3, 0, 8 / 3, rules=rules)
    assert result.allowed
    assert result.peripheral_pct == 33.3
