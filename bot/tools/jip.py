"""jip_eligibility and jip_support_funds: the METI Japan Internship Program checks.

Each criterion gets its own yes / no / unknown verdict, so a partly answered conversation still learns
what is missing. Nationality is matched against the DAC list in knowledge/rules/ (less the excluded countries of jip.yaml).
Every rule value (ages, dates, fiscal years, rates) is the rule book's; the description a language model
reads is rendered from the response catalog (``tool.<name>.description``).
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field, field_validator

from bot.rules import RuleBook
from bot.text import rx
from bot.tools.countries import CountryMatcher, NationalityMatch
from bot.tools.models import Count, Criterion, Finding, ToolInput, ToolResult, Verdict

FiscalYear = Annotated[Count, Field(ge=1990, le=2100)]
JLPT_LEVELS = ("N1", "N2", "N3", "N4", "N5")


class JipEligibilityInput(ToolInput):
    nationality: str | None = Field(
        None, max_length=100, title="Nationality",
        description="The applicant's country of citizenship: its name in any common form (English or Japanese), or its 3-letter code.",
    )
    age: Count | None = Field(None, ge=0, le=120, title="Age", description="Age in whole years on the reference date the program's call sets.")
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
        description="Fiscal years in which the applicant already took part in the program (four-digit years).",
    )
    other_nationalities: list[Annotated[str, Field(max_length=100)]] = Field(
        default_factory=list, max_length=5, title="Other nationalities",
        description="Further countries whose citizenship the applicant also holds (dual nationals); each is checked.",
    )
    participated_before: bool | None = Field(
        None, title="Took part before",
        description="Yes if the applicant took part in the program before, also when the fiscal year is not known "
        "(known years go in participated_fiscal_years); no if never.",
    )

    @field_validator("nationality")
    @classmethod
    def _blank_is_unknown(cls, value: str | None) -> str | None:
        return value or None

    @field_validator("participated_fiscal_years", "other_nationalities", mode="before")
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
        text = rx.sub(r"[\s\-_]+", "", str(value).strip().upper()).removeprefix("JLPT")
        if text in {"NONE", "NO", "0"}:
            return "none"
        if rx.fullmatch(r"[1-5]", text):
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


def _check_nationality(
    rules: RuleBook, given: str,
) -> tuple[Criterion, NationalityVerdict, list[str], list[tuple[str, dict[str, Any]]]]:
    """One citizenship against the DAC list less the excluded countries: the criterion, the match, the rule ids
    used and what to ask when the name is unclear."""
    nat_rule = rules.jip.nationality
    found = CountryMatcher(rules).match(given)
    match = NationalityVerdict(**found.model_dump(), excluded=found.iso3 in nat_rule.excluded_iso3)
    facts: dict[str, Any] = {"given": given, "kind": found.kind, "name": found.name, "iso3": found.iso3,
                             "candidates": found.candidates, "suggestions": found.suggestions}
    needs: list[tuple[str, dict[str, Any]]] = []
    if found.kind == "ambiguous":
        verdict: Verdict = "unknown"
        needs.append(("nationality_which", {"candidates": found.candidates}))
    elif found.kind == "unrecognised":
        verdict = "unknown"
        needs.append(("nationality_name", {}))
    elif match.excluded:
        verdict, facts["kind"] = "no", "excluded"
    elif found.on_dac_list:
        verdict, facts["kind"] = "yes", "on_dac_list"
    else:
        verdict, facts["kind"] = "no", "not_on_dac_list"
    return (Criterion(criterion="nationality", verdict=verdict, rule_id=nat_rule.id, params=facts), match,
            list(found.rule_ids), needs)


def jip_eligibility(
    nationality: str | None = None,
    age: int | None = None,
    residing_in_japan: bool | None = None,
    jlpt_level: str | None = None,
    english_proficient: bool | None = None,
    participated_fiscal_years: list[int] | None = None,
    other_nationalities: list[str] | None = None,
    participated_before: bool | None = None,
    *,
    rules: RuleBook,
) -> JipEligibilityResult:
    """Check whether an applicant may apply to the METI Japan Internship Program (JIP).

    Give what is known; leave the rest empty (null). Checks nationality (the DAC list less the excluded
    countries), not living in Japan, the Japanese level or English proficiency, the age range on the reference
    date, and no earlier participation in the fiscal years of jip.yaml (an earlier participation whose year is not
    known, ``participated_before`` with no years, leaves that criterion open and asks the year). A person holding several citizenships
    (``other_nationalities`` beside ``nationality``) may apply through any of them: each is checked and the
    nationality criterion is met through the first that qualifies. Returns yes / no / unknown, a verdict
    per criterion, and what is still missing. (A language model reads tool.jip_eligibility.description.)
    """
    args = JipEligibilityInput(
        nationality=nationality, age=age, residing_in_japan=residing_in_japan, jlpt_level=jlpt_level,
        english_proficient=english_proficient, participated_fiscal_years=participated_fiscal_years or [],
        other_nationalities=other_nationalities or [], participated_before=participated_before,
    )
    jip = rules.jip
    criteria: list[Criterion] = []
    missing: list[Finding] = []
    several: list[Finding] = []  # the citizenships of a dual national, each with its verdict
    used: list[str] = []

    def need(slot: str, what: str, **params: Any) -> None:
        missing.append(Finding(code="missing", params={"slot": slot, "need": what, **params}))

    # --- nationality -----------------------------------------------------------------------------
    match: NationalityVerdict | None = None
    nat_rule = jip.nationality
    used += [nat_rule.id, jip.dac_list.id]
    held = list(dict.fromkeys(n for n in [args.nationality, *args.other_nationalities] if n))
    if not held:
        nat = Criterion(criterion="nationality", verdict="unknown", rule_id=nat_rule.id, params={"kind": "not_given"})
        need("nationality", "nationality")
    else:
        # a dual national may apply through either citizenship: the first that qualifies decides, else the first given
        checked = [_check_nationality(rules, given) for given in held]
        for _, _, ids, _ in checked:
            used += ids
        nat, match, _, needs = next((c for c in checked if c[0].verdict == "yes"), checked[0])
        for what, params in needs:
            need("nationality", what, **params)
        if len(checked) > 1:
            others = [{"name": c.params.get("name") or c.params.get("given"), "iso3": c.params.get("iso3") or "",
                       "kind": c.params.get("kind"), "verdict": c.verdict} for c, _, _, _ in checked]
            nat.params["held"] = others
            several.append(Finding(code="nationality_several", params={
                "used": nat.params.get("name") or nat.params.get("given"), "verdict": nat.verdict, "held": others},
                rule_ids=[nat_rule.id]))
    criteria.append(nat)

    # --- residence -------------------------------------------------------------------------------
    res = jip.residence
    used.append(res.id)
    if args.residing_in_japan is None:
        criteria.append(Criterion(criterion="not_residing_in_japan", verdict="unknown", rule_id=res.id))
        need("residing_in_japan", "residing_in_japan")
    else:
        criteria.append(Criterion(criterion="not_residing_in_japan", verdict="no" if args.residing_in_japan else "yes",
                                  rule_id=res.id))

    # --- language --------------------------------------------------------------------------------
    lang = jip.language
    used.append(lang.id)
    jlpt_ok: bool | None = None
    if args.jlpt_level == "none":
        jlpt_ok = False
    elif args.jlpt_level is not None:
        jlpt_ok = int(args.jlpt_level[1]) <= lang.jlpt_min_level  # N1 is the highest level
    held = {"jlpt_level": args.jlpt_level, "english_proficient": args.english_proficient}
    if jlpt_ok or args.english_proficient:
        criteria.append(Criterion(criterion="language", verdict="yes", rule_id=lang.id,
                                  params={**held, "through": "jlpt" if jlpt_ok else "english"}))
    elif jlpt_ok is False and args.english_proficient is False:
        criteria.append(Criterion(criterion="language", verdict="no", rule_id=lang.id, params=held))
    else:
        criteria.append(Criterion(criterion="language", verdict="unknown", rule_id=lang.id, params=held))
        if args.jlpt_level is None:
            need("jlpt_level", "jlpt_level")
        if args.english_proficient is None:
            need("english_proficient", "english_proficient")

    # --- age -------------------------------------------------------------------------------------
    age_rule = jip.age
    used.append(age_rule.id)
    if args.age is None:
        criteria.append(Criterion(criterion="age", verdict="unknown", rule_id=age_rule.id, params={"age": None}))
        need("age", "age")
    else:
        ok = age_rule.min_age <= args.age <= age_rule.max_age
        criteria.append(Criterion(criterion="age", verdict="yes" if ok else "no", rule_id=age_rule.id,
                                  params={"age": args.age}))

    # --- previous participation ------------------------------------------------------------------
    prev = jip.previous_participation
    used.append(prev.id)
    blocked = sorted(y for y in set(args.participated_fiscal_years)
                     if prev.first_fiscal_year <= y <= prev.last_fiscal_year)
    outside = sorted(set(args.participated_fiscal_years) - set(blocked))
    if blocked:
        criteria.append(Criterion(criterion="not_previous_participant", verdict="no", rule_id=prev.id,
                                  params={"fiscal_years": blocked, "outside": outside}))
    elif args.participated_before and not args.participated_fiscal_years:
        # took part before, the year not told: only a year in the excluded range rules the applicant out, so it is asked
        criteria.append(Criterion(criterion="not_previous_participant", verdict="unknown", rule_id=prev.id,
                                  params={"fiscal_years": [], "outside": [], "kind": "year_unknown"}))
        need("participated_fiscal_years", "participated_year")
    else:
        criteria.append(Criterion(criterion="not_previous_participant", verdict="yes", rule_id=prev.id,
                                  params={"fiscal_years": [], "outside": outside}))

    eligible = _overall([c.verdict for c in criteria])
    used.append(jip.documents.id)
    findings = [
        Finding(code="jip_documents", rule_ids=[jip.documents.id]),
        Finding(code="jip_other_conditions"),
        Finding(code="jip_age_in_principle", rule_ids=[jip.age.id]),
        Finding(code="jip_participation_seed_only", params={"first": prev.first_fiscal_year,
                "last": prev.last_fiscal_year, "confidence": prev.confidence}, rule_ids=[prev.id]),
        *several,
        *missing,
    ]
    return JipEligibilityResult(
        eligible=eligible, criteria=criteria, nationality_match=match,
        rules_used=[rules.ref(i) for i in dict.fromkeys(used)], findings=findings,
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

    Give the mode ('in_person' or 'online') and the number of internship days; the rate per day of each mode
    is the rule book's (jip.yaml support_funds).
    """
    args = JipSupportFundsInput(mode=mode, days=days)
    rate = rules.jip.rate(args.mode)
    total = rate.yen_per_day * args.days
    findings = [Finding(code="funds_rate_seed_only", params={"confidence": rate.confidence}, rule_ids=[rate.id])]
    if args.mode == "online":
        findings.append(Finding(code="funds_exchange_rate_unknown"))
    return JipSupportFundsResult(
        mode=args.mode, days=args.days, yen_per_day=rate.yen_per_day, total_yen=total, paid_in=rate.paid_in,
        rules_used=[rules.ref(rate)], findings=findings,
    )
