"""The task registry: the calculators the dialogue runs, read from knowledge/tasks.yaml.

Each task's slots are checked at load against its tool's pydantic input model, so a typo in the data fails
at start-up with a message naming the task and the slot. Types, defaults and descriptions of the slots come
from the model; the file says only what the dialogue needs (what to ask, what is assumed, what to search).
"""

from __future__ import annotations

import importlib
import types
import typing
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, Field, ValidationError

from bot.datafile import parse_yaml
from bot.errors import BotError


class TaskFileError(BotError):
    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")


class Group(BaseModel):
    slots: list[str]
    question: str


class Derive(BaseModel):
    """An argument computed from other slots: ``percent`` of ``of`` ("half of the course's hours"), or what is left of
    ``rest_of`` after the ``minus`` slots (a plan's total hours less its required and related hours: its peripheral hours)."""

    percent: str | None = None
    of: str | None = None
    rest_of: str | None = None
    minus: list[str] = Field(default_factory=list)
    assume: str | None = None


class Context(BaseModel):
    query: str
    program: str | None = None
    # per slot and value, the words of the passage that documents that case of the rule ({occupation: {general: the
    # footnote on who counts, nursing_care: the nursing limit}}): a calculated answer's supporting quote is looked for
    # by them first, so it fits the case computed (never another occupation's limit)
    quote: dict[str, dict[str, str]] = Field(default_factory=dict)

    def quote_queries(self, args: dict[str, Any]) -> list[str]:
        """The case queries of the values ``args`` holds, in the order the slots are listed."""
        return [by_value[str(args[slot])] for slot, by_value in self.quote.items()
                if slot in args and str(args[slot]) in by_value]


class Approximate(BaseModel):
    """How an approximate value of a slot ("about 40 employees") is used: ``edges`` is a dotted path into the rule
    book to the values where the rule's next band starts (e.g. quota.basic_number.min_employees); within ``within``
    of a band's edge the exact figure is asked for, otherwise the value is used and the reply says it was
    approximate and where the next band starts."""

    edges: str
    within: float = 2


class ToolImport(BaseModel):
    function: str
    input: str
    result: str
    description: str


class Task(BaseModel):
    name: str
    tool: str | ToolImport
    slots: list[str]
    extra: list[str] = Field(default_factory=list)
    required: list[str] = Field(default_factory=list)
    assume: dict[str, str] = Field(default_factory=dict)
    groups: list[Group] = Field(default_factory=list)
    derive: dict[str, Derive] = Field(default_factory=dict)
    implied_by: dict[str, Any] = Field(default_factory=dict)
    follow_up: str | None = None
    # the result field holding the overall verdict (yes / no / unknown): once it is decided, the follow-up asks
    # for nothing more (a fact still missing could not change it)
    verdict: str | None = None
    pass_unknown: bool = False  # pass slots left unknown (None) explicitly: the tool reports what is missing
    ask_with: dict[str, list[str]] = Field(default_factory=dict)
    context: Context | None = None
    approximate: dict[str, Approximate] = Field(default_factory=dict)
    # a slot that is part of another (practical hours of the total): hours added to the part are added to the whole
    part_of: dict[str, str] = Field(default_factory=dict)
    # slot values that decide the tool's verdict whatever the required slots say ({basic_it_only: true}: a basic IT
    # course is excluded whatever its hours): with one of them, the tool runs without asking for the required slots
    decided_by: dict[str, Any] = Field(default_factory=dict)
    # slots naming a case that changes the rule (construction, nursing care): named without the figures ("is the quota
    # different for construction?"), the reply says the case is noted and asks for the figures, quoting no passage
    cases: list[str] = Field(default_factory=list)
    # a message naming another program and not this task's ("建設業です。特定技能1号の子は2号に上がれる？上限は？") is a
    # question about that program (knowledge), whatever cue of this task it holds
    own_program_only: bool = False
    # slots that count people: a number said with a unit of time is never their value
    headcounts: list[str] = Field(default_factory=list)
    # the fact of a refused falsification (nlu ``falsified``: headcount) whose true figure this task computes: a
    # request to write another figure that also states the true one is refused and answered on the true one
    falsified: str = ""
    # result values for which the tool declines to compute and states no limit in their place ({special_case:
    # [employment_for_skill_development]}: a system the table does not cover): the reply says so and is a refusal
    declines: dict[str, list[Any]] = Field(default_factory=dict)
    # findings of the tool's result shown under the calculated answer when the message also asks what they state (pack
    # act -> finding codes: {full_time_who: [full_time_definition, nursing_counted_staff]}: "do the office staff count
    # too?" beside a headcount is answered by the rule the tool applied on who counts)
    asked_findings: dict[str, list[str]] = Field(default_factory=dict)

    # filled at load from the tool's input model
    numeric: set[str] = Field(default_factory=set)
    boolean: set[str] = Field(default_factory=set)
    defaults: dict[str, Any] = Field(default_factory=dict)

    @property
    def tool_name(self) -> str:
        return self.tool if isinstance(self.tool, str) else self.name

    @property
    def all_slots(self) -> list[str]:
        return [*self.slots, *self.extra]

    def band_edges(self, slot: str, rules: Any) -> list[float]:
        """The values where the rule's next band starts for ``slot`` (from the rule book; empty if none)."""
        spec = self.approximate.get(slot)
        if spec is None or rules is None:
            return []
        values: list[Any] = [rules]
        for name in spec.edges.split("."):
            values = [item for v in values for item in (v if isinstance(v, list) else [v])]
            values = [getattr(v, name, None) for v in values]
        flat = [v for value in values for v in (value if isinstance(value, list) else [value])]
        return sorted({float(v) for v in flat if isinstance(v, (int, float)) and v > 0})

    def decided(self, slots: dict[str, Any], rules: Any = None) -> bool:
        """Whether a slot value of ``decided_by`` holds (the required slots are then not needed): a value, or a bound
        over the rule book (``{at_most: reskills.min_total_hours.not_eligible_at_or_below}``: a course too short for
        the later rounds; not held without the rule book)."""
        def holds(slot: str, value: Any) -> bool:
            if not isinstance(value, dict):
                return slots.get(slot) == value
            given = slots.get(slot)
            bound: Any = rules
            for name in str(value.get("at_most") or "").split("."):
                bound = getattr(bound, name, None)
            return (isinstance(given, (int, float)) and not isinstance(given, bool)
                    and isinstance(bound, (int, float)) and given <= bound)

        return any(holds(slot, value) for slot, value in self.decided_by.items())

    def implied(self, slots: dict[str, Any]) -> bool:
        if not self.implied_by:
            return False
        if "all" in self.implied_by:
            return all(s in slots for s in self.implied_by["all"])
        found = sum(1 for s in self.implied_by.get("any", []) if s in slots)
        return found >= int(self.implied_by.get("min", 1))

    def group_question(self, missing: list[str]) -> str | None:
        for group in self.groups:
            if set(missing) == set(group.slots) or (len(missing) > 1 and set(missing) <= set(group.slots)):
                return group.question
        return None


