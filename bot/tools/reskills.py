"""reskills_course_check: does a course meet the METI Re-Skills certification requirements we hold?

Checks the practical-work share, the exclusion of basic IT courses, the covered fields (2017 round,
matched by keywords from knowledge/rules/reskills.yaml) and the later rounds' minimum length.
"""

from __future__ import annotations

import re

from pydantic import Field, model_validator

from bot.rules import FieldRule, RuleBook
from bot.tools.models import Criterion, Finding, Hours, ToolInput, ToolResult, Verdict, fraction_pct, pct

MAX_COURSE_HOURS = 10_000.0  # a multi-year programme; more is a typing mistake


class ReskillsCourseInput(ToolInput):
    practical_hours: Hours = Field(
        ge=0, le=MAX_COURSE_HOURS, title="Practical hours",
        description="Hours of hands-on work in the course: practice, exercises, presentations.",
    )
    total_hours: Hours = Field(gt=0, le=MAX_COURSE_HOURS, title="Total hours",
                               description="Total hours of the whole course, practical work included.")
    field: str | None = Field(
        None, max_length=200, title="Course subject",
        description="What the course teaches, in a few words, e.g. 'machine learning', 'cloud security'.",
    )
    basic_it_only: bool = Field(False, title="Basic IT skills only",
                                description="Yes if the course teaches only fundamental or basic IT skills.")

    @model_validator(mode="after")
    def _practical_within_total(self) -> ReskillsCourseInput:
        if self.practical_hours > self.total_hours:
            raise ValueError(
                f"practical_hours ({self.practical_hours:g}) cannot be more than total_hours ({self.total_hours:g})"
            )
        return self


class ReskillsCourseResult(ToolResult):
    eligible: Verdict
    practical_pct: float = Field(description="Practical work as a share of the curriculum, percent, one decimal.")
    matched_field_id: str | None = None
    matched_field: str | None = None
    criteria: list[Criterion]
    missing: list[str] = Field(default_factory=list, description="What is still needed to decide.")


def match_field(text: str, fields: list[FieldRule]) -> FieldRule | None:
    """The covered field whose keyword appears in ``text`` as a whole word or phrase (longest wins)."""
    lowered = " " + re.sub(r"[^a-z0-9]+", " ", text.lower()) + " "
    best: tuple[int, FieldRule] | None = None
    for rule in fields:
        for keyword in rule.keywords:
            norm = " " + re.sub(r"[^a-z0-9]+", " ", keyword).strip() + " "
            if norm.strip() and norm in lowered and (best is None or len(norm) > best[0]):
                best = (len(norm), rule)
    return best[1] if best else None


