"""Variant generation from the perturbation data: every kind, the repo's data file, determinism, and the
classes of input a rewrite must leave alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.errors import DatasetError
from bot.evaluation.dataset import Case
from bot.evaluation.perturb import PerturbationSpec, load_spec, make_variants, invariant_candidates

SPEC = PerturbationSpec.model_validate({
    "seed": 3,
    "invariant": {
        "filler": {"templates": {"en": ["Hi, {text}", "Um, {text_lc}"], "ja": ["すみません、{text}"]}},
        "typo": {"min_word_length": 6},
        "casing": {"modes": ["lower"]},
        "number_words": {"languages": ["en", "ja"]},
        "unit_variant": {"groups": {"en": [["full-time employees", "staff", "people"]], "ja": [["人", "名"]]}},
        "fullwidth_digits": {},
    },
    "directional": {
        "more": {"tool": "trainee_quota", "increase_number": "full_time_employees", "by": [1, 10],
                 "non_decreasing": ["no1_at_once"]},
        "older": {"tool": "jip_eligibility", "set_number": "age", "to": [45], "equals": {"eligible": "no"}},
        "again": {"tool": "jip_eligibility", "unless_args": ["participated_fiscal_years"],
                  "append": {"en": ["I took part in fiscal 2023."]}, "equals": {"eligible": "no"}},
    },
})


def quota_case(question: str = "We have 1,045 full-time employees. What is our quota?", **args) -> Case:
    return Case(id="q", question=question,
                expect={"tool": "trainee_quota", "tool_args": {"full_time_employees": 1045, **args}})


def texts(case: Case, kind: str) -> list[str]:
    return [m[-1] for k, _, m in invariant_candidates(case, SPEC) if k == kind]


def test_the_repo_data_file_loads_and_names_every_kind_of_the_issue():
    spec = load_spec(Path(__file__).parents[2] / "eval" / "robustness" / "perturbations.yaml")
    kinds = {name for name, value in spec.invariant if value is not None}
    assert kinds == {"filler", "politeness", "adverb", "typo", "casing", "number_words", "unit_variant",
                     "fullwidth_digits"}
    assert {r.tool for r in spec.directional.values()} >= {"trainee_quota", "jip_eligibility"}


def test_each_invariant_kind_rewrites_without_changing_the_number_the_tool_needs():
    case = quota_case()
    assert "Hi, We have 1,045 full-time employees. What is our quota?" in texts(case, "filler")
    assert "Um, we have 1,045 full-time employees. What is our quota?" in texts(case, "filler")
    assert texts(case, "casing") == ["we have 1,045 full-time employees. what is our quota?"]
    assert "We have one thousand and forty-five full-time employees. What is our quota?" in texts(case, "number_words")
    assert texts(case, "fullwidth_digits") == ["We have １０４５ full-time employees. What is our quota?"]
    assert {"We have 1,045 staff. What is our quota?", "We have 1,045 people. What is our quota?"} == set(
        texts(case, "unit_variant"))
    typos = texts(case, "typo")
    assert typos and all(len(t) == len(case.question) and t != case.question for t in typos)


def test_japanese_messages_get_japanese_number_words_and_units():
    case = Case(id="ja", question="従業員は45人です。受け入れ人数は？",
                expect={"tool": "trainee_quota", "tool_args": {"full_time_employees": 45}})
    assert texts(case, "number_words") == ["従業員は四十五人です。受け入れ人数は？"]
    assert texts(case, "unit_variant") == ["従業員は45名です。受け入れ人数は？"]
    assert texts(case, "filler") == ["すみません、従業員は45人です。受け入れ人数は？"]
    assert texts(case, "typo") == [] and texts(case, "casing") == []


@pytest.mark.parametrize("question", ["-45 employees?", "4.5 employees?", "45.0 employees", "1e45 employees"])
def test_numbers_with_a_sign_fraction_or_exponent_are_never_rewritten(question: str):
    case = Case(id="x", question=question, expect={"tool_args": {"full_time_employees": 45}})
    assert texts(case, "number_words") == [] and texts(case, "fullwidth_digits") == []


def test_a_number_ending_a_sentence_is_still_a_number():
    case = Case(id="p", question="Quota? We have 45.", expect={"tool_args": {"full_time_employees": 45}})
    assert texts(case, "number_words") == ["Quota? We have forty-five."]


def test_only_numbers_the_tool_receives_are_written_in_words():
    case = quota_case("Since 2019 we have 1,045 full-time employees.")
    assert all("2019" in t for t in texts(case, "number_words"))


def test_no_typo_in_words_a_tool_receives_as_text_and_no_wrapping_of_wordless_input():
    case = Case(id="j", question="I am from Atlantis, living abroad", expect={"tool_args": {"nationality": "Atlantis"}})
    assert all("Atlantis" in t for t in texts(case, "typo"))
    assert all("Atlantis" in m[-1] for k, _, m in invariant_candidates(
        Case(id="k", question="I am from Atlantis, living abroad"), SPEC, {"atlantis"}) if k == "typo")
    assert texts(Case(id="e", question="🤔🤔 ???"), "filler") == []


def test_directional_variants_change_the_last_stated_value_and_say_what_the_tool_must_receive():
    case = Case(id="m", turns=["Quota? We have 120 employees", "sorry, 95"],
                expect={"tool": "trainee_quota", "tool_args": {"full_time_employees": 95}})
    variants = [v for v in make_variants(case, SPEC, 5) if v.type == "directional"]
    assert {v.messages[-1] for v in variants} == {"sorry, 96", "sorry, 105"}
    assert all(v.messages[0] == "Quota? We have 120 employees" for v in variants)
    assert {v.expected_args["full_time_employees"] for v in variants} == {96, 105}


def test_a_rule_is_skipped_for_cases_of_another_tool_or_that_already_state_its_fact():
    jip = Case(id="j", question="I'm 25, from Kenya. Eligible? I took part in FY2018.",
               expect={"tool": "jip_eligibility", "tool_args": {"age": 25, "participated_fiscal_years": [2018]}})
    kinds = {v.kind for v in make_variants(jip, SPEC, 5) if v.type == "directional"}
    assert kinds == {"older"}
    assert [v.kind for v in make_variants(Case(id="k", question="What is TITP?"), SPEC, 5) if v.type == "directional"] == []


def test_variants_are_deterministic_by_seed_spread_over_kinds_and_capped_at_n():
    case = quota_case()
    first = make_variants(case, SPEC, 3)
    assert first == make_variants(case, SPEC, 3)
    invariant = [v for v in first if v.type == "invariant"]
    assert len(invariant) == 3 and len({v.kind for v in invariant}) == 3
    assert len([v for v in first if v.type == "directional"]) == 2  # only two `by` values
    others = [make_variants(case, SPEC, 3, seed=s) for s in range(5)]
    assert any(o != first for o in others)
    assert make_variants(case, SPEC, 0) == []


def test_a_malformed_data_file_is_one_clear_error(tmp_path: Path):
    path = tmp_path / "p.yaml"
    path.write_text("directional:\n  bad:\n    tool: trainee_quota\n    non_decreasing: [x]\n", encoding="utf-8")
    with pytest.raises(DatasetError, match="invalid perturbation file .*bad.*exactly one of"):
        load_spec(path)
    with pytest.raises(DatasetError, match="perturbation file not found"):
        load_spec(tmp_path / "none.yaml")
