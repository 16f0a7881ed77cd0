"""trainee_quota: how many technical intern trainees an implementing organization may hold at one time.

Reads the basic-number table, the stage multipliers and caps, the excellent-organization condition, the
cases the table does not cover and the nursing-care rule from the rule book (knowledge/rules/
titp_quota.yaml, nursing_care.yaml); nothing here hard-codes a threshold. Above the table's last row the
basic number is an exact fraction: each limit multiplies it first and rounds down last.
"""

from __future__ import annotations

import math
from fractions import Fraction
from typing import Annotated, Any, Literal

from pydantic import BaseModel, Field, ValidationError, model_validator

from bot.rules import BasicNumberRow, QuotaCase, RuleBook, StageRule
from bot.tools.models import Count, Finding, ToolInput, ToolResult

MAX_EMPLOYEES = 1_000_000  # above any real employer in Japan: larger numbers are typing mistakes

ESD_ROW = "updates.titp.replaced-2027"  # the 2027 replacement (updates.yaml), cited by every quota answer


def _integer_schema(schema: dict[str, Any]) -> None:
    """The headcount's schema stays an integer (a model or a form gives one); leaving it out is for a named case."""
    for branch in schema.pop("anyOf", []):
        if branch.get("type") == "integer":
            schema.update(branch)
    for bound, word in (("ge", "minimum"), ("le", "maximum")):
        if bound in schema:
            schema[word] = schema.pop(bound)


class TraineeQuotaInput(ToolInput):
    full_time_employees: Annotated[Count, Field(ge=0, le=MAX_EMPLOYEES)] | None = Field(
        None, title="Full-time employees",
        description="How many full-time employees the company has (for nursing care: full-time care staff "
        "of the establishment). Do not count the trainees themselves. Needed unless a special case is named.",
        json_schema_extra=_integer_schema,
    )
    occupation: Literal["general", "nursing_care"] = Field(
        "general", title="Occupation",
        description="'general' for most jobs, or 'nursing_care' (care work has its own rule and counts care staff).",
    )
    excellent: bool = Field(
        False, title="Excellent implementing organization (優良)",
        description="Yes if the company is certified as an 'excellent' implementing organization.",
    )
    supervisor_excellent: bool | None = Field(
        None, title="Excellent supervising organization (一般監理団体)",
        description="Yes if the supervising organization is an excellent one (一般監理団体). Only matters for an "
        "excellent company; leave empty if unknown and the answer says what it assumed.",
    )
    special_case: QuotaCase | None = Field(
        None, title="Special case",
        description="A situation the basic table does not cover (construction, fishing on board, trainees "
        "transferred from elsewhere, company-type training, the Employment for Skill Development system "
        "that replaces it). The answer names the rule instead of computing a number.",
    )

    @model_validator(mode="after")
    def _headcount_for_the_table(self) -> "TraineeQuotaInput":
        # a case outside the table is named by its rule (the 育成就労 system needs no headcount); the table needs one
        if self.full_time_employees is None and self.special_case is None:
            raise ValidationError.from_exception_data(type(self).__name__, [
                {"type": "missing", "loc": ("full_time_employees",), "input": self.model_dump()}])
        return self


class CapApplied(BaseModel):
    """A cap that lowered a number below multiplier x basic number."""

    stage: Literal["no1", "no2", "no3"]
    uncapped: int
    capped_to: int
    cap_multiple: int = Field(1, description="The cap is this many times the headcount.")
    rule_id: str
    reason: str = Field("", description="The cap in words (rendered from the response catalog).")