def reskills_course_check(
    practical_hours: float,
    total_hours: float,
    field: str | None = None,
    basic_it_only: bool = False,
    *,
    rules: RuleBook,
) -> ReskillsCourseResult:
    """Check whether a training course can be certified as a METI Re-Skills course.

    Give the practical hours (practice, exercises, presentations), the total hours, the course's field
    (e.g. 'AI', 'cloud', 'security') and whether it teaches only basic IT skills. Checks practical work
    of at least 50%, the covered fields, the exclusion of basic IT courses and the later rounds' rule
    that courses of 20 hours or less are not eligible.
    """
    args = ReskillsCourseInput(
        practical_hours=practical_hours, total_hours=total_hours, field=field, basic_it_only=basic_it_only
    )
    rs = rules.reskills
    share = pct(args.practical_hours, args.total_hours)
    criteria: list[Criterion] = []
    missing: list[str] = []

    practical_ok = args.practical_hours * rs.practical_share.share.denominator >= (
        args.total_hours * rs.practical_share.share.numerator
    )
    criteria.append(Criterion(
        criterion="practical_share", verdict="yes" if practical_ok else "no", rule_id=rs.practical_share.id,
        detail=f"Practical work is {share}% of the curriculum; at least {fraction_pct(rs.practical_share.share)} "
               "is required.",
    ))

    criteria.append(Criterion(
        criterion="not_basic_it", verdict="no" if args.basic_it_only else "yes", rule_id=rs.basic_it_excluded.id,
        detail="Courses of only fundamental or basic IT skills are excluded." if args.basic_it_only
        else "The course is not a basic IT skills course.",
    ))

    matched = match_field(args.field, rs.fields) if args.field else None
    if not args.field:
        field_verdict: Verdict = "unknown"
        field_detail = "No field given."
        missing.append("field: what the course teaches (e.g. AI, data science, cloud, security, networking)")
    elif matched is not None:
        field_verdict = "yes"
        field_detail = f"{args.field!r} falls under the covered field: {matched.name}."
    else:
        field_verdict = "unknown"
        field_detail = (
            f"{args.field!r} does not match a covered field of the 2017 round ("
            + "; ".join(f.name for f in rs.fields) + ")."
        )
        missing.append("field: a subject within the covered fields, or the current round's field list")
    criteria.append(Criterion(
        criterion="covered_field", verdict=field_verdict, detail=field_detail,
        rule_id=matched.id if matched else rs.fields[0].id,
    ))

    min_hours = rs.min_total_hours
    long_enough = args.total_hours > min_hours.not_eligible_at_or_below
    criteria.append(Criterion(
        criterion="minimum_length", verdict="yes" if long_enough else "no", rule_id=min_hours.id,
        detail=f"The course has {args.total_hours:g} total hours; courses of "
               f"{min_hours.not_eligible_at_or_below:g} hours or less are not eligible in later rounds.",
    ))

    verdicts = [c.verdict for c in criteria]
    eligible: Verdict = "no" if "no" in verdicts else "unknown" if "unknown" in verdicts else "yes"

    if eligible == "yes":
        lead = "On the requirements checked here, this course can be certified as a Re-Skills course."
    elif eligible == "no":
        lead = "This course cannot be certified as a Re-Skills course as planned."
    else:
        lead = "This course meets the requirements checked so far, but one point is still open."
    reasons = [c.detail for c in criteria if c.verdict != "yes"] or [criteria[0].detail]
    explanation = " ".join([lead, *reasons])

    window = rs.application_window
    notes = [
        f"The first application window was {window.opens.isoformat()} to {window.closes.isoformat()}, for "
        f"courses launched from {window.courses_launched_from.strftime('%B %Y')}; check the current round's "
        "dates and guidelines with METI.",
        f"{rs.fields_later_rounds.text} (confidence {rs.fields_later_rounds.confidence})",
        f"The 20-hour minimum comes from later rounds (confidence {min_hours.confidence}).",
        "Certification also requires things this tool cannot check: stated target skills, final examinations, a "
        "worker-friendly environment, follow-up of graduates and a stable provider organization.",
    ]
    findings = [
        Finding(code="reskills_first_window", params={"opens": window.opens.isoformat(),
                "closes": window.closes.isoformat(), "launched_from": window.courses_launched_from.isoformat()},
                rule_ids=[window.id]),
        Finding(code="reskills_fields_later_rounds", params={"confidence": rs.fields_later_rounds.confidence},
                rule_ids=[rs.fields_later_rounds.id]),
        Finding(code="reskills_min_hours_later_rounds", params={"confidence": min_hours.confidence},
                rule_ids=[min_hours.id]),
        Finding(code="reskills_not_checked"),
    ]
    used = [rs.practical_share.id, rs.basic_it_excluded.id, *(f.id for f in rs.fields), min_hours.id,
            window.id, rs.fields_later_rounds.id]
    return ReskillsCourseResult(
        eligible=eligible, practical_pct=share, matched_field_id=matched.id if matched else None,
        matched_field=matched.name if matched else None, criteria=criteria, missing=missing,
        explanation=explanation, rules_used=[rules.ref(i) for i in dict.fromkeys(used)], notes=notes,
        findings=findings,
    )
