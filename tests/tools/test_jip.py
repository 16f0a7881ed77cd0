"""jip_eligibility and jip_support_funds: criteria, nationality matching, what is missing, funds."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from bot.rules import RuleBook
from bot.tools import jip_eligibility as compute_eligibility
from bot.tools import jip_support_funds
from bot.tools.speech import spoken


def jip_eligibility(*args, rules: RuleBook, **kwargs):
    """The tool's result with its words, as every entry point (run_tool) returns it."""
    return spoken("jip_eligibility", compute_eligibility(*args, rules=rules, **kwargs), rules)

COMPLETE = dict(nationality="Viet Nam", age=25, residing_in_japan=False, jlpt_level="N2",
                english_proficient=False, participated_fiscal_years=[])


def _verdicts(result) -> dict[str, str]:
    return {c.criterion: c.verdict for c in result.criteria}


def test_complete_eligible_applicant(rules: RuleBook) -> None:
    result = jip_eligibility(**COMPLETE, rules=rules)
    assert result.eligible == "yes"
    assert set(_verdicts(result).values()) == {"yes"}
    assert result.missing == []
    assert {"jip.nationality", "jip.age", "dac.vnm"} <= {r.id for r in result.rules_used}


@pytest.mark.parametrize(
    ("given", "iso3"),
    [
        ("Viet Nam", "VNM"), ("Vietnam", "VNM"), ("viet nam", "VNM"), ("VIETNAM", "VNM"), ("VNM", "VNM"),
        ("vnm", "VNM"), ("Vietnamese", "VNM"), ("Socialist Republic of Vietnam", "VNM"),
        ("Laos", "LAO"), ("Lao PDR", "LAO"), ("Lao People’s Democratic Republic", "LAO"),
        ("Turkey", "TUR"), ("Türkiye", "TUR"), ("turkiye", "TUR"), ("TUR", "TUR"),
        ("Ivory Coast", "CIV"), ("Côte d'Ivoire", "CIV"), ("Cote d'Ivoire", "CIV"), ("côte d’ivoire", "CIV"),
        ("Burma", "MMR"), ("Myanmar", "MMR"), ("Swaziland", "SWZ"), ("eSwatini", "SWZ"),
        ("DR Congo", "COD"), ("Congo", "COG"), ("Palestine", "PSE"), ("West Bank and Gaza Strip", "PSE"),
        ("North Korea", "PRK"), ("The Gambia", "GMB"), ("Gambia", "GMB"), ("the Philippines", "PHL"),
        ("Filipino", "PHL"), ("  Nepal  ", "NPL"), ("Kosovo", "XKX"), ("Cape Verde", "CPV"),
        ("East Timor", "TLS"), ("Macedonia", "MKD"), ("Syria", "SYR"), ("Bosnia & Herzegovina", "BIH"),
        ("Guinea-Bissau", "GNB"), ("Sao Tomé and Príncipe", "STP"),
    ],
)
def test_nationality_on_the_dac_list(rules: RuleBook, given: str, iso3: str) -> None:
    result = jip_eligibility(given, rules=rules)
    assert result.nationality_match.iso3 == iso3
    assert _verdicts(result)["nationality"] == "yes"
    assert f"dac.{iso3.lower()}" in {r.id for r in result.rules_used}


@pytest.mark.parametrize(
    ("given", "iso3", "on_list"),
    [("ベトナム", "VNM", True), ("フィリピン", "PHL", True), ("ネパール", "NPL", True), ("インドネシア", "IDN", True),
     ("インド", "IND", True), ("ミャンマー", "MMR", True), ("中国", "CHN", True), ("韓国", "KOR", False),
     ("フランス", "FRA", False), ("日本", "JPN", False),
     # the alias table's Japanese short names (each its own key: the tool's normalising once turned every non-Latin
     # name into the same empty key)
     ("アメリカ", "USA", False), ("米国", "USA", False), ("英国", "GBR", False), ("バングラディシュ", "BGD", True)],
)
def test_the_calculator_takes_a_country_named_in_japanese(rules: RuleBook, given: str, iso3: str, on_list: bool) -> None:
    """The form and the LLM may pass the name as the user wrote it: CLDR's names of every locale count."""
    match = jip_eligibility(given, rules=rules).nationality_match
    assert (match.iso3, match.on_dac_list) == (iso3, on_list)


@pytest.mark.parametrize("given", ["China", "china", "CHN", "PRC", "People's Republic of China", "Chinese"])
def test_china_is_excluded_with_reason(rules: RuleBook, given: str) -> None:
    result = jip_eligibility(given, rules=rules)
    assert result.eligible == "no"
    assert result.nationality_match.excluded is True
    assert "excludes the People's Republic of China" in result.explanation


