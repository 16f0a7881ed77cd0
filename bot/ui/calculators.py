"""The Calculators tab: one form per deterministic tool, built from the tool's pydantic input model.

Validation messages appear under the field they are about; the result is the same card the chat shows.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

import gradio as gr
from pydantic import BaseModel, ValidationError
from pydantic.fields import FieldInfo
from pydantic_core import PydanticUndefined

from bot.ui.render import escape_text, render_tool_card, render_tool_error
from bot.ui.services import Services

# Form titles; a tool missing here gets its name, capitalised.
TITLES = {
    "trainee_quota": "Trainee quota (Technical Intern Training)",
    "training_time_split": "Training time split (required / related / peripheral work)",
    "reskills_course_check": "Re-Skills course check (METI certification)",
    "jip_eligibility": "Japan Internship Program: eligibility",
    "jip_support_funds": "Japan Internship Program: support funds",
}
UNKNOWN = "unknown"
YES_NO_UNKNOWN = [UNKNOWN, "yes", "no"]

@dataclass(frozen=True)
class FieldForm:
    """How one input-model field is shown and read back."""

    name: str
    kind: Literal["int", "float", "bool", "tristate", "choice", "text", "int_list"]
    optional: bool
    choices: tuple[str, ...] = ()

def _strip_annotated(annotation: Any) -> Any:
    while typing.get_origin(annotation) is typing.Annotated:
        annotation = typing.get_args(annotation)[0]
    return annotation


def _unwrap_optional(annotation: Any) -> tuple[Any, bool]:
    annotation = _strip_annotated(annotation)
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        if len(args) == 1:
            return _strip_annotated(args[0]), len(args) < len(typing.get_args(annotation))
    return annotation, False

def describe_field(name: str, info: FieldInfo) -> FieldForm:
    annotation, optional = _unwrap_optional(info.annotation)
    origin = typing.get_origin(annotation)
    if origin is Literal:
        return FieldForm(name, "choice", optional, tuple(str(a) for a in typing.get_args(annotation)))
    if origin in (list, tuple, Sequence) and [_strip_annotated(a) for a in typing.get_args(annotation)[:1]] == [int]:
        return FieldForm(name, "int_list", True)
    if annotation is bool:
        return FieldForm(name, "tristate" if optional else "bool", optional)
    if annotation is int:
        return FieldForm(name, "int", optional)
    if annotation is float:
        return FieldForm(name, "float", optional)
    return FieldForm(name, "text", optional)

def _default(info: FieldInfo) -> Any:
    if info.default is PydanticUndefined or info.default is None:
        return None
    return info.default

def make_component(form: FieldForm, info: FieldInfo) -> gr.components.Component:
    label = info.title or form.name.replace("_", " ")
    hint = info.description or None
    default = _default(info)
    elem_id = f"field-{form.name}"
    if form.kind == "bool":
        return gr.Checkbox(label=label, info=hint, value=bool(default), elem_id=elem_id)
    if form.kind == "tristate":
        value = UNKNOWN if default is None else ("yes" if default else "no")
        return gr.Radio(YES_NO_UNKNOWN, label=label, info=hint, value=value, elem_id=elem_id)
    if form.kind == "choice":
        value = str(default) if default is not None else (None if form.optional else form.choices[0])
        choices = list(form.choices) + ([UNKNOWN] if form.optional else [])
        return gr.Dropdown(choices, label=label, info=hint, value=value or (UNKNOWN if form.optional else None), elem_id=elem_id)
    if form.kind in ("int", "float"):
        # No minimum/maximum here on purpose: out-of-range input must reach the model, whose message is
        # shown next to the field (Gradio's own range check would only raise a pop-up error).
        # precision=None: Gradio must not round (it made 3.5 employees 4); the model names a fraction instead.
        return gr.Number(label=label, info=hint, value=default, precision=None, elem_id=elem_id)
    if form.kind == "int_list":
        placeholder = "comma-separated, e.g. 2023, 2024"
        value = ", ".join(str(v) for v in default) if default else ""
        return gr.Textbox(label=label, info=hint, value=value, placeholder=placeholder, elem_id=elem_id)
    return gr.Textbox(label=label, info=hint, value=default or "", elem_id=elem_id)

def read_value(form: FieldForm, raw: Any) -> tuple[bool, Any, str | None]:
    """(present, value, error) for one form value; absent optional fields are left to the model default."""
    if form.kind == "bool":
        return True, bool(raw), None
    if form.kind == "tristate":
        if raw in (None, "", UNKNOWN):
            return False, None, None
        return True, raw == "yes", None
    if form.kind == "choice":
        if raw in (None, "", UNKNOWN):
            return False, None, None if form.optional else "Choose one of the options."
        return True, raw, None
    if form.kind in ("int", "float"):
        if raw is None or raw == "":
            return False, None, None if form.optional else "This field is required."
        if isinstance(raw, bool) or not isinstance(raw, (int, float)):
            return True, raw, None  # true/false or text: the tool's own message names it, as everywhere
        if form.kind == "int" and float(raw).is_integer():
            return True, int(raw), None
        return True, raw, None  # 3.5 for a whole number: the tool's own message ("must be a whole number")
    if form.kind == "int_list":
        text = str(raw or "").strip()
        if not text:
            return False, None, None
        try:
            return True, [int(part) for part in text.replace(";", ",").split(",") if part.strip()], None
        except ValueError:
            return True, text, "Enter whole numbers separated by commas, e.g. 2023, 2024."
    text = str(raw or "").strip()
    if not text:
        return False, None, None if form.optional else "This field is required."
    return True, text, None

def field_errors(model: type[BaseModel], args: dict[str, Any]) -> dict[str, str]:
    """Validation messages keyed by field name ("" for errors about the whole form)."""
    try:
        model.model_validate(args)
    except ValidationError as exc:
        errors: dict[str, str] = {}
        for err in exc.errors():
            loc = err.get("loc") or ("",)
            key = str(loc[0]) if loc[0] in model.model_fields else ""
            msg = err.get("msg", "invalid value").removeprefix("Value error, ")
            errors.setdefault(key, msg)
        return errors
    return {}

def error_markdown(message: str | None) -> str:
    return f"⚠ {escape_text(message)}" if message else ""

def calculate(
    services: Services, name: str, model: type[BaseModel], forms: list[FieldForm], values: Sequence[Any]
) -> list[str]:
    """Read the form, show per-field messages, run the tool; returns one message per field + the card."""
    from bot.tools import run_tool

    args: dict[str, Any] = {}
    errors: dict[str, str] = {}
    for form, raw in zip(forms, values, strict=True):
        present, value, error = read_value(form, raw)
        if error:
            errors[form.name] = error
        elif present:
            args[form.name] = value
    if not errors:
        errors = field_errors(model, args)
    if errors:
        general = errors.get("", "Please correct the highlighted fields.")
        return [error_markdown(errors.get(f.name)) for f in forms] + [render_tool_error(name, general)]
    outcome = run_tool(name, args, services.rules)
    card = render_tool_card(name, args, outcome.result) if outcome.ok else render_tool_error(name, outcome.error or "")
    return [""] * len(forms) + [card]

def _tool_specs() -> list[tuple[str, type[BaseModel], str]]:
    """(name, input model, one-line description) for each calculator tool."""
    from bot.tools import TOOL_SPECS

    return [(spec.name, spec.input_model, spec.description) for spec in TOOL_SPECS]


def build_calculators_tab(services: Services) -> None:
    for name, model, description in _tool_specs():
        forms = [describe_field(n, info) for n, info in model.model_fields.items()]
        title = TITLES.get(name, name.replace("_", " ").capitalize())
        with gr.Accordion(title, open=False, elem_id=f"calc-{name}"):
            if description:
                gr.Markdown(escape_text(description))
            inputs: list[gr.components.Component] = []
            messages: list[gr.Markdown] = []
            with gr.Row(equal_height=False):
                for form in forms:
                    with gr.Column(min_width=220):
                        inputs.append(make_component(form, model.model_fields[form.name]))
                        messages.append(gr.Markdown("", elem_classes=["field-error"], elem_id=f"err-{name}-{form.name}"))
            run = gr.Button("Calculate", variant="primary", elem_id=f"run-{name}")
            result = gr.HTML(elem_id=f"result-{name}")

            def _run(*values: Any, _name: str = name, _model=model, _forms=forms) -> list[str]:
                return calculate(services, _name, _model, _forms, values)

            run.click(_run, inputs, messages + [result], api_name=f"calc_{name}")
