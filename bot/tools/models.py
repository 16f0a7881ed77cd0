"""Shared pydantic pieces of the tools: bounded input types, the result base and error wording.

Inputs accept what a person or a language model sends (numbers, numeric strings) but refuse booleans
for numbers, fractions where a whole number is meant (3.5 employees, "3.5"), NaN and infinity, and
unknown argument names, so every mistake is named by its field. Every entry point (the functions,
run_tool, the LangChain tools, the CLI, the calculator forms) words a rejection the same way:
``describe_validation_error``, which is also the text of ``ToolArgumentError``.
"""

from __future__ import annotations

import math
import re
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError
from pydantic_core import PydanticCustomError

from bot import errors
from bot.errors import BotError
from bot.rules import RuleRef

__all__ = [
    "Count",
    "Criterion",
    "Finding",
    "Hours",
    "RuleRef",
    "ToolArgumentError",
    "ToolInput",
    "ToolResult",
    "Verdict",
    "describe_validation_error",
    "fraction_pct",
    "pct",
]

Verdict = Literal["yes", "no", "unknown"]


def _no_bool(value: Any) -> Any:
    # pydantic would read True as 1: a yes/no answer in a number field is a mistake worth naming
    if isinstance(value, bool):
        raise ValueError("expected a number, not true/false")
    return value


def _finite(value: Any) -> Any:
    value = _no_bool(value)
    if isinstance(value, str):
        text = value.strip().lower()
        if text in {"nan", "+nan", "-nan", "inf", "+inf", "-inf", "infinity", "+infinity", "-infinity"}:
            raise ValueError("expected a finite number, not NaN or infinity")
    elif isinstance(value, float) and not math.isfinite(value):
        raise ValueError("expected a finite number, not NaN or infinity")
    return value


_WHOLE = re.compile(r"[+-]?\d+(?:\.0*)?")


def _whole_number(value: Any) -> Any:
    # A whole number means a whole number: 3.5 employees is a mistake to name, never rounded to 4.
    if isinstance(value, bool):
        raise ValueError("must be a whole number, not true/false")
    if isinstance(value, float):
        if not math.isfinite(value) or not value.is_integer():
            raise ValueError("must be a whole number")
        return int(value)
    if isinstance(value, str):
        text = value.strip()
        if not _WHOLE.fullmatch(text):
            raise ValueError("must be a whole number")
        return int(text.split(".")[0])
    return value  # int, or something pydantic's own int check will name


Count = Annotated[int, BeforeValidator(_whole_number)]
Hours = Annotated[float, BeforeValidator(_finite), Field(allow_inf_nan=False)]


class ToolArgumentError(ValidationError, BotError):
    """Bad tool arguments, raised by the tool functions: still a pydantic ValidationError (``errors()``
    names each field), but its message is the one line every other entry point shows."""

    def __str__(self) -> str:
        return describe_validation_error(self)

    @classmethod
    def rebuild(cls, exc: ValidationError) -> ToolArgumentError:
        """The same errors (type, field, message, input) as a ToolArgumentError."""
        try:
            return cls.from_exception_data(exc.title, exc.errors())
        except (KeyError, TypeError, ValueError):  # a custom error type: carry its message as it was
            return cls.from_exception_data(exc.title, [
                {"type": PydanticCustomError(e["type"], e["msg"]),
                 "loc": e["loc"], "input": e["input"]}
                for e in exc.errors()
            ])


class ToolInput(BaseModel):
    """Base of every tool's arguments: unknown argument names are errors, not silently dropped.

    Built directly (as the tool functions do), a bad argument raises ToolArgumentError.
    """

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    def __init__(self, /, **data: Any) -> None:
        try:
            super().__init__(**data)
        except ToolArgumentError:
            raise
        except ValidationError as exc:
            raise ToolArgumentError.rebuild(exc) from None


class Finding(BaseModel):
    """A fact a tool established, as a stable code with its parameters and the rule rows behind it, so
    that the words shown to a person are written from templates (bot/tools/speech.py fills ``explanation``
    and ``notes`` from them)."""

    code: str
    params: dict[str, Any] = Field(default_factory=dict)
    rule_ids: list[str] = Field(default_factory=list)


class ToolResult(BaseModel):
    """What every tool returns besides its numbers: words for a person, and the rules behind them."""

    explanation: str = Field("", description="Plain-English answer a small-business owner or applicant understands.")
    rules_used: list[RuleRef] = Field(default_factory=list, description="Rule rows used, with source and confidence.")
    notes: list[str] = Field(default_factory=list, description="Caveats, discrepancies between sources, next steps.")
    findings: list[Finding] = Field(
        default_factory=list, description="Structured facts behind the explanation and notes (code + parameters)."
    )


class Criterion(BaseModel):
    """One eligibility condition and how the given facts meet it."""

    criterion: str
    verdict: Verdict
    detail: str = Field("", description="The verdict in words (rendered from the response catalog).")
    rule_id: str
    params: dict[str, Any] = Field(default_factory=dict, description="The facts the verdict was decided on.")


def pct(part: float, whole: float) -> float:
    """A share in percent with one decimal, rounded half up as a person rounds it (2.5 of 8 is 31.25, shown 31.3;
    never 31.2 by rounding half to even). Read from the numbers' decimal writing, so float noise never turns
    31.25 into 31.2499..."""
    share = Decimal(repr(float(part))) * 100 / Decimal(repr(float(whole)))
    return float(share.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def fraction_pct(share: Fraction) -> str:
    """A fraction as a percentage string with at most one decimal, rounded half up (a third reads 33.3 with the
    sign)."""
    value = pct(share.numerator, share.denominator)
    return f"{value:g}%"


def describe_validation_error(exc: ValidationError) -> str:
    """One line per problem, each naming the argument, e.g. "full_time_employees: must be >= 0 (got -3)"."""
    return errors.describe_validation_error(exc, fallback="arguments", noun="argument", show_input=True)
