"""jip_eligibility and jip_support_funds: the METI Japan Internship Program (FY2024) checks.

Each criterion gets its own yes / no / unknown verdict, so a partly answered conversation still learns
what is missing. Nationality is matched against the DAC list in knowledge/rules/ (China excluded).
"""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import Field, field_validator

from bot.rules import RuleBook
from bot.tools.countries import CountryMatcher, NationalityMatch
from bot.tools.models import Count, Criterion, Finding, ToolInput, ToolResult, Verdict

FiscalYear = Annotated[Count, Field(ge=1990, le=2100)]
JLPT_LEVELS = ("N1", "N2", "N3", "N4", "N5")


class JipEligibilityInput(ToolInput):
    nationality: str | None = Field(
        None, max_length=100, title="Nationality",
        description="The applicant's country of citizenship: its name in any common form, or its 3-letter code.",
    )
    age: Count | None = Field(None, ge=0, le=120, title="Age", description="Age in whole years on 2024-08-01.")
    residing_in_japan: bool | None = Field(None, title="Lives in Japan now",
                                           description="Yes if the applicant lives in Japan at present.")
    jlpt_level: str | None = Field(
        None, title="JLPT level", description="Highest Japanese-Language Proficiency Test level passed: N1 (highest) "
        "to N5, or 'none'.",
    )
    english_proficient: bool | None = Field(None, title="Proficient in English",
                                            description="Yes if the applicant is proficient in English.")
    participated_fiscal_years: list[FiscalYear] = Field(
        default_factory=list, max_length=50, title="Earlier participation (fiscal years)",
        description="Fiscal years in which the applicant already took part in the program, e.g. 2023.",
    )

    @field_validator("nationality")
    @classmethod
    def _blank_is_unknown(cls, value: str | None) -> str | None:
        return value or None

    @field_validator("participated_fiscal_years", mode="before")
    @classmethod
    def _none_is_empty(cls, value: object) -> object:
        return [] if value is None else value

    @field_validator("jlpt_level", mode="before")
    @classmethod
    def _jlpt(cls, value: object) -> str | None:
        # accept what people and models write: "N2", "n2", "JLPT N2", "2", 2, "none"
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, (str, int)):
            raise ValueError("expected one of N1, N2, N3, N4, N5 or 'none'")
        if not str(value).strip():
            return None
        text = re.sub(r"[\s\-_]+", "", str(value).strip().upper()).removeprefix("JLPT")
        if text in {"NONE", "NO", "0"}:
            return "none"
        if re.fullmatch(r"[1-5]", text):
            text = "N" + text
        if text not in JLPT_LEVELS:
            raise ValueError("expected one of N1, N2, N3, N4, N5 or 'none'")
        return text


class NationalityVerdict(NationalityMatch):
    excluded: bool = False


class JipEligibilityResult(ToolResult):
    eligible: Verdict
    criteria: list[Criterion]
    missing: list[str] = Field(default_factory=list, description="What to ask the applicant next.")
    nationality_match: NationalityVerdict | None = None


def _overall(verdicts: list[Verdict]) -> Verdict:
    return "no" if "no" in verdicts else "unknown" if "unknown" in verdicts else "yes"


