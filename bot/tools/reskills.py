"""reskills_course_check: does a course meet the METI Re-Skills certification requirements we hold?

Checks the practical-work share, the exclusion of basic IT courses, the covered fields (the first round's,
matched by keywords from knowledge/rules/reskills.yaml) and the later rounds' minimum length.
"""

from __future__ import annotations

import unicodedata
from fractions import Fraction

from pydantic import Field, model_validator

from bot.rules import FieldRule, RuleBook
from bot.text import rx
from bot.text.numbers import whole_or_float
from bot.tools.models import (
    Criterion,
    Finding,
    Hours,
    ToolArgumentError,
    ToolInput,
    ToolResult,
    Verdict,
    pct,
)

MAX_COURSE_HOURS = 10_000.0  # a multi-year programme; more is a typing mistake


class ReskillsCourseInput(ToolInput):
    # the hours may be left out only when another criterion already decides the verdict (a basic IT course is
    # excluded whatever its hours); otherwise both are needed
    practical_hours: Hours | None = Field(
        None, ge=0, le=MAX_COURSE_HOURS, title="Practical hours",
        description="Hours of hands-on work in the course: practice, exercises, presentations. May be left out only "
                    "for a course that teaches only basic IT skills (excluded whatever its hours), or for a course "
                    "whose total hours are at or under the later rounds' minimum length (not eligible whatever its "
                    "practical hours).",
    )
    total_hours: Hours | None = Field(
        None, gt=0, le=MAX_COURSE_HOURS, title="Total hours",
        description="Total hours of the whole course, practical work included. May be left out only for a course "
                    "that teaches only basic IT skills.")
    field: str | None = Field(
        None, max_length=200, title="Course subject",
        description="What the course teaches, in a few words, e.g. 'machine learning', 'cloud security'.",
    )
    basic_it_only: bool = Field(False, title="Basic IT skills only",
                                description="Yes if the course teaches only fundamental or basic IT skills.")

    @model_validator(mode="after")
    def _practical_within_total(self) -> ReskillsCourseInput:
        if self.practical_hours is None and self.total_hours is not None:
            return self  # too short a course needs no practical hours: checked against the rule book by the tool
        if self.practical_hours is None or self.total_hours is None:
            if not self.basic_it_only:
                raise ValueError("practical_hours and total_hours are both needed (they may be left out only for a "
                                 "course that teaches only basic IT skills, which is excluded whatever its hours)")
            return self
        if self.practical_hours > self.total_hours:
            raise ValueError(
                f"practical_hours ({self.practical_hours:g}) cannot be more than total_hours ({self.total_hours:g})"
            )
        return self


class ReskillsCourseResult(ToolResult):
    eligible: Verdict
    practical_pct: float | None = Field(
        description="Practical work as a share of the curriculum, percent, one decimal (None: no hours were given, "
                    "the verdict being decided by another criterion).")
    matched_field_id: str | None = None
    matched_field: str | None = None
    criteria: list[Criterion]
    missing: list[str] = Field(default_factory=list, description="What is still needed to decide.")
    practical_hours_needed: float | None = Field(
        None, description="The fewest practical hours that meet the practical-share rule with the total hours given "
                          "(exact; None: no total hours were given).")


def practical_hours_needed(total_hours: float, rules: RuleBook) -> int | float:
    """The fewest practical hours that meet the practical-share rule for a course of ``total_hours`` (the rule's share
    of the total, computed exactly)."""
    needed = Fraction(str(total_hours)) * rules.reskills.practical_share.share
    return whole_or_float(needed.numerator / needed.denominator)


def _latin(text: str) -> str:
    return " " + rx.sub(r"[^a-z0-9]+", " ", text) + " "


