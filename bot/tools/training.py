"""training_time_split: is a technical intern training plan's split of hours allowed?

Checks the shares of required / related / peripheral work against the limits in
knowledge/rules/training_time.yaml. Official rows decide pass or fail; seed rows (the seed document's own, stricter
figures) only add a note where they would decide differently.
"""

from __future__ import annotations

from fractions import Fraction
from typing import Literal

from pydantic import BaseModel, Field, model_validator

from bot.rules import RuleBook, TimeLimit
from bot.tools.models import Finding, Hours, ToolInput, ToolResult, pct

MAX_HOURS = 100_000.0  # five years of full-time training is about 10,000 hours

Category = Literal["required", "related", "peripheral"]


class TrainingTimeInput(ToolInput):
    required_hours: Hours = Field(ge=0, le=MAX_HOURS, title="Required work (必須業務), hours",
                                  description="Hours of the work the occupation requires the trainee to learn.")
    related_hours: Hours = Field(ge=0, le=MAX_HOURS, title="Related work (関連業務), hours",
                                 description="Hours of work related to the required work.")
    peripheral_hours: Hours = Field(ge=0, le=MAX_HOURS, title="Peripheral work (周辺業務), hours",
                                    description="Hours of other work done around the required work.")

    @model_validator(mode="after")
    def _some_hours(self) -> TrainingTimeInput:
        if self.required_hours + self.related_hours + self.peripheral_hours <= 0:
            raise ValueError(
                "required_hours, related_hours and peripheral_hours are all 0: give the planned hours of at "
                "least one category (shares of zero hours cannot be computed)"
            )
        return self


class LimitCheck(BaseModel):
    rule_id: str
    category: Category
    authority: Literal["official", "seed"]
    limit: str = Field("", description="The limit in words, e.g. 'at most' and the share (rendered from the catalog).")
    share_pct: float
    passed: bool


class TrainingTimeResult(ToolResult):
    total_hours: float
    required_pct: float = Field(description="Share of required work in percent (one decimal).")
    related_pct: float
    peripheral_pct: float
    allowed: bool = Field(description="True when every official limit is met.")
    checks: list[LimitCheck]
    seed_discrepancy: bool = Field(
        description="True when the seed document's stricter figures would decide differently."
    )
    safety_health_min_hours: dict[str, float] = Field(
        description="Minimum hours of safety and health work inside each category (its share in the rule book)."
    )


# a typed figure has at most six decimals that matter: its fraction has a denominator of at most a million
EXACT_DENOMINATOR = 10**6


def exact_hours(hours: float) -> Fraction:
    """The fraction a number of hours stands for: 0.1 is 1/10 and 5.333333333333333 (5 h 20 min) is 16/3, not the
    binary fractions a float holds, so a plan at exactly one third passes "at most 1/3"."""
    held = Fraction(hours)
    meant = held.limit_denominator(EXACT_DENOMINATOR)
    # only a float that stands for that fraction to its last digits (not a tiny or many-digit figure of its own)
    return meant if abs(meant - held) <= abs(held) * Fraction(1, 10**12) else held


def _passes(hours: float, total: Fraction, limit: TimeLimit) -> bool:
    # compare exact fractions so a plan at exactly one third passes "at most 1/3"
    share = exact_hours(hours) / total
    if limit.kind == "min":
        return share >= limit.share
    if limit.kind == "max":
        return share <= limit.share
    return share < limit.share


def training_time_split(
    required_hours: float,
    related_hours: float,
    peripheral_hours: float,
    *,
    rules: RuleBook,
) -> TrainingTimeResult:
    """Check a technical intern training plan's split of hours between required, related and peripheral work.

    Give the planned hours of each kind of work. Returns each share in percent, whether each official limit of
    training_time.yaml is met, and where the seed document's stricter figures would decide differently.
    (A language model reads tool.training_time_split.description.)
    """
    args = TrainingTimeInput(
        required_hours=required_hours, related_hours=related_hours, peripheral_hours=peripheral_hours
    )
    hours: dict[str, float] = {
        "required": args.required_hours, "related": args.related_hours, "peripheral": args.peripheral_hours,
    }
    total = sum(hours.values())
    exact_total = sum((exact_hours(h) for h in hours.values()), Fraction(0))
    shares = {cat: pct(h, total) for cat, h in hours.items()}

    checks: list[LimitCheck] = []
    for limit in rules.training_time.limits:
        checks.append(LimitCheck(
            rule_id=limit.id, category=limit.category, authority=limit.authority,
            share_pct=shares[limit.category], passed=_passes(hours[limit.category], exact_total, limit),
        ))
    official = [c for c in checks if c.authority == "official"]
    allowed = all(c.passed for c in official)

    # a seed figure matters only where it and the official limit of the same category disagree
    disagreements: list[tuple[LimitCheck, LimitCheck]] = []
    for seed in (c for c in checks if c.authority == "seed"):
        for off in (c for c in official if c.category == seed.category):
            if off.passed != seed.passed:
                disagreements.append((seed, off))

    failed = [c for c in official if not c.passed]
    findings = [Finding(code="shares", params={"total_hours": total, **{f"{k}_pct": v for k, v in shares.items()}})]
    findings += [Finding(code="limit_failed", params={"category": c.category, "share_pct": c.share_pct,
                                                      "rule": c.rule_id}, rule_ids=[c.rule_id]) for c in failed]
    for seed, off in disagreements:
        findings.append(Finding(code="seed_discrepancy", params={
            "category": seed.category, "share_pct": seed.share_pct, "official_rule": off.rule_id,
            "seed_rule": seed.rule_id}, rule_ids=[off.rule_id, seed.rule_id]))

    sh = rules.training_time.safety_health
    minimum = {cat: round(float(h * sh.min_share_each_category), 1) for cat, h in hours.items()}
    findings.append(Finding(code="safety_health", params={"min_share": str(sh.min_share_each_category), **minimum},
                            rule_ids=[sh.id]))
    findings.append(Finding(code="display_rounding"))

    used = [c.rule_id for c in official]
    used += [seed.rule_id for seed, _ in disagreements]
    used.append(sh.id)
    return TrainingTimeResult(
        total_hours=total, required_pct=shares["required"], related_pct=shares["related"],
        peripheral_pct=shares["peripheral"], allowed=allowed, checks=checks,
        seed_discrepancy=bool(disagreements), safety_health_min_hours=minimum,
        rules_used=[rules.ref(i) for i in dict.fromkeys(used)],
        findings=findings,
    )