def jip_eligibility(
    nationality: str | None = None,
    age: int | None = None,
    residing_in_japan: bool | None = None,
    jlpt_level: str | None = None,
    english_proficient: bool | None = None,
    participated_fiscal_years: list[int] | None = None,
    *,
    rules: RuleBook,
) -> JipEligibilityResult:
    """Check whether an applicant may apply to the METI Japan Internship Program (JIP), FY2024.

    Give what is known; leave the rest empty (null). Checks nationality (a country on the OECD/DAC list,
    China excluded), not living in Japan, JLPT N3 or higher or English proficiency, age 18 to 40 on
    2024-08-01, and no participation in FY2016-FY2023. Returns yes / no / unknown, a verdict per
    criterion, and what is still missing.
    """
    args = JipEligibilityInput(
        nationality=nationality, age=age, residing_in_japan=residing_in_japan, jlpt_level=jlpt_level,
        english_proficient=english_proficient, participated_fiscal_years=participated_fiscal_years or [],
    )
    jip = rules.jip
    criteria: list[Criterion] = []
    missing: list[str] = []
    used: list[str] = []

    # --- nationality -----------------------------------------------------------------------------
    match: NationalityVerdict | None = None
    nat_rule = jip.nationality
    used += [nat_rule.id, jip.dac_list.id]
    if args.nationality is None:
        nat = Criterion(criterion="nationality", verdict="unknown", rule_id=nat_rule.id,
                        detail="Nationality not given.")
        missing.append("nationality: which country's citizenship the applicant holds")
    else:
        found = CountryMatcher(rules).match(args.nationality)
        match = NationalityVerdict(**found.model_dump(), excluded=found.iso3 in nat_rule.excluded_iso3)
        used += found.rule_ids
        if found.kind == "ambiguous":
            nat = Criterion(
                criterion="nationality", verdict="unknown", rule_id=nat_rule.id,
                detail=f"{args.nationality!r} can mean {' or '.join(found.candidates)}; the answer differs.",
            )
            missing.append(f"nationality: which one is meant ({' or '.join(found.candidates)})")
        elif found.kind == "unrecognised":
            hint = f" Did you mean {' or '.join(found.suggestions)}?" if found.suggestions else ""
            nat = Criterion(
                criterion="nationality", verdict="unknown", rule_id=nat_rule.id,
                detail=f"We could not recognise {args.nationality!r} as a country, so we cannot check it "
                       f"against the DAC list.{hint}",
            )
            missing.append("nationality: the country's name as written in English (e.g. 'Viet Nam') or its ISO code")
        elif match.excluded:
            nat = Criterion(
                criterion="nationality", verdict="no", rule_id=nat_rule.id,
                detail=f"{found.name} is on the DAC list, but the program explicitly excludes the People's "
                       "Republic of China.",
            )
        elif found.on_dac_list:
            nat = Criterion(criterion="nationality", verdict="yes", rule_id=nat_rule.id,
                            detail=f"{found.name} ({found.iso3}) is on the DAC list of ODA recipients.")
        else:
            nat = Criterion(
                criterion="nationality", verdict="no", rule_id=nat_rule.id,
                detail=f"{found.name} is not on the DAC list of ODA recipients (2024-25), so its citizens "
                       "cannot apply.",
            )
    criteria.append(nat)

    # --- residence -------------------------------------------------------------------------------
    res = jip.residence
    used.append(res.id)
    if args.residing_in_japan is None:
        criteria.append(Criterion(criterion="not_residing_in_japan", verdict="unknown", rule_id=res.id,
                                  detail="Not known whether the applicant lives in Japan now."))
        missing.append("residing_in_japan: whether the applicant currently lives in Japan")
    elif args.residing_in_japan:
        criteria.append(Criterion(criterion="not_residing_in_japan", verdict="no", rule_id=res.id,
                                  detail="People currently living in Japan are not eligible."))
    else:
        criteria.append(Criterion(criterion="not_residing_in_japan", verdict="yes", rule_id=res.id,
                                  detail="The applicant does not live in Japan (living in a third country is fine)."))

    # --- language --------------------------------------------------------------------------------
    lang = jip.language
    used.append(lang.id)
    min_level = f"N{lang.jlpt_min_level}"
    jlpt_ok: bool | None = None
    if args.jlpt_level == "none":
        jlpt_ok = False
    elif args.jlpt_level is not None:
        jlpt_ok = int(args.jlpt_level[1]) <= lang.jlpt_min_level  # N1 is the highest level
    if jlpt_ok or args.english_proficient:
        why = f"JLPT {args.jlpt_level}" if jlpt_ok else "English proficiency"
        criteria.append(Criterion(criterion="language", verdict="yes", rule_id=lang.id,
                                  detail=f"Meets the language requirement through {why}."))
    elif jlpt_ok is False and args.english_proficient is False:
        have = "no JLPT" if args.jlpt_level == "none" else f"JLPT {args.jlpt_level}"
        criteria.append(Criterion(
            criterion="language", verdict="no", rule_id=lang.id,
            detail=f"Needs JLPT {min_level} or higher, or English proficiency; has {have} and no English proficiency.",
        ))
    else:
        criteria.append(Criterion(criterion="language", verdict="unknown", rule_id=lang.id,
                                  detail=f"Needs JLPT {min_level} or higher, or English proficiency."))
        if args.jlpt_level is None:
            missing.append(f"jlpt_level: the highest JLPT level passed (N1-N5, or none: {min_level} or higher qualifies)")
        if args.english_proficient is None:
            missing.append("english_proficient: whether the applicant is proficient in English")

    # --- age -------------------------------------------------------------------------------------
    age_rule = jip.age
    used.append(age_rule.id)
    ref_day = age_rule.reference_date.isoformat()
    if args.age is None:
        criteria.append(Criterion(criterion="age", verdict="unknown", rule_id=age_rule.id,
                                  detail=f"Age not given (must be {age_rule.min_age} to {age_rule.max_age} on {ref_day})."))
        missing.append(f"age: the applicant's age on {ref_day}")
    else:
        ok = age_rule.min_age <= args.age <= age_rule.max_age
        criteria.append(Criterion(
            criterion="age", verdict="yes" if ok else "no", rule_id=age_rule.id,
            detail=f"Age {args.age} on {ref_day}; the program is in principle for ages {age_rule.min_age} to "
                   f"{age_rule.max_age}.",
        ))

    # --- previous participation ------------------------------------------------------------------
    prev = jip.previous_participation
    used.append(prev.id)
    blocked = sorted(y for y in set(args.participated_fiscal_years)
                     if prev.first_fiscal_year <= y <= prev.last_fiscal_year)
    criteria.append(Criterion(
        criterion="not_previous_participant", verdict="no" if blocked else "yes", rule_id=prev.id,
        detail=(f"Already took part in FY{', FY'.join(str(y) for y in blocked)}; participants of "
                f"FY{prev.first_fiscal_year}-FY{prev.last_fiscal_year} cannot apply again.") if blocked
        else f"No participation in FY{prev.first_fiscal_year}-FY{prev.last_fiscal_year} reported.",
    ))

    eligible = _overall([c.verdict for c in criteria])
    if eligible == "yes":
        lead = (f"Based on what you told us, you meet the {jip.program_year} Japan Internship Program requirements "
                "checked here.")
        body: list[str] = []
    elif eligible == "no":
        lead = f"You cannot apply to the {jip.program_year} Japan Internship Program:"
        body = [c.detail for c in criteria if c.verdict == "no"]
    else:
        lead = "Nothing rules you out so far, but we still need to know: " + "; ".join(
            m.split(":", 1)[1].strip() for m in missing) + "."
        # an unrecognised or ambiguous nationality deserves its own sentence (with the "did you mean")
        body = [c.detail for c in criteria if c.verdict == "unknown" and c.criterion == "nationality"
                and args.nationality is not None]
    notes = [
        jip.documents.text,
        "Applicants must also agree with the program's purpose, dedicate themselves to the internship on the "
        "program office's timetable, and meet each host company's own conditions.",
        "The age range applies 'in principle'; the program office decides exceptions.",
        f"The rule on earlier participation (FY{prev.first_fiscal_year}-FY{prev.last_fiscal_year}) is stated "
        f"by the seed document only (confidence {prev.confidence}).",
    ]
    used.append(jip.documents.id)
    findings = [
        Finding(code="jip_documents", rule_ids=[jip.documents.id]),
        Finding(code="jip_other_conditions"),
        Finding(code="jip_age_in_principle", rule_ids=[jip.age.id]),
        Finding(code="jip_participation_seed_only", params={"first": prev.first_fiscal_year,
                "last": prev.last_fiscal_year, "confidence": prev.confidence}, rule_ids=[prev.id]),
    ]
    sentences = [*body, lead] if eligible == "unknown" else [lead, *body]
    return JipEligibilityResult(
        eligible=eligible, criteria=criteria, missing=missing, nationality_match=match,
        explanation=" ".join(sentences), rules_used=[rules.ref(i) for i in dict.fromkeys(used)], notes=notes,
        findings=findings,
    )


