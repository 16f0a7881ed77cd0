"""Evaluation datasets: JSON Lines cases in the shared/DESIGN.md format, validated with pydantic.

A malformed line never stops a run: it becomes a ``DatasetIssue`` (file + line number + reason) and the
other cases are still evaluated.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from bot.errors import DatasetError, describe_validation_error


class Expect(BaseModel):
    """What the last reply of a case must satisfy; every key is optional."""

    # A typo such as "fact" would silently make a case pass, so unknown keys are an error here.
    model_config = ConfigDict(extra="forbid")

    facts: list[str] = Field(default_factory=list, description="Regexes that must all match the answer.")
    forbid: list[str] = Field(default_factory=list, description="Regexes none of which may match the answer.")
    sources: list[str] = Field(
        default_factory=list, description="Doc ids: at least one must be in the top 5 retrieved or cited."
    )
    tool: str | None = Field(None, description="This tool must be called in the last turn.")
    tool_args: dict[str, Any] | None = Field(None, description="These arguments must be passed (a subset).")
    refuse: bool | None = Field(None, description="The last reply must (not) be a refusal.")

    @field_validator("facts", "forbid")
    @classmethod
    def _regexes_compile(cls, patterns: list[str]) -> list[str]:
        for pattern in patterns:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"invalid regex {pattern!r}: {exc}") from exc
        return patterns


class Case(BaseModel):
    """One evaluation case: a single question or several turns, and its expectations."""

    # Cases may carry extra metadata (notes, authors); it is kept out of the way, not rejected.
    model_config = ConfigDict(extra="ignore")

    id: str = Field(min_length=1)
    question: str | None = None
    turns: list[str] | None = None
    expect: Expect = Field(default_factory=Expect)
    tags: list[str] = Field(default_factory=list, description="Categories the case counts under.")
    category: str | None = Field(None, description="A single category; merged into tags.")
    file: str = ""
    line: int = 0

    @field_validator("tags", mode="before")
    @classmethod
    def _tags_may_be_a_string(cls, value: Any) -> Any:
        return [value] if isinstance(value, str) else value

    @model_validator(mode="after")
    def _one_way_of_asking(self) -> "Case":
        if (self.question is None) == (self.turns is None):
            raise ValueError('give exactly one of "question" (single turn) or "turns" (multi turn)')
        if self.turns is not None and not self.turns:
            raise ValueError('"turns" must hold at least one message')
        if self.category and self.category not in self.tags:
            self.tags = [*self.tags, self.category]
        return self

    @property
    def messages(self) -> list[str]:
        """The user messages in order (a single question is a one-turn conversation)."""
        return list(self.turns) if self.turns is not None else [self.question or ""]

    @property
    def categories(self) -> list[str]:
        """The tags, or for an untagged case the dataset's name (e.g. "retrieval" for retrieval.jsonl)."""
        if self.tags:
            return self.tags
        return [Path(self.file).stem] if self.file else ["untagged"]


class DatasetIssue(BaseModel):
    file: str
    line: int
    error: str


class DatasetLoad(BaseModel):
    cases: list[Case] = Field(default_factory=list)
    issues: list[DatasetIssue] = Field(default_factory=list)


def load_dataset(path: Path) -> DatasetLoad:
    """Read one JSON Lines file. Raises ``DatasetError`` only when the file itself cannot be read."""
    if not path.exists():
        raise DatasetError(f"dataset file not found: {path}")
    if not path.is_file():
        raise DatasetError(f"dataset path is not a file: {path}")
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DatasetError(f"cannot read dataset {path}: {exc}") from exc

    load = DatasetLoad()
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            load.issues.append(DatasetIssue(file=str(path), line=number, error=f"invalid JSON: {exc.msg}"))
            continue
        if not isinstance(data, dict):
            load.issues.append(DatasetIssue(file=str(path), line=number, error="a case must be a JSON object"))
            continue
        try:
            case = Case.model_validate({**data, "file": str(path), "line": number})
        except ValidationError as exc:
            load.issues.append(DatasetIssue(file=str(path), line=number, error=describe_validation_error(exc, fallback=None)))
            continue
        load.cases.append(case)
    return load


def load_datasets(paths: list[Path]) -> DatasetLoad:
    """Read several files; a case id seen twice is reported (the later one is skipped) so results stay keyed."""
    merged = DatasetLoad()
    seen: dict[str, str] = {}
    for path in paths:
        load = load_dataset(path)
        merged.issues.extend(load.issues)
        for case in load.cases:
            if case.id in seen:
                merged.issues.append(
                    DatasetIssue(
                        file=case.file, line=case.line, error=f"duplicate case id {case.id!r} (first in {seen[case.id]})"
                    )
                )
                continue
            seen[case.id] = f"{case.file}:{case.line}"
            merged.cases.append(case)
    return merged