def _import(path: str) -> Any:
    module, _, name = path.partition(":")
    return getattr(importlib.import_module(module), name)


def _kinds(annotation: Any) -> set[type]:
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _kinds(typing.get_args(annotation)[0])
    if origin in (typing.Union, types.UnionType):
        return {k for arg in typing.get_args(annotation) for k in _kinds(arg)}
    return {origin or annotation}


class TaskRegistry:
    """The tasks and their tool specs, by name."""

    def __init__(self, tasks: list[Task], specs: dict[str, Any]) -> None:
        self.tasks = {t.name: t for t in tasks}
        self.specs = specs

    def __contains__(self, name: object) -> bool:
        return name in self.tasks

    def __getitem__(self, name: str) -> Task:
        return self.tasks[name]

    @property
    def all_slot_names(self) -> set[str]:
        return {s for t in self.tasks.values() for s in t.all_slots}

    @property
    def names(self) -> list[str]:
        return list(self.tasks)

    def tool_specs(self) -> list[Any]:
        return [self.specs[t.tool_name] for t in self.tasks.values()]

    @classmethod
    def load(cls, path: Path) -> "TaskRegistry":
        from bot.tools.registry import ToolSpec, get_spec

        try:
            data = parse_yaml(Path(path).read_text(encoding="utf-8")) or {}
        except (OSError, yaml.YAMLError) as exc:
            raise TaskFileError(path, f"cannot read the task file ({exc})") from exc
        tasks: list[Task] = []
        specs: dict[str, Any] = {}
        for name, body in (data.get("tasks") or {}).items():
            try:
                task = Task.model_validate({"name": name, **(body or {})})
            except ValidationError as exc:
                raise TaskFileError(path, f"task {name!r}: {exc.errors()[0]['msg']}") from exc
            if isinstance(task.tool, str):
                spec = get_spec(task.tool)
                if spec is None:
                    raise TaskFileError(path, f"task {name!r}: no tool named {task.tool!r}")
            else:
                try:
                    spec = ToolSpec(name, _import(task.tool.input), _import(task.tool.result),
                                    task.tool.description, _import(task.tool.function))
                except (ImportError, AttributeError) as exc:
                    raise TaskFileError(path, f"task {name!r}: cannot import its tool ({exc})") from exc
            fields = spec.input_model.model_fields
            unknown = [s for s in task.slots if s not in fields]
            if unknown:
                raise TaskFileError(path, f"task {name!r}: {unknown} are not arguments of {spec.name} "
                                          f"(its arguments: {', '.join(fields)})")
            stray = [s for s in [*task.required, *task.assume, *task.derive, *task.part_of, *task.part_of.values(),
                                 *task.decided_by, *task.cases, *task.headcounts]
                     if s not in task.all_slots]
            if stray:
                raise TaskFileError(path, f"task {name!r}: {stray} are not among its slots")
            for slot, field in fields.items():
                kinds = _kinds(field.annotation)
                if kinds & {int, float} and bool not in kinds:
                    task.numeric.add(slot)
                if bool in kinds:
                    task.boolean.add(slot)
                if not field.is_required():
                    task.defaults[slot] = field.get_default(call_default_factory=True)
            task.numeric.update(s for s in task.extra)
            tasks.append(task)
            specs[task.tool_name] = spec
        return cls(tasks, specs)