# --- activity support funds --------------------------------------------------------------------------


class JipSupportFundsInput(ToolInput):
    mode: Literal["in_person", "online"] = Field(
        title="Internship mode", description="'in_person' (in Japan) or 'online' (from home)."
    )
    days: Count = Field(ge=1, le=366, title="Internship days", description="How many days the internship lasts.")


class JipSupportFundsResult(ToolResult):
    mode: Literal["in_person", "online"]
    days: int
    yen_per_day: int
    total_yen: int = Field(description="Total in yen (online: the yen value paid in local currency).")
    paid_in: str


def jip_support_funds(mode: Literal["in_person", "online"], days: int, *, rules: RuleBook) -> JipSupportFundsResult:
    """Activity support funds of the METI Japan Internship Program for an internship of a given length.

    Give the mode ('in_person' or 'online') and the number of internship days. In-person internships
    get 3,000 yen per day; online internships the equivalent of 1,000 yen per day in local currency.
    """
    args = JipSupportFundsInput(mode=mode, days=days)
    rate = rules.jip.rate(args.mode)
    total = rate.yen_per_day * args.days
    if args.mode == "in_person":
        explanation = (f"An in-person internship of {args.days} days comes with activity support funds of "
                       f"{rate.yen_per_day:,} yen per day: {total:,} yen in total.")
    else:
        explanation = (f"An online internship of {args.days} days comes with activity support funds equivalent to "
                       f"{rate.yen_per_day:,} yen per day, paid in local currency: the equivalent of {total:,} yen "
                       "in total.")
    notes = [f"The support-fund rates come from the seed document only (confidence {rate.confidence}); "
             "confirm them with the JIP office."]
    findings = [Finding(code="funds_rate_seed_only", params={"confidence": rate.confidence}, rule_ids=[rate.id])]
    if args.mode == "online":
        notes.append("The exchange rate used to convert yen to local currency is not stated in our sources.")
        findings.append(Finding(code="funds_exchange_rate_unknown"))
    return JipSupportFundsResult(
        mode=args.mode, days=args.days, yen_per_day=rate.yen_per_day, total_yen=total, paid_in=rate.paid_in,
        explanation=explanation, rules_used=[rules.ref(rate)], notes=notes, findings=findings,
    )
