"""RuleBook.load: the rule files load, every row is cited, and a broken file is named with its field."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
import yaml

from bot.errors import BotError
from bot.rules import RuleBook, RuleFileError

# The shared folder sits beside the repository (../shared), in CI as on a workstation.
REPO = Path(__file__).resolve().parents[2]
SHARED_DAC = REPO.parent / "shared" / "domain" / "dac_list_2024_25.csv"


def test_every_row_has_id_source_and_confidence(rules: RuleBook) -> None:
    assert len(rules.rows) > 250
    for rule_id, row in rules.rows.items():
        assert row.id == rule_id
        assert row.text.strip()
        assert row.source and all(s in rules.sources for s in row.source)
        assert row.confidence in {"H", "M", "UNCONFIRMED"}


def test_confidences_follow_rules_md(rules: RuleBook) -> None:
    assert rules.rows["titp.quota.basic.31-40"].confidence == "H"
    assert rules.rows["titp.quota.rounding"].confidence == "M"  # ordinance wording H, practice tables M
    assert rules.quota.rounding.order == "multiply_first"
    assert rules.rows["titp.quota.headcount"].confidence == "H"
    assert rules.rows["titp.fte.definition"].confidence == "M"
    assert rules.rows["titp.quota.excellent.condition"].confidence == "M"
    assert rules.rows["nursing.stages.standard"].confidence == "M"  # confirmed (RULES.md 2), no longer UNCONFIRMED
    assert rules.rows["nursing.stages.excellent"].confidence == "M"
    assert rules.rows["nursing.counted_staff"].confidence == "M"
    assert all(rules.rows[r.id].confidence == "M" for r in rules.quota.not_covered)
    assert rules.rows["titp.time.peripheral.max"].confidence == "H"
    assert rules.rows["titp.time.peripheral.max.seed"].confidence == "UNCONFIRMED"
    assert rules.rows["jip.funds.online"].confidence == "UNCONFIRMED"
    assert rules.rows["reskills.hours.later_rounds"].confidence == "H"  # METI's 17th-round form
    assert rules.rows["reskills.fields.2024"].confidence == "H"
    assert str(rules.jip.age.reference_date) == "2024-08-01"


def test_facts_newer_than_the_seeds_are_rows_with_rules_md_confidence(rules: RuleBook) -> None:
    # shared/domain/RULES.md section 6
    expected = {
        "updates.ssw.fields-2024": "H", "updates.ssw.fields-2026": "M", "updates.ssw.ii.fields-2023": "H",
        "updates.ssw.stay-2025": "M", "updates.titp.occupations-2021": "M",
        "updates.titp.occupations-2025": "M", "updates.titp.replaced-2027": "H",
        "updates.titp.esd-details": "M", "updates.reskills.later-rounds": "H", "updates.jip.call": "H",
        "updates.jip.fy2025": "H",
    }
    for rule_id, confidence in expected.items():
        assert rules.rows[rule_id].confidence == confidence, rule_id
    replaced = rules.ref("updates.titp.replaced-2027")
    assert "2027-04-01" in replaced.text and "No. 60 of 2024" in replaced.source
    assert "Cabinet Order No. 340" in replaced.source
    by_id = {row.id: row for row in rules.updates.updates}
    assert by_id["updates.titp.replaced-2027"].programs == ["titp"]
    assert "16" in by_id["updates.ssw.fields-2024"].text and "2023-08-31" in by_id["updates.ssw.ii.fields-2023"].text


def test_dates_of_rules_md_6_are_data(rules: RuleBook) -> None:
    """The dates and counts of RULES.md 6 (and 4, 5) are named values on their rows, not only prose."""
    from datetime import date

    by_id = {row.id: row for row in rules.updates.updates}
    assert by_id["updates.ssw.fields-2024"].data["decided_2022"] == date(2022, 4, 26)
    assert by_id["updates.ssw.fields-2024"].data["in_force_2022"] == date(2022, 5, 25)
    assert by_id["updates.ssw.fields-2024"].data["decided_2024"] == date(2024, 3, 29)
    assert by_id["updates.ssw.fields-2026"].data == {
        "fields": 19, "decided": date(2026, 1, 23),
        "added": ["logistics warehousing", "resource recycling", "linen supply"],
    }
    assert by_id["updates.ssw.stay-2025"].data["extended_from"] == date(2025, 9, 30)
    assert by_id["updates.titp.replaced-2027"].data["starts"] == date(2027, 4, 1)
    assert by_id["updates.titp.replaced-2027"].data["cabinet_order_date"] == date(2025, 10, 1)
    assert by_id["updates.titp.esd-details"].data["cap_esd_fy2028"] == 426_200
    assert by_id["updates.reskills.later-rounds"].data["dx_round_opened"] == date(2023, 10, 2)
    assert by_id["updates.jip.fy2025"].data["age_reference_date"] == date(2025, 8, 25)
    esd = rules.quota.not_covered_case("employment_for_skill_development")
    assert esd.effective == by_id["updates.titp.replaced-2027"].data["starts"]


def test_full_time_definition_and_excellent_condition_are_data(rules: RuleBook) -> None:
    d = rules.quota.full_time_definition
    assert (d.min_days_per_week, d.min_days_per_year, d.min_hours_per_week, d.employment_insurance_min_hours) == (
        5, 217, 30, 20
    )
    assert str(rules.quota.excellent_condition.min_score_share) == "3/5"
    assert "一般監理団体" in rules.quota.excellent_condition.text
    counted = rules.nursing.counted_staff
    assert "EPA candidates" in counted.not_counted and "EPA-qualified certified care workers" in counted.counted


def test_updates_file_is_required(rules_copy: Path) -> None:
    (rules_copy / "updates.yaml").unlink()
    with pytest.raises(RuleFileError, match="updates.yaml: file is missing"):
        RuleBook.load(rules_copy)


def test_ref_resolves_source_titles_and_documents(rules: RuleBook) -> None:
    ref = rules.ref("titp.time.peripheral.max.seed")
    assert "seed document 003" in ref.source
    assert ref.doc_ids == ["technical-intern-training-system"]
    assert ref.confidence == "UNCONFIRMED"


def test_dac_list_has_141_entries_with_china(rules: RuleBook) -> None:
    assert len(rules.dac) == 141
    iso = {c.iso3 for c in rules.dac}
    assert "CHN" in iso and "VNM" in iso and "PSE" in iso
    assert rules.jip.nationality.excluded_iso3 == ["CHN"]


def test_dac_list_is_a_faithful_copy_of_the_shared_list(rules: RuleBook) -> None:
    assert SHARED_DAC.is_file(), f"link the shared folder beside the repository: {SHARED_DAC.parents[1]} is missing"
    with SHARED_DAC.open(encoding="utf-8") as handle:
        shared = [(r["name"], r["iso3"], r["group"]) for r in csv.DictReader(handle)]
    assert [(c.name, c.iso3, c.group) for c in rules.dac] == shared


def test_every_alias_points_at_a_known_country(rules: RuleBook) -> None:
    import pycountry

    known = {c.iso3 for c in rules.dac} | {c.alpha_3 for c in pycountry.countries}
    for alias in rules.aliases:
        assert set(alias.candidates) <= known, alias.id


def _edit_yaml(path: Path, change) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")


@pytest.mark.parametrize(
    ("file", "change", "expected"),
    [
        ("titp_quota.yaml", lambda d: d["basic_number"][1].update(basic="four"), "basic_number.1.basic"),
        ("titp_quota.yaml", lambda d: d["basic_number"][2].update(min_employees=42), "gap or overlap"),
        ("titp_quota.yaml", lambda d: d["basic_number"][-1].update(max_employees=5000), "open-ended"),
        ("titp_quota.yaml", lambda d: d["stages"].pop(), "excellent no3"),
        ("titp_quota.yaml", lambda d: d["stages"][0].update(confidence="high"), "stages.0.confidence"),
        ("titp_quota.yaml", lambda d: d["stages"][0].pop("source"), "stages.0.source"),
        ("titp_quota.yaml", lambda d: d["rounding"].update(source="nowhere"), "unknown source id"),
        ("titp_quota.yaml", lambda d: d["basic_number"][1].update(id="titp.quota.basic.0-30"), "duplicate rule id"),
        ("titp_quota.yaml", lambda d: d["not_covered"].pop(0), "not_covered needs exactly one row for case 'construction'"),
        ("titp_quota.yaml", lambda d: d["not_covered"][0].update(case="mining"), "not_covered.0.case"),
        ("titp_quota.yaml", lambda d: d["rounding"].update(order="sometimes"), "rounding.order"),
        ("titp_quota.yaml", lambda d: d["full_time_definition"].update(min_days_per_week=9),
         "full_time_definition.min_days_per_week"),
        ("titp_quota.yaml", lambda d: d.pop("excellent_condition"), "excellent_condition"),
        ("nursing_care.yaml", lambda d: d["stages"][0].update(together_multiplier=4), "disagree with the general stage rows"),
        ("nursing_care.yaml", lambda d: d["stages"].pop(), "one row for standard and one for excellent"),
        ("nursing_care.yaml", lambda d: d["counted_staff"].pop("counted"), "counted_staff.counted"),
        ("training_time.yaml", lambda d: d["limits"][2].update(share="one third"), "limits.2.share"),
        ("training_time.yaml", lambda d: d["limits"][0].update(kind="at_least"), "limits.0.kind"),
        ("nursing_care.yaml", lambda d: d["small_establishment"].update(max_staff=-1), "small_establishment.max_staff"),
        ("reskills.yaml", lambda d: d["application_window"].update(opens="soon"), "application_window.opens"),
        ("jip.yaml", lambda d: d["age"].update(min_age="eighteen"), "age.min_age"),
        ("jip.yaml", lambda d: d["support_funds"].pop(), "support_funds"),
        ("jip.yaml", lambda d: d.update(surprise=1), "surprise"),
        ("updates.yaml", lambda d: d["updates"][0].update(confidence="M-H"), "updates.0.confidence"),
        ("updates.yaml", lambda d: d["updates"][1].pop("programs"), "updates.1.programs"),
        ("updates.yaml", lambda d: d["updates"][0].update(programs=["visa"]), "not among the keys of 'programs'"),
        ("updates.yaml", lambda d: d["updates"][0].update(note="Since {date}"), "updates.0.note"),
        ("updates.yaml", lambda d: d["updates"][1].update(also_cites=["updates.nope"]), "also_cites"),
        ("updates.yaml", lambda d: d["updates"][0].update(source="cabinet-2099"), "unknown source id"),
        ("updates.yaml", lambda d: d["updates"][-2].update(id=d["updates"][-3]["id"]), "duplicate rule id"),
        ("updates.yaml", lambda d: d.pop("programs"), "field programs"),
    ],
)
def test_malformed_yaml_names_file_and_field(rules_copy: Path, file: str, change, expected: str) -> None:
    _edit_yaml(rules_copy / file, change)
    with pytest.raises(RuleFileError) as info:
        RuleBook.load(rules_copy)
    message = str(info.value)
    assert file in message
    assert expected in message
    assert isinstance(info.value, BotError)  # the CLI turns it into one line, not a traceback


def test_invalid_yaml_syntax(rules_copy: Path) -> None:
    (rules_copy / "jip.yaml").write_text("age: [unclosed\n", encoding="utf-8")
    with pytest.raises(RuleFileError, match=r"jip\.yaml: not valid YAML"):
        RuleBook.load(rules_copy)


def test_yaml_that_is_not_a_mapping(rules_copy: Path) -> None:
    (rules_copy / "reskills.yaml").write_text("- just\n- a list\n", encoding="utf-8")
    with pytest.raises(RuleFileError, match="reskills.yaml: expected a mapping"):
        RuleBook.load(rules_copy)


def test_missing_file(rules_copy: Path) -> None:
    (rules_copy / "nursing_care.yaml").unlink()
    with pytest.raises(RuleFileError, match="nursing_care.yaml: file is missing"):
        RuleBook.load(rules_copy)


def test_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(RuleFileError, match="rules folder does not exist"):
        RuleBook.load(tmp_path / "nope")


def test_bad_csv_row_names_line_and_field(rules_copy: Path) -> None:
    path = rules_copy / "dac_list_2024_25.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[3] = lines[3].replace("BGD", "bgd1")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(RuleFileError, match=r"dac_list_2024_25\.csv: line 4: field iso3"):
        RuleBook.load(rules_copy)


def test_bad_alias_confidence(rules_copy: Path) -> None:
    path = rules_copy / "country_aliases.csv"
    text = path.read_text(encoding="utf-8").replace("Vietnam,VNM,alternative_name,country-names,H",
                                                    "Vietnam,VNM,alternative_name,country-names,sure")
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RuleFileError, match=r"country_aliases\.csv: line 2: field confidence"):
        RuleBook.load(rules_copy)


def test_thresholds_are_read_from_the_files(rules_copy: Path) -> None:
    """Rules are data: changing a row changes the tool's answer without touching code."""
    from bot.tools import trainee_quota

    _edit_yaml(rules_copy / "titp_quota.yaml", lambda d: d["basic_number"][1].update(basic=7))
    changed = RuleBook.load(rules_copy)
    assert trainee_quota(35, rules=changed).basic_number == 7


def test_exact_fraction_rule_can_be_switched_in_data(rules_copy: Path) -> None:
    """The rounding order is a row: 'basic_first' (the old, wrong reading) gives 30 for 310 employees' No.2."""
    from bot.tools import trainee_quota

    assert trainee_quota(310, rules=RuleBook.load(rules_copy)).no2_at_once == 31
    _edit_yaml(rules_copy / "titp_quota.yaml", lambda d: d["rounding"].update(order="basic_first"))
    assert trainee_quota(310, rules=RuleBook.load(rules_copy)).no2_at_once == 30
