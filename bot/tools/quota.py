"""trainee_quota: how many technical intern trainees an implementing organization may accept.

Reads the basic-number table, the stage multipliers and caps, and the nursing-care rule from the rule
book (knowledge/rules/titp_quota.yaml, nursing_care.yaml); nothing here hard-codes a threshold.
"""

from __future__ import annotations

import math
from fractions import Fraction
from typing import Literal

from pydantic import BaseModel, Field

from bot.rules import BasicNumberRow, RuleBook, StageRule
from bot.tools.models import Count, ToolInput, ToolResult

MAX_EMPLOYEES = 1_000_000  # above any real employer in Japan: larger numbers are typing mistakes

STAGE_LABEL = {"no1": "No.1", "no2": "No.2", "no3": "No.3"}


class TraineeQuotaInput(ToolInput):
    full_time_employees: Count = Field(
        ge=0, le=MAX_EMPLOYEES,
        description="Full-time employees (for nursing care: full-time care staff), NOT counting trainees.",
    )
    occupation: Literal["general", "nursing_care"] = Field(
        "general", description="'general' (default) or 'nursing_care' (counts full-time care staff; has its own rule)."
    )
    excellent: bool = Field(False, description="True for an 'excellent' (yuryo) implementing organization.")


class CapApplied(BaseModel):
    """A cap that lowered a number below multiplier x basic number."""

    stage: Literal["no1", "no2", "no3"]
    uncapped: int
    capped_to: int
    rule_id: str
    reason: str


class TraineeQuotaResult(ToolResult):
    full_time_employees: int
    occupation: Literal["general", "nursing_care"]
    organization: Literal["standard", "excellent"]
    basic_number: int
    table_row_id: str = Field(description="Id of the rule row the basic number came from.")
    table_row: str = Field(description="That row in words.")
    no1_per_year: int = Field(description="No.1 trainees that may be accepted per year.")
    no2_at_once: int = Field(description="No.2 trainees that may be held at one time.")
    no3_allowed: bool
    no3_at_once: int = Field(description="No.3 trainees that may be held at one time (0 when not allowed).")
    total_at_once_cap: int | None = Field(
        None, description="Nursing care: all trainees together may never exceed this number."
    )
    caps_applied: list[CapApplied] = Field(default_factory=list)
    next_threshold_employees: int | None = Field(
        None, description="Smallest headcount at which the basic number rises (None if it never does here)."
    )
    next_basic_number: int | None = None
    next_threshold: str | None = Field(None, description="The next-threshold hint in words.")


def _round(value: Fraction, method: str) -> int:
    if method == "floor":
        return math.floor(value)
    if method == "ceil":
        return math.ceil(value)
    return round(value)


def _table_row(rules: RuleBook, employees: int) -> BasicNumberRow:
    for row in rules.quota.basic_number:
        if row.min_employees <= employees and (row.max_employees is None or employees <= row.max_employees):
            return row
    raise LookupError(f"no basic-number row covers {employees} employees")  # the loader forbids gaps


def _general_basic(rules: RuleBook, employees: int) -> tuple[int, BasicNumberRow]:
    row = _table_row(rules, employees)
    if row.basic is not None:
        return row.basic, row
    return _round(row.ratio * employees, rules.quota.rounding.method), row


def _basic(rules: RuleBook, employees: int, occupation: str) -> tuple[int, str, str, list[str]]:
    """Basic number, the id and words of the row used, and the ids of further rows involved."""
    if occupation == "nursing_care":
        small = rules.nursing.small_establishment
        if employees <= small.max_staff:
            basic = _round(small.ratio * employees, small.rounding)
            return basic, small.id, small.text, [rules.nursing.seed_small_establishment.id]
        basic, row = _general_basic(rules, employees)
        return basic, row.id, row.text, [rules.nursing.large_establishment.id]
    basic, row = _general_basic(rules, employees)
    extra = [rules.quota.rounding.id] if row.ratio is not None else []
    return basic, row.id, row.text, extra


def _row_words(row_text: str, occupation: str) -> str:
    return row_text if occupation == "general" else row_text.replace("full-time employees", "full-time care staff")


def _next_threshold(rules: RuleBook, employees: int, occupation: str, basic: int) -> tuple[int | None, int | None]:
    # Table rows are at most a few hundred wide and the ratio row rises every 20: a short scan is exact.
    for candidate in range(employees + 1, min(employees + 1000, MAX_EMPLOYEES) + 1):
        nxt = _basic(rules, candidate, occupation)[0]
        if nxt > basic:
            return candidate, nxt
    return None, None


