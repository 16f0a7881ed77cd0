"""Deterministic eligibility tools: pure functions over pydantic models, reading the rule book.

Public API: the five tools (names and arguments as in shared/DESIGN.md, plus ``rules=`` keyword), their
input / result models, ``TOOL_SPECS``, ``run_tool`` (never raises) and ``make_langchain_tools``.
"""

from bot.tools.jip import (
    JipEligibilityInput,
    JipEligibilityResult,
    JipSupportFundsInput,
    JipSupportFundsResult,
    jip_eligibility,
    jip_support_funds,
)
from bot.tools.models import Criterion, RuleRef, ToolInput, ToolResult, Verdict, describe_validation_error
from bot.tools.quota import CapApplied, TraineeQuotaInput, TraineeQuotaResult, trainee_quota
from bot.tools.registry import TOOL_SPECS, ToolOutcome, ToolSpec, get_spec, make_langchain_tools, run_tool
from bot.tools.reskills import ReskillsCourseInput, ReskillsCourseResult, reskills_course_check
from bot.tools.training import LimitCheck, TrainingTimeInput, TrainingTimeResult, training_time_split

__all__ = [
    "TOOL_SPECS",
    "CapApplied",
    "Criterion",
    "JipEligibilityInput",
    "JipEligibilityResult",
    "JipSupportFundsInput",
    "JipSupportFundsResult",
    "LimitCheck",
    "ReskillsCourseInput",
    "ReskillsCourseResult",
    "RuleRef",
    "ToolInput",
    "ToolOutcome",
    "ToolResult",
    "ToolSpec",
    "TraineeQuotaInput",
    "TraineeQuotaResult",
    "TrainingTimeInput",
    "TrainingTimeResult",
    "Verdict",
    "describe_validation_error",
    "get_spec",
    "jip_eligibility",
    "jip_support_funds",
    "make_langchain_tools",
    "reskills_course_check",
    "run_tool",
    "trainee_quota",
    "training_time_split",
]
