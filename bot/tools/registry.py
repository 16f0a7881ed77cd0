"""The tool registry: one list of specs, a never-raising runner, and the LangChain tool wrappers.

The CLI (`bot tool`), the UI calculators and the agent all go through here, so every caller gets the
same validation messages and the same JSON results.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from collections.abc import Callable

from pydantic import BaseModel, ValidationError

from bot.rules import RuleBook
from bot.tools.jip import (
    JipEligibilityInput,
    JipEligibilityResult,
    JipSupportFundsInput,
    JipSupportFundsResult,
    jip_eligibility,
    jip_support_funds,
)
from bot.tools.models import ToolInput, ToolResult, describe_validation_error
from bot.tools.quota import TraineeQuotaInput, TraineeQuotaResult, trainee_quota
from bot.tools.speech import catalog_for, speak
from bot.tools.reskills import ReskillsCourseInput, ReskillsCourseResult, reskills_course_check
from bot.tools.training import TrainingTimeInput, TrainingTimeResult, training_time_split

if TYPE_CHECKING:
    from langchain_core.tools import BaseTool

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ToolSpec:
    """A tool as the CLI, the UI calculators and the agent see it."""

    name: str
    input_model: type[ToolInput]
    result_model: type[ToolResult]
    description: str  # one line with no rule value, for lists and form titles (the catalog's summary wins)
    function: Callable[..., ToolResult]  # the pure function; takes the arguments plus rules=RuleBook

    @property
    def docstring(self) -> str:
        """The function's full docstring (what a tool without a catalog description tells a language model)."""
        import inspect

        return inspect.cleandoc(self.function.__doc__ or self.description)


def tool_description(spec: ToolSpec, responses: Any = None, lang: str = "en", *, full: bool = True) -> str:
    """What a tool is for, rendered from the response catalog with the rule book in context
    (``tool.<name>.description`` for a language model, ``tool.<name>.summary`` for lists), so the rule values
    a model reads (a date, an amount, an hour limit, a fiscal year) are the rule book's, never written by hand.
    A tool the catalog does not describe (a task-registry tool module) keeps its docstring / one-line description.
    """
    key = f"tool.{spec.name}.{'description' if full else 'summary'}"
    if responses is not None and responses.has(key, "en"):
        return " ".join(responses.say(key, lang).split())
    return spec.docstring if full else spec.description


TOOL_SPECS: list[ToolSpec] = [
    ToolSpec("trainee_quota", TraineeQuotaInput, TraineeQuotaResult,
             "How many technical intern trainees a company may accept (No.1, No.2 and No.3 at one time).",
             trainee_quota),
    ToolSpec("training_time_split", TrainingTimeInput, TrainingTimeResult,
             "Whether a training plan's split of required / related / peripheral hours is allowed.",
             training_time_split),
    ToolSpec("reskills_course_check", ReskillsCourseInput, ReskillsCourseResult,
             "Whether a course meets the METI Re-Skills certification requirements.",
             reskills_course_check),
    ToolSpec("jip_eligibility", JipEligibilityInput, JipEligibilityResult,
             "Whether an applicant may apply to the METI Japan Internship Program.",
             jip_eligibility),
    ToolSpec("jip_support_funds", JipSupportFundsInput, JipSupportFundsResult,
             "Activity support funds of the Japan Internship Program for a number of days.",
             jip_support_funds),
]

_BY_NAME = {spec.name: spec for spec in TOOL_SPECS}


def get_spec(name: str) -> ToolSpec | None:
    return _BY_NAME.get(name)


class ToolOutcome(BaseModel):
    """The result of running a tool by name: never an exception."""

    name: str
    ok: bool
    result: dict[str, Any] | None = None
    error: str | None = None


def non_object_message(args: Any) -> str:
    """What every entry point says when the arguments are not an object of named values."""
    return f"arguments must be a JSON object of named values, got {type(args).__name__}"


