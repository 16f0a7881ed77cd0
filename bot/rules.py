"""The rule book: the rule tables of knowledge/rules/ loaded as validated data.

Every row carries an id, its source and a confidence (H / M / UNCONFIRMED, shared/domain/RULES.md), so
each tool answer can cite the exact row it used. Thresholds live in the files, never in code; a
malformed file fails loading with a message that names the file and the field.
"""

from __future__ import annotations

import csv
import typing
from datetime import date
from fractions import Fraction
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError, field_validator, model_validator

from bot.datafile import parse_yaml
from bot.errors import BotError, describe_validation_error

Confidence = Literal["H", "M", "UNCONFIRMED"]


class RuleFileError(BotError):
    """A file of knowledge/rules/ is missing or malformed (the message names the file and the field)."""

    def __init__(self, file: str | Path, reason: str) -> None:
        super().__init__(f"rule file {file}: {reason}")
        self.file = str(file)
        self.reason = reason


def _parse_fraction(value: Any) -> Fraction:
    """Shares are written as exact fractions ("1/3") so 33.3...% is compared exactly, not as 0.333."""
    if isinstance(value, bool):
        raise ValueError("expected a fraction such as '1/3'")
    try:
        frac = Fraction(str(value).strip())
    except (ValueError, ZeroDivisionError) as exc:
        raise ValueError(f"expected a fraction such as '1/3', got {value!r}") from exc
    if frac < 0:
        raise ValueError("a share cannot be negative")
    return frac


Share = Annotated[Fraction, BeforeValidator(_parse_fraction)]


def _as_list(value: Any) -> Any:
    return [value] if isinstance(value, str) else value


class RuleRef(BaseModel):
    """A rule row as cited in a tool answer."""

    id: str
    text: str
    source: str = Field(description="Title(s) of the source(s), '; '-separated.")
    confidence: Confidence
    doc_ids: list[str] = Field(default_factory=list, description="Knowledge documents that state the rule.")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, arbitrary_types_allowed=True)


class Source(_Strict):
    id: str
    title: str
    doc_id: str | None = None
    url: str | None = None