def trainee_quota(
    full_time_employees: int,
    occupation: Literal["general", "nursing_care"] = "general",
    excellent: bool = False,
    *,
    rules: RuleBook,
) -> TraineeQuotaResult:
    """How many technical intern trainees a company may accept: No.1 per year, No.2 and No.3 at once.

    Give the number of full-time employees (never counting the trainees themselves), the occupation
    ('general' or 'nursing_care', which counts full-time care staff and has its own rule for 30 or
    fewer), and whether the company is an 'excellent' implementing organization.
    """
    args = TraineeQuotaInput(full_time_employees=full_time_employees, occupation=occupation, excellent=excellent)
    n, occ = args.full_time_employees, args.occupation
    org: Literal["standard", "excellent"] = "excellent" if args.excellent else "standard"
    nursing = occ == "nursing_care"
    staff_words = "full-time care staff" if nursing else "full-time employees"

    basic, row_id, row_text, extra_ids = _basic(rules, n, occ)
    row_text = _row_words(row_text, occ)
    used: list[str] = [rules.quota.full_time_employees[0].id]
    if nursing:
        used += [rules.nursing.counted_staff.id, row_id, *extra_ids, rules.nursing.stages.id]
    else:
        used += [row_id, *extra_ids]

    numbers: dict[str, int] = {}
    caps: list[CapApplied] = []
    stage_rules: dict[str, StageRule] = {s: rules.quota.stage(org, s) for s in ("no1", "no2", "no3")}
    for stage, rule in stage_rules.items():
        used.append(rule.id)
        if not rule.allowed:
            numbers[stage] = 0
            continue
        uncapped = rule.multiplier * basic
        cap = rule.cap_multiple * n
        value = min(uncapped, cap)
        if cap < uncapped:
            times = "" if rule.cap_multiple == 1 else f"{rule.cap_multiple} x "
            caps.append(CapApplied(
                stage=stage, uncapped=uncapped, capped_to=cap, rule_id=rule.id,
                reason=f"{STAGE_LABEL[stage]} may not exceed {times}your {n} {staff_words} ({cap}).",
            ))
        numbers[stage] = value

    total_cap: int | None = None
    if nursing:
        total_rule = rules.nursing.total_cap
        total_cap = total_rule.cap_multiple * n
        used.append(total_rule.id)
        for stage in ("no1", "no2", "no3"):
            if numbers[stage] > total_cap:
                caps.append(CapApplied(
                    stage=stage, uncapped=numbers[stage], capped_to=total_cap, rule_id=total_rule.id,
                    reason=f"In nursing care all trainees together may not exceed your {n} care staff.",
                ))
                numbers[stage] = total_cap

    next_n, next_basic = _next_threshold(rules, n, occ, basic)
    next_text = (
        f"With {next_n} or more {staff_words} the basic number rises to {next_basic}."
        if next_n is not None else None
    )

    no3_allowed = stage_rules["no3"].allowed
    lines = [
        f"With {n} {staff_words} your basic number is {basic} (rule: {row_text.rstrip('.')}).",
    ]
    kind = "an excellent" if args.excellent else "a standard"
    stage_words = (
        f"As {kind} implementing organization you may accept up to {numbers['no1']} No.1 trainees per year "
        f"and hold up to {numbers['no2']} No.2 trainees at a time"
    )
    if no3_allowed:
        stage_words += f"; and up to {numbers['no3']} No.3 trainees at a time."
    else:
        stage_words += ". No.3 trainees are not allowed: only excellent organizations may take No.3 trainees."
    lines.append(stage_words)
    if n == 0:
        lines.append(
            f"With no {staff_words} you cannot accept trainees yet: each stage is capped by your number of "
            f"{staff_words}, and that number is 0."
        )
    elif caps:
        lines.append("Your headcount lowered these numbers: " + " ".join(c.reason for c in caps))
    if nursing and total_cap is not None:
        lines.append(f"In nursing care, trainees of all stages together may never exceed {total_cap}.")
        together = sum(numbers.values())
        if together > total_cap:
            lines.append(f"The stage limits added up ({together}) exceed that, so plan the mix of stages to stay "
                         f"at {total_cap} trainees or fewer in total.")
    lines.append(f"Technical intern trainees themselves never count as {staff_words}.")
    if next_text:
        lines.append(next_text)

    notes = [
        "Count only full-time staff (in practice 30+ scheduled hours a week and enrolled in employment "
        "insurance); technical intern trainees and staff of offices abroad are never counted.",
    ]
    if any(c.rule_id != rules.nursing.total_cap.id for c in caps) and n > 0:
        notes.append(f"Each extra {'full-time care worker' if nursing else 'full-time employee'} raises a capped number "
                     "(No.1 by one, No.2 by two, No.3 by three) until it reaches the basic-number limit.")
    if nursing:
        notes.append(
            "Nursing care counts staff per establishment whose main job is care. The seed document says the 10% "
            "limit applies below 30 employees; the published tables apply it up to 30 care staff (both give 3 at 30)."
        )
        notes.append("Applying the general stage multipliers to the nursing-care basic number is UNCONFIRMED.")
    used_row = rules.rows[row_id]
    if isinstance(used_row, BasicNumberRow) and used_row.ratio is not None:
        notes.append("For 301 or more employees the basic number is 1/20 of them; rounding down is UNCONFIRMED.")
    if args.excellent:
        notes.append("Excellent-organization multipliers come from art. 16(2) (confidence M): confirm your "
                     "organization holds the excellent status before planning on them.")

    return TraineeQuotaResult(
        full_time_employees=n, occupation=occ, organization=org, basic_number=basic,
        table_row_id=row_id, table_row=row_text,
        no1_per_year=numbers["no1"], no2_at_once=numbers["no2"], no3_allowed=no3_allowed,
        no3_at_once=numbers["no3"], total_at_once_cap=total_cap, caps_applied=caps,
        next_threshold_employees=next_n, next_basic_number=next_basic, next_threshold=next_text,
        explanation=" ".join(lines),
        rules_used=[rules.ref(i) for i in dict.fromkeys(used)],
        notes=notes,
    )