@pytest.mark.parametrize(
    ("given", "iso3"),
    [("France", "FRA"), ("Japan", "JPN"), ("Japanese", "JPN"), ("USA", "USA"), ("UK", "GBR"),
     ("South Korea", "KOR"), ("Taiwan", "TWN"), ("Singapore", "SGP"), ("Hong Kong", "HKG"), ("Germany", "DEU")],
)
def test_countries_not_on_the_list(rules: RuleBook, given: str, iso3: str) -> None:
    result = jip_eligibility(given, rules=rules)
    assert result.nationality_match.iso3 == iso3
    assert result.nationality_match.on_dac_list is False
    assert result.eligible == "no"
    assert "not on the DAC list" in result.explanation


@pytest.mark.parametrize(("given", "suggestion"), [("Vietnan", "Viet Nam"), ("Atlantis", None), ("Narnia", None),
                                                   ("Indonesai", "Indonesia")])
def test_unknown_nationality_is_unknown_with_a_clear_message(rules: RuleBook, given: str, suggestion) -> None:
    result = jip_eligibility(given, age=25, residing_in_japan=False, jlpt_level="N1", rules=rules)
    assert result.eligible == "unknown"
    assert _verdicts(result)["nationality"] == "unknown"
    assert f"could not recognise {given!r}" in result.explanation
    assert any(m.startswith("nationality:") for m in result.missing)
    if suggestion:
        assert suggestion in result.nationality_match.suggestions
        assert f"Did you mean {suggestion}" in result.explanation


def test_ambiguous_korea(rules: RuleBook) -> None:
    result = jip_eligibility("Korea", rules=rules)
    assert result.nationality_match.kind == "ambiguous"
    assert _verdicts(result)["nationality"] == "unknown"
    assert "South Korea" in result.explanation


@pytest.mark.parametrize("given", [None, "", "   "])
def test_missing_nationality(rules: RuleBook, given) -> None:
    result = jip_eligibility(given, rules=rules)
    assert _verdicts(result)["nationality"] == "unknown"
    assert any(m.startswith("nationality:") for m in result.missing)


def test_nothing_known_lists_everything_missing(rules: RuleBook) -> None:
    result = jip_eligibility(rules=rules)
    assert result.eligible == "unknown"
    assert [m.split(":")[0] for m in result.missing] == [
        "nationality", "residing_in_japan", "jlpt_level", "english_proficient", "age"
    ]


@pytest.mark.parametrize(
    ("change", "criterion", "verdict"),
    [
        ({"residing_in_japan": True}, "not_residing_in_japan", "no"),
        ({"residing_in_japan": None}, "not_residing_in_japan", "unknown"),
        ({"age": 17}, "age", "no"),
        ({"age": 18}, "age", "yes"),
        ({"age": 40}, "age", "yes"),
        ({"age": 41}, "age", "no"),
        ({"age": None}, "age", "unknown"),
        ({"jlpt_level": "N3"}, "language", "yes"),
        ({"jlpt_level": "n1"}, "language", "yes"),
        ({"jlpt_level": "JLPT N2"}, "language", "yes"),
        ({"jlpt_level": 3}, "language", "yes"),
        ({"jlpt_level": "4"}, "language", "no"),
        ({"jlpt_level": "N4"}, "language", "no"),
        ({"jlpt_level": "N5"}, "language", "no"),
        ({"jlpt_level": "none"}, "language", "no"),
        ({"jlpt_level": "N4", "english_proficient": True}, "language", "yes"),
        ({"jlpt_level": None, "english_proficient": True}, "language", "yes"),
        ({"jlpt_level": "N4", "english_proficient": None}, "language", "unknown"),
        ({"jlpt_level": None, "english_proficient": False}, "language", "unknown"),
        ({"participated_fiscal_years": [2016]}, "not_previous_participant", "no"),
        ({"participated_fiscal_years": [2023]}, "not_previous_participant", "no"),
        ({"participated_fiscal_years": [2015, 2024]}, "not_previous_participant", "yes"),
    ],
)
def test_each_criterion(rules: RuleBook, change: dict, criterion: str, verdict: str) -> None:
    result = jip_eligibility(**{**COMPLETE, **change}, rules=rules)
    assert _verdicts(result)[criterion] == verdict
    assert result.eligible == ("yes" if verdict == "yes" else verdict)