class Rule(_Strict):
    """Fields every rule row has."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9._-]*$")
    text: str = Field(min_length=1)
    source: Annotated[list[str], BeforeValidator(_as_list)] = Field(min_length=1)
    confidence: Confidence


# --- technical intern training quota ---------------------------------------------------------------


class BasicNumberRow(Rule):
    min_employees: int = Field(ge=0)
    max_employees: int | None = Field(None, ge=0)
    basic: int | None = Field(None, ge=0)
    ratio: Share | None = None

    @model_validator(mode="after")
    def _one_of_basic_or_ratio(self) -> BasicNumberRow:
        if (self.basic is None) == (self.ratio is None):
            raise ValueError("give exactly one of 'basic' (a number) or 'ratio' (a fraction)")
        if self.max_employees is not None and self.max_employees < self.min_employees:
            raise ValueError("max_employees is smaller than min_employees")
        return self


class RoundingRule(Rule):
    method: Literal["floor", "ceil", "round"]
    order: Literal["multiply_first", "basic_first"] = Field(
        "multiply_first", description="Apply the stage multiplier to the exact fraction, then round (the ordinance)."
    )


class FullTimeDefinition(Rule):
    """Who counts as a full-time employee (RULES.md 1): the thresholds as data for answers."""

    min_days_per_week: int = Field(ge=1, le=7)
    min_days_per_year: int = Field(ge=1, le=366)
    min_hours_per_week: float = Field(gt=0)
    employment_insurance_min_hours: float = Field(gt=0)


class ExcellentCondition(Rule):
    """The excellent limits need an excellent implementing AND an excellent supervising organization."""

    min_score_share: Share


# Situations the basic quota table does not cover: the quota tool names them instead of computing.
QuotaCase = Literal[
    "construction", "fishing_on_board", "transferred_trainee", "company_type", "employment_for_skill_development"
]
QUOTA_CASES: tuple[str, ...] = typing.get_args(QuotaCase)


class NotCoveredRule(Rule):
    case: QuotaCase
    effective: date | None = None


class StageRule(Rule):
    organization: Literal["standard", "excellent"]
    stage: Literal["no1", "no2", "no3"]
    period: Literal["per_year", "at_once"]
    allowed: bool
    multiplier: int = Field(ge=0)
    cap_multiple: int = Field(ge=0)


class QuotaRules(_Strict):
    full_time_employees: list[Rule] = Field(min_length=1)
    full_time_definition: FullTimeDefinition
    basic_number: list[BasicNumberRow] = Field(min_length=1)
    rounding: RoundingRule
    headcount: Rule
    stages: list[StageRule]
    excellent_condition: ExcellentCondition
    not_covered: list[NotCoveredRule]

    @model_validator(mode="after")
    def _table_is_complete(self) -> QuotaRules:
        rows = sorted(self.basic_number, key=lambda r: r.min_employees)
        if rows[0].min_employees != 0:
            raise ValueError("basic_number must start at min_employees 0")
        for prev, row in zip(rows, rows[1:]):
            if prev.max_employees is None or row.min_employees != prev.max_employees + 1:
                raise ValueError(f"basic_number rows {prev.id} and {row.id} leave a gap or overlap")
        if rows[-1].max_employees is not None:
            raise ValueError("the last basic_number row must be open-ended (max_employees: null)")
        pairs = [(s.organization, s.stage) for s in self.stages]
        wanted = [(o, s) for o in ("standard", "excellent") for s in ("no1", "no2", "no3")]
        for pair in wanted:
            if pairs.count(pair) != 1:
                raise ValueError(f"stages needs exactly one row for {pair[0]} {pair[1]}")
        cases = [row.case for row in self.not_covered]
        for case in QUOTA_CASES:
            if cases.count(case) != 1:
                raise ValueError(f"not_covered needs exactly one row for case {case!r}")
        return self

    def stage(self, organization: str, stage: str) -> StageRule:
        return next(s for s in self.stages if s.organization == organization and s.stage == stage)

    def not_covered_case(self, case: str) -> NotCoveredRule:
        return next(row for row in self.not_covered if row.case == case)


class NursingSmallRule(Rule):
    max_staff: int = Field(ge=0)
    ratio: Share
    rounding: Literal["floor", "ceil", "round"]


class NursingLargeRule(Rule):
    min_staff: int = Field(ge=1)


class TotalCapRule(Rule):
    cap_multiple: int = Field(ge=1)


class CountedStaffRule(Rule):
    counted: list[str] = Field(min_length=1)
    not_counted: list[str] = Field(min_length=1)


class NursingStageRule(Rule):
    """Nursing care: No.1 at one time and all stages together at one time, as multiples of the basic number."""

    organization: Literal["standard", "excellent"]
    no1_multiplier: int = Field(ge=1)
    together_multiplier: int = Field(ge=1)
    together_stages: list[Literal["no1", "no2", "no3"]] = Field(min_length=1)


class NursingRules(_Strict):
    counted_staff: CountedStaffRule
    small_establishment: NursingSmallRule
    seed_small_establishment: Rule
    large_establishment: NursingLargeRule
    stages: list[NursingStageRule]
    total_cap: TotalCapRule

    @model_validator(mode="after")
    def _contiguous(self) -> NursingRules:
        if self.large_establishment.min_staff != self.small_establishment.max_staff + 1:
            raise ValueError("large_establishment.min_staff must be small_establishment.max_staff + 1")
        if sorted(s.organization for s in self.stages) != ["excellent", "standard"]:
            raise ValueError("stages needs exactly one row for standard and one for excellent")
        return self

    def stage(self, organization: str) -> NursingStageRule:
        return next(s for s in self.stages if s.organization == organization)


# --- training time ----------------------------------------------------------------------------------


class TimeLimit(Rule):
    category: Literal["required", "related", "peripheral"]
    kind: Literal["min", "max", "max_exclusive"]
    share: Share
    authority: Literal["official", "seed"]


class SafetyHealthRule(Rule):
    min_share_each_category: Share


class TrainingTimeRules(_Strict):
    limits: list[TimeLimit] = Field(min_length=1)
    safety_health: SafetyHealthRule

    @model_validator(mode="after")
    def _each_category_has_official_limit(self) -> TrainingTimeRules:
        for cat in ("required", "related", "peripheral"):
            if not any(lim.category == cat and lim.authority == "official" for lim in self.limits):
                raise ValueError(f"limits needs an official row for category {cat!r}")
        return self


# --- Re-Skills ----------------------------------------------------------------------------------------


class ShareRule(Rule):
    share: Share


class FieldRule(Rule):
    name: str
    keywords: list[str] = Field(min_length=1)

    @field_validator("keywords")
    @classmethod
    def _lower(cls, value: list[str]) -> list[str]:
        return [k.strip().lower() for k in value if k.strip()]


class WindowRule(Rule):
    opens: date
    closes: date
    courses_launched_from: date


class MinHoursRule(Rule):
    not_eligible_at_or_below: float = Field(ge=0)


class ReskillsRules(_Strict):
    practical_share: ShareRule
    basic_it_excluded: Rule
    fields: list[FieldRule] = Field(min_length=1)
    application_window: WindowRule
    min_total_hours: MinHoursRule
    fields_later_rounds: Rule


# --- Japan Internship Program ------------------------------------------------------------------------


class NationalityRule(Rule):
    dac_list_file: str
    excluded_iso3: list[str] = Field(default_factory=list)


class LanguageRule(Rule):
    jlpt_min_level: int = Field(ge=1, le=5, description="N3 -> 3; N1 is the highest level.")


class AgeRule(Rule):
    min_age: int = Field(ge=0, le=120)
    max_age: int = Field(ge=0, le=120)
    reference_date: date


class ParticipationRule(Rule):
    first_fiscal_year: int = Field(ge=1990, le=2100)
    last_fiscal_year: int = Field(ge=1990, le=2100)


class FundRate(Rule):
    mode: Literal["in_person", "online"]
    yen_per_day: int = Field(gt=0)
    paid_in: str


class JipRules(_Strict):
    program_year: str
    nationality: NationalityRule
    dac_list: Rule
    residence: Rule
    language: LanguageRule
    age: AgeRule
    documents: Rule
    previous_participation: ParticipationRule
    support_funds: list[FundRate]

    @model_validator(mode="after")
    def _one_rate_per_mode(self) -> JipRules:
        modes = [r.mode for r in self.support_funds]
        if sorted(modes) != ["in_person", "online"]:
            raise ValueError("support_funds needs exactly one row for in_person and one for online")
        return self

    def rate(self, mode: str) -> FundRate:
        return next(r for r in self.support_funds if r.mode == mode)


class DacCountry(Rule):
    name: str = Field(min_length=1)
    iso3: str = Field(pattern=r"^[A-Z]{3}$")
    group: str

    @model_validator(mode="before")
    @classmethod
    def _default_text(cls, data: Any) -> Any:
        # CSV rows carry no prose; the citation text is derived from the row itself.
        if isinstance(data, dict) and not data.get("text"):
            group = str(data.get("group", "")).replace("_", " ")
            data = {**data, "text": f"{data.get('name')} ({data.get('iso3')}) is on the DAC list of ODA recipients 2024-25 ({group})."}
        return data


class CountryAlias(Rule):
    alias: str = Field(min_length=1)
    iso3: str = Field(pattern=r"^[A-Z]{3}(\|[A-Z]{3})*$", description="'|'-separated when ambiguous.")
    kind: Literal["alternative_name", "official_name", "former_name", "demonym", "ambiguous"]

    @model_validator(mode="before")
    @classmethod
    def _default_text(cls, data: Any) -> Any:
        if isinstance(data, dict) and not data.get("text"):
            data = {**data, "text": f"{data.get('alias')!r} is read as {data.get('iso3')} ({data.get('kind')})."}
        return data

    @property
    def candidates(self) -> list[str]:
        return self.iso3.split("|")


# --- facts newer than the seeds (answers' notes) -------------------------------------------------------


def _phrases(value: Any) -> Any:
    value = _as_list(value)
    if isinstance(value, list):
        return [str(v).strip().lower() for v in value if str(v).strip()]
    return value


Phrases = Annotated[list[str], BeforeValidator(_phrases)]


class UpdateRule(Rule):
    """A fact newer than a seed document (or a caveat about one), shown as a note next to a quoted passage."""

    programs: Phrases = Field(min_length=1, description="Program ids the row is about (keys of `programs`).")
    topics: Phrases = Field(default_factory=list, description="Any of these in the passage makes the row apply.")
    requires: Phrases = Field(default_factory=list, description="All of these must be in the passage.")
    note: str | None = Field(
        None, min_length=1,
        description="Wording shown in answers; {as_of}, {d[key]} (its data) and {c[row id][key]} (a cited row's) are filled in.",
    )
    fallback: bool = Field(False, description="Shown only when no other row of its program applies.")
    answers: bool = Field(
        False, description="Asked (update_asks of answer_types.yaml), the row answers the question itself: the documents "
        "describe the system it replaces, so none of their passages is quoted as the answer.",
    )
    also_cites: Phrases = Field(default_factory=list, description="Rows of this file the note also states.")
    data: dict[str, Any] = Field(
        default_factory=dict, description="The row's facts as named values (dates, counts) for answers and templates."
    )


    def render_note(self, as_of: str, cited: dict[str, dict[str, Any]]) -> str:
        """The English note with its values filled in ("" for a row without a note)."""
        return (self.note or "").format(as_of=as_of, d=self.data, c=cited)


class UpdateRules(_Strict):
    programs: dict[str, Phrases] = Field(min_length=1, description="How a heading or text names each program.")
    updates: list[UpdateRule] = Field(min_length=1)

    @model_validator(mode="after")
    def _references_resolve(self) -> UpdateRules:
        ids = {row.id for row in self.updates}
        for i, row in enumerate(self.updates):
            unknown = [p for p in row.programs if p not in self.programs]
            if unknown:
                raise ValueError(f"updates.{i}.programs: {unknown} not among the keys of 'programs'")
            missing = [c for c in row.also_cites if c not in ids]
            if missing:
                raise ValueError(f"updates.{i}.also_cites: {missing} are not rows of this file")
            try:
                row.render_note("x", self.cited_data(row))
            except (KeyError, IndexError, ValueError, TypeError, AttributeError) as exc:
                raise ValueError(
                    f"updates.{i}.note: a placeholder is not {{as_of}}, {{d[key]}} of its data or {{c[row id][key]}} "
                    f"of a row it also_cites ({exc!r})"
                ) from exc
        return self

    def cited_data(self, row: UpdateRule) -> dict[str, dict[str, Any]]:
        """The data of the rows ``row`` also cites, by row id (a note states their values too)."""
        by_id = {r.id: r for r in self.updates}
        return {c: by_id[c].data for c in row.also_cites if c in by_id}


# --- loading --------------------------------------------------------------------------------------------


def _read_yaml(path: Path) -> dict:
    if not path.is_file():
        raise RuleFileError(path, "file is missing")
    try:
        data = parse_yaml(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise RuleFileError(path, f"not valid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise RuleFileError(path, "expected a mapping of keys at the top level")
    return data


def _load_yaml_model(path: Path, model: type[BaseModel]) -> Any:
    data = _read_yaml(path)
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise RuleFileError(path, describe_validation_error(exc, label="field ", fallback="(file)")) from exc


def _load_csv_rows(path: Path, model: type[Rule]) -> list[Any]:
    if not path.is_file():
        raise RuleFileError(path, "file is missing")
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            raw_rows = list(csv.DictReader(handle))
    except (UnicodeDecodeError, csv.Error) as exc:
        raise RuleFileError(path, f"not a readable UTF-8 CSV file: {exc}") from exc
    rows = []
    for line, raw in enumerate(raw_rows, start=2):  # line 1 is the header
        try:
            rows.append(model.model_validate({k: v for k, v in raw.items() if k is not None}))
        except ValidationError as exc:
            detail = describe_validation_error(exc, label="field ", fallback="(file)")
            raise RuleFileError(path, f"line {line}: {detail}") from exc
    if not rows:
        raise RuleFileError(path, "no rows")
    return rows


def _check_nursing_stages(path: Path, quota: QuotaRules, nursing: NursingRules) -> None:
    """The nursing No.1 and together multipliers must agree with the general stage rows they build on."""
    for row in nursing.stages:
        no1 = quota.stage(row.organization, "no1").multiplier
        together = sum(quota.stage(row.organization, s).multiplier for s in row.together_stages)
        allowed = [s for s in ("no1", "no2", "no3") if quota.stage(row.organization, s).allowed]
        if row.no1_multiplier != no1 or row.together_multiplier != together or sorted(row.together_stages) != allowed:
            raise RuleFileError(
                path, f"rule {row.id}: field stages: no1_multiplier {row.no1_multiplier} / together_multiplier "
                f"{row.together_multiplier} ({'+'.join(row.together_stages)}) disagree with the general stage rows "
                f"of titp_quota.yaml ({no1} / {together} for {'+'.join(allowed)})"
            )


class _SourcesFile(_Strict):
    sources: list[Source] = Field(min_length=1)


class RuleBook(BaseModel):
    """All rule tables, validated, with an index of every row by id."""

    model_config = ConfigDict(frozen=True, arbitrary_types_allowed=True)

    rules_dir: Path
    sources: dict[str, Source]
    quota: QuotaRules
    nursing: NursingRules
    training_time: TrainingTimeRules
    reskills: ReskillsRules
    jip: JipRules
    dac: list[DacCountry]
    aliases: list[CountryAlias]
    updates: UpdateRules
    rows: dict[str, Rule] = Field(repr=False)

    @classmethod
    def load(cls, rules_dir: Path) -> RuleBook:
        rules_dir = Path(rules_dir)
        if not rules_dir.is_dir():
            raise RuleFileError(rules_dir, "the rules folder does not exist (set BOT_KNOWLEDGE_DIR)")
        sources_file = _load_yaml_model(rules_dir / "sources.yaml", _SourcesFile)
        sources = {s.id: s for s in sources_file.sources}
        quota = _load_yaml_model(rules_dir / "titp_quota.yaml", QuotaRules)
        nursing = _load_yaml_model(rules_dir / "nursing_care.yaml", NursingRules)
        training = _load_yaml_model(rules_dir / "training_time.yaml", TrainingTimeRules)
        reskills = _load_yaml_model(rules_dir / "reskills.yaml", ReskillsRules)
        jip = _load_yaml_model(rules_dir / "jip.yaml", JipRules)
        dac_path = rules_dir / jip.nationality.dac_list_file
        dac = _load_csv_rows(dac_path, DacCountry)
        aliases = _load_csv_rows(rules_dir / "country_aliases.csv", CountryAlias)
        updates = _load_yaml_model(rules_dir / "updates.yaml", UpdateRules)

        by_file: list[tuple[str, list[Rule]]] = [
            ("titp_quota.yaml", [*quota.full_time_employees, quota.full_time_definition, *quota.basic_number,
                                 quota.rounding, quota.headcount, *quota.stages, quota.excellent_condition,
                                 *quota.not_covered]),
            ("nursing_care.yaml", [nursing.counted_staff, nursing.small_establishment,
                                   nursing.seed_small_establishment, nursing.large_establishment,
                                   *nursing.stages, nursing.total_cap]),
            ("training_time.yaml", [*training.limits, training.safety_health]),
            ("reskills.yaml", [reskills.practical_share, reskills.basic_it_excluded, *reskills.fields,
                               reskills.application_window, reskills.min_total_hours,
                               reskills.fields_later_rounds]),
            ("jip.yaml", [jip.nationality, jip.dac_list, jip.residence, jip.language, jip.age,
                          jip.documents, jip.previous_participation, *jip.support_funds]),
            (dac_path.name, list(dac)),
            ("country_aliases.csv", list(aliases)),
            ("updates.yaml", list(updates.updates)),
        ]
        rows: dict[str, Rule] = {}
        for file, file_rows in by_file:
            for row in file_rows:
                if row.id in rows:
                    raise RuleFileError(rules_dir / file, f"field id: duplicate rule id {row.id!r}")
                unknown = [s for s in row.source if s not in sources]
                if unknown:
                    raise RuleFileError(
                        rules_dir / file, f"rule {row.id}: field source: unknown source id(s) {unknown} "
                        "(add them to sources.yaml)"
                    )
                rows[row.id] = row

        _check_nursing_stages(rules_dir / "nursing_care.yaml", quota, nursing)
        dac_iso = [c.iso3 for c in dac]
        if len(set(dac_iso)) != len(dac_iso):
            raise RuleFileError(dac_path, "field iso3: a country code appears twice")
        for iso in jip.nationality.excluded_iso3:
            if iso not in dac_iso:
                raise RuleFileError(rules_dir / "jip.yaml", f"field nationality.excluded_iso3: {iso} is not on the DAC list")
        return cls(
            rules_dir=rules_dir, sources=sources, quota=quota, nursing=nursing, training_time=training,
            reskills=reskills, jip=jip, dac=dac, aliases=aliases, updates=updates, rows=rows,
        )

    def ref(self, rule: Rule | str) -> RuleRef:
        """The citation of a rule row (by object or id)."""
        row = self.rows[rule] if isinstance(rule, str) else rule
        titles = [self.sources[s].title for s in row.source]
        doc_ids = [self.sources[s].doc_id for s in row.source if self.sources[s].doc_id]
        return RuleRef(id=row.id, text=row.text, source="; ".join(titles), confidence=row.confidence, doc_ids=doc_ids)