def find_field(text: str, fields: list[FieldRule]) -> tuple[str, FieldRule] | None:
    """The covered field a keyword of the rule book names in ``text``, with that keyword (the longest wins).

    The rule book's keywords are the one list: a Latin keyword matches as a whole word or phrase ("AI course",
    not "said"), any other (Japanese) as a substring of the NFKC text ("クラウドセキュリティ講座")."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    latin = _latin(folded)
    best: tuple[int, str, FieldRule] | None = None
    for rule in fields:
        for keyword in rule.keywords:
            key = unicodedata.normalize("NFKC", keyword).casefold().strip()
            if not key:
                continue
            if key.isascii():
                norm = _latin(key)
                hit = norm.strip() != "" and norm in latin
            else:
                hit = key in folded
            if hit and (best is None or len(key) > best[0]):
                best = (len(key), keyword, rule)
    return (best[1], best[2]) if best else None


def match_field(text: str, fields: list[FieldRule]) -> FieldRule | None:
    """The covered field whose keyword appears in ``text`` (see find_field)."""
    found = find_field(text, fields)
    return found[1] if found else None


def reskills_course_check(
    practical_hours: float | None = None,
    total_hours: float | None = None,
    field: str | None = None,
    basic_it_only: bool = False,
    *,
    rules: RuleBook,
) -> ReskillsCourseResult:
    """Check whether a training course can be certified as a METI Re-Skills course.

    Give the practical hours (practice, exercises, presentations), the total hours, the course's field
    (e.g. 'AI', 'cloud', 'security') and whether it teaches only basic IT skills. Checks the practical share,
    the covered fields, the exclusion of basic IT courses and the later rounds' minimum length, with the
    values of reskills.yaml. (A language model reads tool.reskills_course_check.description.)
    """
    args = ReskillsCourseInput(
        practical_hours=practical_hours, total_hours=total_hours, field=field, basic_it_only=basic_it_only
    )
    rs = rules.reskills
    min_hours = rs.min_total_hours
    short = args.total_hours is not None and args.total_hours <= min_hours.not_eligible_at_or_below
    if args.practical_hours is None and args.total_hours is not None and not short and not args.basic_it_only:
        raise ToolArgumentError.from_exception_data(type(args).__name__, [
            {"type": "missing", "loc": ("practical_hours",), "input": args.model_dump()}])
    hours = args.practical_hours is not None and args.total_hours is not None
    share = pct(args.practical_hours, args.total_hours) if hours else None
    criteria: list[Criterion] = []
    missing: list[Finding] = []
    decided: list[Finding] = []

    if hours:
        practical_ok = args.practical_hours * rs.practical_share.share.denominator >= (
            args.total_hours * rs.practical_share.share.numerator
        )
        criteria.append(Criterion(
            criterion="practical_share", verdict="yes" if practical_ok else "no", rule_id=rs.practical_share.id,
            params={"practical_pct": share},
        ))
    elif args.basic_it_only:  # a basic IT course (the input allows no hours then): its hours would not change it
        decided.append(Finding(code="reskills_decided_without_hours", params={"criterion": "not_basic_it"},
                               rule_ids=[rs.basic_it_excluded.id]))
    else:  # a course too short for the later rounds: its practical hours would not change the verdict
        decided.append(Finding(code="reskills_decided_without_hours", params={"criterion": "minimum_length"},
                               rule_ids=[min_hours.id]))
    criteria.append(Criterion(
        criterion="not_basic_it", verdict="no" if args.basic_it_only else "yes", rule_id=rs.basic_it_excluded.id,
    ))

    matched = match_field(args.field, rs.fields) if args.field else None
    field_verdict: Verdict = "unknown"
    if not args.field and decided:
        pass  # the verdict is decided: the field would not change it either, so it is not asked for
    elif not args.field:
        missing.append(Finding(code="missing", params={"slot": "field", "need": "field"}))
    elif matched is not None:
        field_verdict = "yes"
    else:
        field_verdict = "unknown"
        if not decided:
            missing.append(Finding(code="missing", params={"slot": "field", "need": "covered_field"}))
    if args.field or not decided:
        criteria.append(Criterion(
            criterion="covered_field", verdict=field_verdict, rule_id=matched.id if matched else rs.fields[0].id,
            params={"field": args.field, "matched_field": matched.name if matched else None},
        ))

    if args.total_hours is not None:
        long_enough = args.total_hours > min_hours.not_eligible_at_or_below
        criteria.append(Criterion(
            criterion="minimum_length", verdict="yes" if long_enough else "no", rule_id=min_hours.id,
            params={"total_hours": args.total_hours},
        ))

    least: list[Finding] = []
    if hours and not practical_ok:  # the fewest practical hours with the total kept, said when asked for
        needed = practical_hours_needed(args.total_hours, rules)
        least.append(Finding(code="reskills_practical_hours_needed", rule_ids=[rs.practical_share.id], params={
            "total_hours": args.total_hours, "needed": needed, "practical_hours": args.practical_hours,
            "more": whole_or_float(float(needed) - float(args.practical_hours))}))

    verdicts = [c.verdict for c in criteria]
    eligible: Verdict = "no" if "no" in verdicts else "unknown" if "unknown" in verdicts else "yes"

    window = rs.application_window
    findings = [
        *decided,
        Finding(code="reskills_first_window", params={"opens": window.opens.isoformat(),
                "closes": window.closes.isoformat(), "launched_from": window.courses_launched_from.isoformat()},
                rule_ids=[window.id]),
        Finding(code="reskills_fields_later_rounds", params={"confidence": rs.fields_later_rounds.confidence},
                rule_ids=[rs.fields_later_rounds.id]),
        Finding(code="reskills_min_hours_later_rounds", params={"confidence": min_hours.confidence},
                rule_ids=[min_hours.id]),
        Finding(code="reskills_not_checked"),
        *least,
        *missing,
    ]
    used = [rs.practical_share.id, rs.basic_it_excluded.id, *(f.id for f in rs.fields), min_hours.id,
            window.id, rs.fields_later_rounds.id]
    return ReskillsCourseResult(
        eligible=eligible, practical_pct=share, matched_field_id=matched.id if matched else None,
        matched_field=matched.name if matched else None, criteria=criteria,
        rules_used=[rules.ref(i) for i in dict.fromkeys(used)], findings=findings,
        practical_hours_needed=practical_hours_needed(args.total_hours, rules) if args.total_hours else None,
    )
