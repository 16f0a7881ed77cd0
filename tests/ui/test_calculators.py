"""Calculator forms: fields read from the pydantic input models, per-field validation messages."""

from __future__ import annotations

from typing import Literal

import pytest
from pydantic import BaseModel, Field

from bot.ui.calculators import UNKNOWN, describe_field, field_errors, read_value


class Sample(BaseModel):
    full_time_employees: int = Field(ge=0, le=1_000_000)
    hours: float = Field(0.0, ge=0)
    occupation: Literal["general", "nursing_care"] = "general"
    excellent: bool = False
    residing_in_japan: bool | None = None
    nationality: str | None = None
    participated_fiscal_years: list[int] = Field(default_factory=list)


def forms():
    return {n: describe_field(n, info) for n, info in Sample.model_fields.items()}


def test_describe_fields():
    f = forms()
    assert f["full_time_employees"].kind == "int" and not f["full_time_employees"].optional
    assert f["hours"].kind == "float"
    assert f["occupation"].kind == "choice" and f["occupation"].choices == ("general", "nursing_care")
    assert f["excellent"].kind == "bool"
    assert f["residing_in_japan"].kind == "tristate" and f["residing_in_japan"].optional
    assert f["nationality"].kind == "text" and f["nationality"].optional
    assert f["participated_fiscal_years"].kind == "int_list"


@pytest.mark.parametrize(
    ("field", "raw", "expected"),
    [
        ("full_time_employees", 45.0, (True, 45, None)),
        ("full_time_employees", None, (False, None, "This field is required.")),
        ("full_time_employees", 4.5, (True, 4.5, None)),  # the model's message names it (field_errors)
        ("full_time_employees", True, (True, True, None)),
        ("hours", 12.5, (True, 12.5, None)),
        ("excellent", True, (True, True, None)),
        ("residing_in_japan", UNKNOWN, (False, None, None)),
        ("residing_in_japan", "no", (True, False, None)),
        ("nationality", "  ", (False, None, None)),
        ("nationality", " Viet Nam ", (True, "Viet Nam", None)),
        ("participated_fiscal_years", "2023, 2024", (True, [2023, 2024], None)),
        ("participated_fiscal_years", "", (False, None, None)),
    ],
)
def test_read_value(field, raw, expected):
    assert read_value(forms()[field], raw) == expected


def test_read_value_bad_list():
    present, _, error = read_value(forms()["participated_fiscal_years"], "twenty")
    assert present and "whole numbers" in error


def test_field_errors_name_the_field():
    errors = field_errors(Sample, {"full_time_employees": -3, "hours": -1})
    assert set(errors) == {"full_time_employees", "hours"}
    assert "greater than or equal to 0" in errors["full_time_employees"]
    assert field_errors(Sample, {"full_time_employees": 3}) == {}


def test_annotated_types_are_unwrapped():
    from typing import Annotated

    from pydantic import BeforeValidator

    Count = Annotated[int, BeforeValidator(lambda v: v)]

    class M(BaseModel):
        a: Count
        b: Count | None = None
        c: list[Count] = Field(default_factory=list)
        d: Literal["x", "y"] | None = None

    f = {n: describe_field(n, info) for n, info in M.model_fields.items()}
    assert (f["a"].kind, f["b"].kind, f["c"].kind, f["d"].kind) == ("int", "int", "int_list", "choice")
    assert f["b"].optional and f["d"].optional


# --- forms as a person sees them ----------------------------------------------------------------------

def test_numbers_are_read_as_typed():
    from bot.ui.calculators import parse_number

    assert parse_number("1,000") == 1000 and parse_number("４５") == 45 and parse_number(" 12.5 ") == 12.5
    assert parse_number("forty") is None and parse_number("nan") is None and parse_number("inf") is None
    assert parse_number(True) is None


def test_text_number_fields():
    f = forms()
    assert read_value(f["full_time_employees"], "") == (False, None, "This field is required.")
    assert read_value(f["full_time_employees"], "forty") == (True, "forty", None)  # the model names it
    assert read_value(f["full_time_employees"], "1,200") == (True, 1200, None)
    assert field_errors(Sample, {"full_time_employees": "forty"})["full_time_employees"]