def test_null_participation_list_means_none(rules: RuleBook) -> None:
    from bot.tools import run_tool

    outcome = run_tool("jip_eligibility", {**COMPLETE, "participated_fiscal_years": None}, rules)
    assert outcome.ok and outcome.result["eligible"] == "yes"


@pytest.mark.parametrize(("years", "verdict"), [([], "unknown"), ([2019], "no"), ([2014], "yes"), ([2014, 2020], "no")])
def test_participation_without_a_year_asks_the_year(rules: RuleBook, years: list[int], verdict: str) -> None:
    """An earlier participation whose year is not known leaves the criterion open and asks the year; a year told
    decides it."""
    prev = rules.jip.previous_participation
    result = jip_eligibility(**{**COMPLETE, "participated_fiscal_years": years, "participated_before": True},
                             rules=rules)
    assert _verdicts(result)["not_previous_participant"] == verdict and result.eligible == verdict
    if verdict == "unknown":
        assert [m.split(":")[0] for m in result.missing] == ["participated_fiscal_years"]
        detail = next(c.detail for c in result.criteria if c.criterion == "not_previous_participant")
        assert f"FY{prev.first_fiscal_year}" in detail and f"FY{prev.last_fiscal_year}" in detail
    else:
        assert result.missing == []


@pytest.mark.parametrize("before", [False, None])
def test_no_earlier_participation_told_is_none(rules: RuleBook, before) -> None:
    result = jip_eligibility(**{**COMPLETE, "participated_before": before}, rules=rules)
    assert result.eligible == "yes"


def test_language_missing_says_what_to_ask(rules: RuleBook) -> None:
    result = jip_eligibility(**{**COMPLETE, "jlpt_level": "N4", "english_proficient": None}, rules=rules)
    assert [m.split(":")[0] for m in result.missing] == ["english_proficient"]


def test_no_verdict_lists_every_reason(rules: RuleBook) -> None:
    result = jip_eligibility("TUR", 41, True, None, True, [2019], rules=rules)
    assert result.eligible == "no"
    for words in ("living in Japan", "Age 41", "FY2019"):
        assert words in result.explanation


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"age": -1}, "age"), ({"age": 200}, "age"), ({"age": "old"}, "age"), ({"age": True}, "age"),
        ({"age": 25.5}, "age"), ({"age": float("nan")}, "age"),
        ({"jlpt_level": "N7"}, "jlpt_level"), ({"jlpt_level": "fluent"}, "jlpt_level"),
        ({"jlpt_level": True}, "jlpt_level"), ({"jlpt_level": 3.5}, "jlpt_level"),
        ({"residing_in_japan": "maybe"}, "residing_in_japan"),
        ({"english_proficient": "sort of"}, "english_proficient"),
        ({"nationality": "x" * 101}, "nationality"),
        ({"participated_fiscal_years": [1800]}, "participated_fiscal_years"),
        ({"participated_fiscal_years": "2019"}, "participated_fiscal_years"),
    ],
)
def test_bad_input_names_the_field(rules: RuleBook, kwargs: dict, field: str) -> None:
    with pytest.raises(ValidationError) as info:
        jip_eligibility(**kwargs, rules=rules)
    assert info.value.errors()[0]["loc"][0] == field


@pytest.mark.parametrize(
    ("mode", "days", "per_day", "total"),
    [("in_person", 1, 3000, 3000), ("in_person", 10, 3000, 30000), ("in_person", 366, 3000, 1_098_000),
     ("online", 1, 1000, 1000), ("online", 30, 1000, 30000)],
)
def test_support_funds(rules: RuleBook, mode: str, days: int, per_day: int, total: int) -> None:
    result = spoken("jip_support_funds", jip_support_funds(mode, days, rules=rules), rules)
    assert (result.yen_per_day, result.total_yen) == (per_day, total)
    assert f"{total:,} yen" in result.explanation
    assert result.rules_used[0].confidence == "UNCONFIRMED"
    if mode == "online":
        assert "local currency" in result.explanation and "local currency" in result.paid_in
        assert any("exchange rate" in n for n in result.notes)


@pytest.mark.parametrize(
    ("mode", "days", "field"),
    [("in_person", 0, "days"), ("online", -3, "days"), ("online", 367, "days"), ("online", "x", "days"),
     ("online", 2.5, "days"), ("hybrid", 3, "mode"), (None, 3, "mode")],
)
def test_support_funds_bad_input(rules: RuleBook, mode, days, field: str) -> None:
    with pytest.raises(ValidationError) as info:
        jip_support_funds(mode, days, rules=rules)
    assert info.value.errors()[0]["loc"] == (field,)