class TraineeQuotaResult(ToolResult):
    full_time_employees: int | None = Field(None, description="None only for a special case named without it.")
    occupation: Literal["general", "nursing_care"]
    organization: Literal["standard", "excellent"] = Field(
        description="Which set of limits applies (excellent only when both organizations are excellent or assumed so)."
    )
    special_case: QuotaCase | None = Field(None, description="The uncovered case asked about, if any.")
    computed: bool = Field(True, description="False when the case is not covered: the numbers below are then null.")
    basic_number: int | None = Field(None, description="The basic number, rounded down when it is a fraction.")
    basic_number_exact: str | None = Field(
        None, description="The exact basic number as a fraction (e.g. '31/2' for 310 employees); limits multiply it."
    )
    table_row_id: str | None = Field(None, description="Id of the rule row the basic number came from.")
    table_row: str | None = Field(None, description="That row in words.")
    no1_at_once: int | None = Field(None, description="No.1 trainees that may be held at one time.")
    no1_per_year: int | None = Field(
        None, description="Same head-count as no1_at_once (kept for compatibility): No.1 lasts at most a year, so "
        "in practice about that many new No.1 trainees a year.",
    )
    no2_at_once: int | None = Field(None, description="No.2 trainees that may be held at one time.")
    no3_allowed: bool | None = None
    no3_at_once: int | None = Field(None, description="No.3 trainees that may be held at one time (0 when not allowed).")
    all_stages_at_once: int | None = Field(
        None, description="All stages together at one time (nursing care: its together limit, at most the care staff)."
    )
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


def _exact_basic(rules: RuleBook, employees: int, occupation: str) -> tuple[Fraction, str, str, list[str]]:
    """The exact basic number (a fraction for ratio rows), the id and words of its row, further row ids."""
    if occupation == "nursing_care":
        small = rules.nursing.small_establishment
        if employees <= small.max_staff:
            basic = Fraction(_round(small.ratio * employees, small.rounding))
            return basic, small.id, small.text, [rules.nursing.seed_small_establishment.id]
        extra = [rules.nursing.large_establishment.id]
    else:
        extra = []
    row = _table_row(rules, employees)
    if row.basic is not None:
        return Fraction(row.basic), row.id, row.text, extra
    return row.ratio * employees, row.id, row.text, [*extra, rules.quota.rounding.id]


def _decimal(value: Fraction) -> str:
    """A fraction as a short decimal for the reply ("35/2" -> "17.5", "35/3" -> "11.67")."""
    text = f"{float(value):.2f}".rstrip("0").rstrip(".")
    return text


def _limit(rules: RuleBook, multiplier: int, exact: Fraction) -> int:
    """multiplier x basic number as a whole number of trainees (the ordinance: multiply, then round down)."""
    method = rules.quota.rounding.method
    if rules.quota.rounding.order == "multiply_first":
        return _round(multiplier * exact, method)
    return multiplier * _round(exact, method)


def _row_words(row_text: str, occupation: str) -> str:
    return row_text if occupation == "general" else row_text.replace("full-time employees", "full-time care staff")


def _next_threshold(rules: RuleBook, employees: int, occupation: str, basic: int) -> tuple[int | None, int | None]:
    # Table rows are at most a few hundred wide and the ratio row rises every 20: a short scan is exact.
    method = rules.quota.rounding.method
    for candidate in range(employees + 1, min(employees + 1000, MAX_EMPLOYEES) + 1):
        nxt = _round(_exact_basic(rules, candidate, occupation)[0], method)
        if nxt > basic:
            return candidate, nxt
    return None, None


def _excellent_findings(
    rules: RuleBook, excellent: bool, supervisor_excellent: bool | None
) -> tuple[bool, list[Finding]]:
    """Whether the excellent limits apply, and the findings saying why."""
    if not excellent:
        return False, []
    cond = rules.quota.excellent_condition
    params = {"min_score_share": str(cond.min_score_share)}
    if supervisor_excellent is False:
        return False, [Finding(code="excellent_needs_excellent_supervisor", params=params, rule_ids=[cond.id])]
    if supervisor_excellent is None:
        return True, [Finding(code="excellent_supervisor_assumed", params=params, rule_ids=[cond.id])]
    return True, [Finding(code="excellent_conditions_met", params=params, rule_ids=[cond.id])]


def _full_time_finding(rules: RuleBook) -> Finding:
    d = rules.quota.full_time_definition
    params = {
        "min_days_per_week": d.min_days_per_week, "min_days_per_year": d.min_days_per_year,
        "min_hours_per_week": d.min_hours_per_week,
        "employment_insurance_min_hours": d.employment_insurance_min_hours,
    }
    return Finding(code="full_time_definition", params=params, rule_ids=[d.id])