def test_every_error_is_shown_at_once_beside_its_field(settings):
    from bot.rules import RuleBook
    from bot.tools.jip import JipEligibilityInput
    from bot.ui.calculators import calculate
    from bot.ui.feedback import FeedbackLog
    from bot.ui.services import Services

    services = Services(settings=settings, store=None, retriever=None, rules=RuleBook.load(settings.rules_dir),
                        bot=None, feedback=FeedbackLog(settings.feedback_file))
    forms_ = [describe_field(n, info) for n, info in JipEligibilityInput.model_fields.items()]
    values = {"nationality": "", "age": "300", "residing_in_japan": UNKNOWN, "jlpt_level": "",
              "english_proficient": UNKNOWN, "participated_fiscal_years": "last year", "other_nationalities": "",
              "participated_before": UNKNOWN}
    *messages, card = calculate(services, "jip_eligibility", JipEligibilityInput, forms_, [values[f.name] for f in forms_])
    flagged = {f.name for f, m in zip(forms_, messages) if m}
    assert flagged == {"age", "participated_fiscal_years"}  # both at once, not one per click
    assert "tool-error" in card and "marked with ⚠" in card
    # Nothing typed: no verdict of "not eligible" from a 0 that nobody entered.
    *messages, card = calculate(services, "jip_eligibility", JipEligibilityInput, forms_,
                                ["", "", UNKNOWN, "", UNKNOWN, "", "", UNKNOWN])
    assert not any(messages) and "tool-error" not in card
    assert "not eligible" not in card.split('class="tool-explanation">')[1].split("</p>")[0].lower()


def test_labels_come_from_titles_or_words(settings):
    from bot.ui.calculators import field_label, register_field_text
    from bot.ui.i18n import UiText

    class Titled(BaseModel):
        practical_hours: float = Field(title="Hours of practical work", description="Practice and exercises.")
        total_hours: float

    assert field_label("practical_hours", Titled.model_fields["practical_hours"]) == "Hours of practical work"
    assert field_label("total_hours", Titled.model_fields["total_hours"]) == "Total hours"
    text = UiText.load()
    register_field_text(text, "practical_hours", Titled.model_fields["practical_hours"])
    catalogue = text.catalogue()
    assert catalogue["en"]["field__practical_hours"] == "Hours of practical work"
    assert catalogue["ja"]["field__practical_hours"] == "実習（演習）の時間"  # from knowledge/ui/ja.yaml


@pytest.mark.parametrize("raw", [3.5, True, "3.5"])
def test_calculator_form_rejects_what_the_tool_rejects_with_its_message(raw) -> None:
    """The form path (also the calc_* API) never rounds 3.5 to 4 nor reads true as 1 (issue 14 item 6)."""
    from types import SimpleNamespace

    from bot.tools import TraineeQuotaInput, run_tool
    from bot.ui.calculators import calculate

    forms = [describe_field(n, info) for n, info in TraineeQuotaInput.model_fields.items()]
    values = [raw, "general", False, UNKNOWN, UNKNOWN]
    # no rules: the tool must not be reached with a malformed number
    messages = calculate(SimpleNamespace(rules=None), "trainee_quota", TraineeQuotaInput, forms, values)
    assert "must be a whole number" in messages[0]
    tool_error = run_tool("trainee_quota", {"full_time_employees": raw}, None).error
    assert tool_error.startswith("full_time_employees: must be a whole number")


def test_a_field_the_model_needs_only_in_some_cases_is_required_in_the_pages_language() -> None:
    """The quota's headcount may be left out only when a special case is named; left out otherwise, the form says
    it is required in its own words (この項目は必須です。), not the model's English "Field required"."""
    from bot.tools.quota import TraineeQuotaInput

    errors = field_errors(TraineeQuotaInput, {}, "この項目は必須です。")
    assert errors["full_time_employees"] == "この項目は必須です。"
    assert field_errors(TraineeQuotaInput, {"special_case": "employment_for_skill_development"}, "必須") == {}


def test_a_list_of_names_is_a_comma_separated_text_field():
    """A list of strings (a dual national's other citizenships) is typed as names separated by commas; empty is none."""
    from bot.tools.jip import JipEligibilityInput

    form = describe_field("other_nationalities", JipEligibilityInput.model_fields["other_nationalities"])
    assert form.kind == "text_list" and form.optional
    assert read_value(form, "Peru, Bolivia") == (True, ["Peru", "Bolivia"], None)
    assert read_value(form, "ペルー、ボリビア") == (True, ["ペルー", "ボリビア"], None)
    assert read_value(form, "") == (False, None, None)