def run_tool(
    name: str, args: dict[str, Any], rules: RuleBook, specs: list[ToolSpec] | None = None, *,
    lang: str = "en", responses: Any = None,
) -> ToolOutcome:
    """Validate ``args`` against the tool's input model, run it and say the result; every failure becomes ``error``.

    ``specs``: the tools to choose from (default TOOL_SPECS; the task registry adds tool modules of its own).
    ``explanation`` and ``notes`` are rendered from the findings in ``lang`` with ``responses`` (default: the
    repository's catalog over ``rules``) when the catalog has the tool's explanation template.
    """
    by_name = _BY_NAME if specs is None else {s.name: s for s in specs}
    spec = by_name.get(name)
    if spec is None:
        known = ", ".join(by_name)
        return ToolOutcome(name=name, ok=False, error=f"unknown tool {name!r}; the tools are: {known}")
    if not isinstance(args, dict):
        return ToolOutcome(name=name, ok=False, error=non_object_message(args))
    try:
        params = spec.input_model.model_validate(args)
        result = spec.function(**params.model_dump(), rules=rules)
    except ValidationError as exc:
        return ToolOutcome(name=name, ok=False, error=describe_validation_error(exc))
    except Exception as exc:  # noqa: BLE001 - the boundary the CLI, UI and agent rely on: never raise
        log.exception("tool %s failed on %r", name, args)
        return ToolOutcome(name=name, ok=False, error=f"the {name} tool failed unexpectedly ({type(exc).__name__})")
    dumped = result.model_dump(mode="json")
    responses = responses or catalog_for(rules)
    if responses.has(f"tool.{name}.explanation", "en"):
        dumped = speak(name, dumped, responses, lang)
    return ToolOutcome(name=name, ok=True, result=dumped)


def invalid_arguments(name: str, detail: str) -> str:
    """The message a LangChain tool returns for bad arguments (ToolMessage status "error")."""
    return f"Invalid arguments for {name}: {detail}"


def make_checked_tool(
    func: Callable[..., Any], name: str, description: str, args_schema: type[BaseModel], **kwargs: Any
) -> BaseTool:
    """A LangChain StructuredTool that never raises on bad arguments.

    Arguments that are not an object (a bare string, a number, a tool call whose ``args`` is not an
    object) and arguments the schema refuses both come back as an "Invalid arguments for NAME: ..."
    message (ToolMessage status "error" when invoked with a ToolCall), worded as run_tool words them.
    """
    from langchain_core.messages import ToolMessage
    from langchain_core.tools import StructuredTool, ToolException

    class CheckedTool(StructuredTool):
        def _parse_input(self, tool_input: Any, tool_call_id: str | None) -> Any:
            if not isinstance(tool_input, dict):
                raise ToolException(invalid_arguments(self.name, non_object_message(tool_input)))
            return super()._parse_input(tool_input, tool_call_id)

        def _bad_call(self, value: Any) -> ToolMessage | None:
            if isinstance(value, dict) and value.get("type") == "tool_call" and not isinstance(value.get("args"), dict):
                return ToolMessage(
                    content=invalid_arguments(self.name, non_object_message(value.get("args"))),
                    tool_call_id=str(value.get("id") or ""), name=self.name, status="error",
                )
            return None

        def invoke(self, input: Any, config: Any = None, **kw: Any) -> Any:  # noqa: A002 - LangChain's name
            return self._bad_call(input) or super().invoke(input, config, **kw)

        async def ainvoke(self, input: Any, config: Any = None, **kw: Any) -> Any:  # noqa: A002
            return self._bad_call(input) or await super().ainvoke(input, config, **kw)

    def _on_invalid(exc: ValidationError) -> str:
        return invalid_arguments(name, describe_validation_error(exc))

    return CheckedTool.from_function(
        func=func, name=name, description=description, args_schema=args_schema,
        handle_validation_error=_on_invalid, handle_tool_error=True, **kwargs,
    )


def make_langchain_tools(rules: RuleBook, specs: list[ToolSpec] | None = None, responses: Any = None
                         ) -> list[BaseTool]:
    """Each tool as a LangChain StructuredTool: args_schema = the input model, description = the catalog's
    ``tool.<name>.description`` over ``rules`` (tool_description; ``responses`` default: catalog_for(rules)).

    Invoked with a dict, a tool returns the result as a JSON string; invoked with a ToolCall it returns
    a ToolMessage whose ``artifact`` is the result dict. Bad arguments (a wrong field, or no object at
    all) come back as a message naming the problem (ToolMessage status "error"), never as an exception.
    """
    from langchain_core.tools import ToolException

    chosen = list(TOOL_SPECS if specs is None else specs)
    responses = responses or catalog_for(rules)

    def _runner(spec: ToolSpec) -> Callable[..., tuple[str, dict[str, Any]]]:
        def _run(**kwargs: Any) -> tuple[str, dict[str, Any]]:
            outcome = run_tool(spec.name, kwargs, rules, chosen, responses=responses)
            if not outcome.ok:
                raise ToolException(invalid_arguments(spec.name, outcome.error or "invalid arguments"))
            return json.dumps(outcome.result, ensure_ascii=False), outcome.result or {}

        return _run

    return [
        make_checked_tool(_runner(spec), spec.name, tool_description(spec, responses), spec.input_model,
                          response_format="content_and_artifact")
        for spec in chosen
    ]