def _esd_finding(rules: RuleBook) -> tuple[Finding, list[str]]:
    row = rules.quota.not_covered_case("employment_for_skill_development")
    starts = row.effective.isoformat() if row.effective else None
    ids = [row.id, *([ESD_ROW] if ESD_ROW in rules.rows else [])]
    return Finding(code="esd_replaces_titp", params={"starts": starts}, rule_ids=ids), ids


def _not_covered(
    rules: RuleBook, args: TraineeQuotaInput, case: str, org: Literal["standard", "excellent"],
    findings: list[Finding], used: list[str],
) -> TraineeQuotaResult:
    row = rules.quota.not_covered_case(case)
    used = [row.id, *used]
    findings.insert(0, Finding(
        code="case_not_covered",
        params={"case": case, **({"effective": row.effective.isoformat()} if row.effective else {})},
        rule_ids=[row.id],
    ))
    return TraineeQuotaResult(
        full_time_employees=args.full_time_employees, occupation=args.occupation, organization=org,
        special_case=case, computed=False,
        rules_used=[rules.ref(i) for i in dict.fromkeys(used)], findings=findings,
    )


def trainee_quota(
    full_time_employees: int | None = None,
    occupation: Literal["general", "nursing_care"] = "general",
    excellent: bool = False,
    supervisor_excellent: bool | None = None,
    special_case: QuotaCase | None = None,
    *,
    rules: RuleBook,
) -> TraineeQuotaResult:
    """How many technical intern trainees a company may hold at one time: No.1, No.2 and No.3.

    Give the number of full-time employees (never counting the trainees themselves), the occupation
    ('general' or 'nursing_care', which counts full-time care staff and has its own rule for small
    establishments), whether the company is an 'excellent' implementing organization and, if known, whether
    its supervising organization is excellent too (一般監理団体). Every limit is a head-count at one time.
    Situations the table does not cover (titp_quota.yaml not_covered) go in special_case and are named, not
    computed. (A language model reads tool.trainee_quota.description.)
    """
    args = TraineeQuotaInput(
        full_time_employees=full_time_employees, occupation=occupation, excellent=excellent,
        supervisor_excellent=supervisor_excellent, special_case=special_case,
    )
    n, occ = args.full_time_employees, args.occupation
    excellent_applies, findings = _excellent_findings(rules, args.excellent, args.supervisor_excellent)
    org: Literal["standard", "excellent"] = "excellent" if excellent_applies else "standard"
    used: list[str] = [rules.quota.excellent_condition.id] if args.excellent else []
    esd_finding, esd_ids = _esd_finding(rules)

    if args.special_case is not None:
        return _not_covered(rules, args, args.special_case, org, findings, used)
    assert n is not None  # the input's validator: the table always has a headcount

    nursing = occ == "nursing_care"
    exact, row_id, row_text, extra_ids = _exact_basic(rules, n, occ)
    basic = _round(exact, rules.quota.rounding.method)
    row_text = _row_words(row_text, occ)
    fte_finding = _full_time_finding(rules)
    used = [rules.quota.full_time_employees[0].id, rules.quota.full_time_definition.id, *used]
    if nursing:
        used += [rules.nursing.counted_staff.id, row_id, *extra_ids, rules.nursing.stage(org).id]
    else:
        used += [row_id, *extra_ids]
    used.append(rules.quota.headcount.id)

    numbers: dict[str, int] = {}
    rounded: list[dict[str, Any]] = []  # limits whose exact value was a fraction, rounded by the rule book's method
    caps: list[CapApplied] = []
    stage_rules: dict[str, StageRule] = {s: rules.quota.stage(org, s) for s in ("no1", "no2", "no3")}
    for stage, rule in stage_rules.items():
        used.append(rule.id)
        if not rule.allowed:
            numbers[stage] = 0
            continue
        uncapped = _limit(rules, rule.multiplier, exact)
        cap = rule.cap_multiple * n
        value = min(uncapped, cap)
        product = rule.multiplier * exact
        if product.denominator != 1 and value == uncapped:
            rounded.append({"stage": stage, "multiplier": rule.multiplier, "exact": _decimal(product),
                            "limit": value})
        if cap < uncapped:
            caps.append(CapApplied(stage=stage, uncapped=uncapped, capped_to=cap, cap_multiple=rule.cap_multiple,
                                   rule_id=rule.id))
        numbers[stage] = value

    total_cap: int | None = None
    stage_sum = sum(numbers.values())
    together = stage_sum
    if nursing:
        total_rule = rules.nursing.total_cap
        total_cap = total_rule.cap_multiple * n
        used.append(total_rule.id)
        for stage in ("no1", "no2", "no3"):
            if numbers[stage] > total_cap:
                caps.append(CapApplied(stage=stage, uncapped=numbers[stage], capped_to=total_cap,
                                       cap_multiple=total_rule.cap_multiple, rule_id=total_rule.id))
                numbers[stage] = total_cap
        together = min(_limit(rules, rules.nursing.stage(org).together_multiplier, exact), total_cap)

    next_n, next_basic = _next_threshold(rules, n, occ, basic)
    no3_allowed = stage_rules["no3"].allowed
    fractional = exact.denominator != 1
    if n == 0:
        findings.append(Finding(code="no_staff", params={}, rule_ids=[stage_rules["no1"].id]))
    if nursing and total_cap is not None:
        findings.append(Finding(code="nursing_total_cap", params={
            "total_cap": total_cap, "stage_sum": stage_sum, "together": together}, rule_ids=[rules.nursing.total_cap.id]))
    findings.append(Finding(
        code="headcount_at_once", params={"no1_at_once": numbers["no1"]}, rule_ids=[rules.quota.headcount.id]
    ))
    findings.append(fte_finding)
    if any(c.rule_id != rules.nursing.total_cap.id for c in caps) and n > 0:
        findings.append(Finding(code="capped_rises_per_employee", params={
            "occupation": occ, "cap_multiples": {s: r.cap_multiple for s, r in stage_rules.items() if r.allowed}},
            rule_ids=[r.id for r in stage_rules.values() if r.allowed]))
    if nursing:
        counted = rules.nursing.counted_staff
        findings.append(Finding(
            code="nursing_counted_staff",
            params={"counted": list(counted.counted), "not_counted": list(counted.not_counted)},
            rule_ids=[counted.id],
        ))
    small = rules.nursing.small_establishment
    if row_id == small.id and (small.ratio * n).denominator != 1 and stage_rules["no1"].allowed \
            and stage_rules["no1"].multiplier == 1 and numbers["no1"] == basic:
        # the small care establishment's basic number is itself rounded ("18 x 10% = 1.8 -> 2", rounded up, not down):
        # the reply says how No.1 (the basic number) is reached, in the rule book's method for that row
        findings.append(Finding(
            code="limits_rounded",
            params={"method": small.rounding, "basic_number_exact": _decimal(small.ratio * n),
                    "limits": [{"stage": "no1", "multiplier": 1, "exact": _decimal(small.ratio * n), "limit": basic}]},
            rule_ids=[small.id],
        ))
    if rounded:
        # "350 / 20 = 17.5 -> 17": the reply says which limits were rounded and how (RULES.md, rounding for 301+)
        findings.append(Finding(
            code="limits_rounded",
            params={"method": rules.quota.rounding.method, "basic_number_exact": _decimal(exact), "limits": rounded},
            rule_ids=[rules.quota.rounding.id],
        ))
    if fractional:
        findings.append(Finding(
            code="fraction_basic_number",
            params={"basic_number_exact": str(exact), "ratio": str(_table_row(rules, n).ratio),
                    "min_employees": _table_row(rules, n).min_employees},
            rule_ids=[rules.quota.rounding.id],
        ))
    findings.append(esd_finding)
    used += esd_ids

    return TraineeQuotaResult(
        full_time_employees=n, occupation=occ, organization=org, basic_number=basic,
        basic_number_exact=str(exact), table_row_id=row_id, table_row=row_text,
        no1_at_once=numbers["no1"], no1_per_year=numbers["no1"], no2_at_once=numbers["no2"],
        no3_allowed=no3_allowed, no3_at_once=numbers["no3"], all_stages_at_once=together,
        total_at_once_cap=total_cap, caps_applied=caps,
        next_threshold_employees=next_n, next_basic_number=next_basic,
        rules_used=[rules.ref(i) for i in dict.fromkeys(used)], findings=findings,
    )
