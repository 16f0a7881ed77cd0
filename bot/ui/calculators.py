"""The Calculators tab: one form per deterministic tool, built from the tool's pydantic input model.

Labels and help come from the input models' titles and descriptions (Japanese from knowledge/ui/ja.yaml);
fields start empty; every validation message appears at once under the field it is about; the result is
the same card the chat shows, with the explanation and notes.
"""

from __future__ import annotations

import math
import types
import typing
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

import gradio as gr
from pydantic import BaseModel, ValidationError
from pydantic.fields import FieldInfo
from pydantic_core import PydanticUndefined

from bot.ui.i18n import DEFAULT_LANGUAGE, UiText, language_of
from bot.ui.render import default_text, escape_text, humanise, render_tool_card, render_tool_error
from bot.ui.services import Services

UNKNOWN = "unknown"
YES_NO_UNKNOWN = [UNKNOWN, "yes", "no"]

@dataclass(frozen=True)
class FieldForm:
    """How one input-model field is shown and read back."""

    name: str
    kind: Literal["int", "float", "bool", "tristate", "choice", "text", "int_list", "text_list"]
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
    if origin in (list, tuple, Sequence):
        return FieldForm(name, "text_list", True)  # names separated by commas ("Peru, Bolivia"); empty is none
    if annotation is bool:
        return FieldForm(name, "tristate" if optional else "bool", optional)
    if annotation is int:
        return FieldForm(name, "int", optional)
    if annotation is float:
        return FieldForm(name, "float", optional)
    return FieldForm(name, "text", optional)

def field_label(name: str, info: FieldInfo) -> str:
    """The English label: the model's title, else the field name in words."""
    return info.title or humanise(name)


def register_field_text(text: UiText, name: str, info: FieldInfo) -> None:
    """Put a field's label and help into the i18n catalogue: English from the input model, other
    languages from the UI strings' ``fields`` section (English again where that says nothing)."""
    text.add("en", f"field__{name}", field_label(name, info))
    text.add("en", f"fieldhelp__{name}", info.description or "")
    for lang in text.languages:
        if lang == "en":
            continue
        label = text.field_text(name, "label", lang)
        help_text = text.field_text(name, "help", lang)
        if label:
            text.add(lang, f"field__{name}", label)
        if help_text:
            text.add(lang, f"fieldhelp__{name}", help_text)


def _choice_label(text: UiText, i18n: Any, value: str) -> tuple[Any, str]:
    """(translated display, value) for a choice: the UI strings' ``choices`` (or yes/no/unknown), else
    the value in words."""
    key = f"choices__{value}"
    for lang in text.languages:
        strings = text.strings.get(lang, {})
        label = (strings.get("choices") or {}).get(value) or (strings.get(value) if value in YES_NO_UNKNOWN else None)
        if label is None and lang == DEFAULT_LANGUAGE:
            label = humanise(value)
        if label:
            text.add(lang, key, str(label))
    return (i18n(key), value)


def make_component(form: FieldForm, info: FieldInfo, text: UiText, i18n: Any) -> gr.components.Component:
    """A form control for one field. Numbers are text boxes: empty until the user types (a number
    control would show 0, and 0 is an answer: "not eligible at age 0")."""
    register_field_text(text, form.name, info)
    label = i18n(f"field__{form.name}")
    hint = i18n(f"fieldhelp__{form.name}") if (info.description or text.field_text(form.name, "help", "ja")) else None
    elem_id = f"field-{form.name}"
    if form.kind == "bool":
        default = info.default if isinstance(info.default, bool) else False
        return gr.Checkbox(label=label, info=hint, value=default, elem_id=elem_id)
    if form.kind == "tristate":
        choices = [_choice_label(text, i18n, v) for v in YES_NO_UNKNOWN]
        return gr.Radio(choices, label=label, info=hint, value=UNKNOWN, elem_id=elem_id)
    if form.kind == "choice":
        default = info.default if info.default not in (PydanticUndefined, None) else None
        values = list(form.choices) + ([UNKNOWN] if form.optional else [])
        choices = [_choice_label(text, i18n, v) for v in values]
        value = str(default) if default is not None else (UNKNOWN if form.optional else None)
        return gr.Dropdown(choices, label=label, info=hint, value=value, elem_id=elem_id)
    if form.kind == "int_list":
        return gr.Textbox(label=label, info=hint, value="", placeholder=i18n("int_list_placeholder"), elem_id=elem_id)
    return gr.Textbox(label=label, info=hint, value="", elem_id=elem_id, max_lines=1)


def parse_number(raw: Any) -> float | None:
    """A number as typed: full-width digits and thousands separators are read ("１,000" -> 1000);
    None when it is not a finite number."""
    if isinstance(raw, bool):
        return None
    if isinstance(raw, (int, float)):
        number = float(raw)
    else:
        cleaned = unicodedata.normalize("NFKC", str(raw)).strip().replace(",", "").replace("_", "").replace(" ", "")
        try:
            number = float(cleaned)
        except ValueError:
            return None
    return number if math.isfinite(number) else None


def read_value(
    form: FieldForm, raw: Any, text: UiText | None = None, lang: str = DEFAULT_LANGUAGE
) -> tuple[bool, Any, str | None]:
    """(present, value, error) for one form value; absent optional fields are left to the model default."""
    text = text or default_text()
    if form.kind == "bool":
        return True, bool(raw), None
    if form.kind == "tristate":
        if raw in (None, "", UNKNOWN):
            return False, None, None
        return True, raw == "yes", None
    if form.kind == "choice":
        if raw in (None, "", UNKNOWN):
            return False, None, None if form.optional else text.get("error_choose", lang)
        return True, raw, None
    if form.kind in ("int", "float"):
        if raw is None or str(raw).strip() == "":
            return False, None, None if form.optional else text.get("error_required", lang)
        number = parse_number(raw)
        if number is None:
            return True, raw, None  # text or true/false: the tool's own message names it, as everywhere
        if form.kind == "int" and number.is_integer():
            return True, int(number), None
        return True, number, None  # 3.5 for a whole number: the tool's own message ("must be a whole number")
    if form.kind == "int_list":
        value = unicodedata.normalize("NFKC", str(raw or "")).strip()
        if not value:
            return False, None, None
        try:
            return True, [int(part) for part in value.replace(";", ",").replace("、", ",").split(",") if part.strip()], None
        except ValueError:
            return True, value, text.get("error_int_list", lang)
    if form.kind == "text_list":
        value = unicodedata.normalize("NFKC", str(raw or "")).strip()
        parts = [part.strip() for part in value.replace(";", ",").replace("、", ",").split(",") if part.strip()]
        return (True, parts, None) if parts else (False, None, None)
    value = str(raw or "").strip()
    if not value:
        return False, None, None if form.optional else text.get("error_required", lang)
    return True, value, None


def field_errors(model: type[BaseModel], args: dict[str, Any], required: str | None = None) -> dict[str, str]:
    """Validation messages keyed by field name ("" for errors about the whole form). A field the model finds
    missing (one it needs only in some cases: the headcount unless a special case is named) gets ``required``,
    the form's own message in the page's language, when given."""
    try:
        model.model_validate(args)
    except ValidationError as exc:
        errors: dict[str, str] = {}
        for err in exc.errors():
            loc = err.get("loc") or ("",)
            key = str(loc[0]) if loc and loc[0] in model.model_fields else ""
            msg = err.get("msg", "invalid value").removeprefix("Value error, ")
            if err.get("type") == "missing" and required:
                msg = required
            errors.setdefault(key, msg)
        return errors
    return {}


def error_markdown(message: str | None) -> str:
    return f"⚠ {escape_text(message)}" if message else ""


def calculate(
    services: Services,
    name: str,
    model: type[BaseModel],
    forms: list[FieldForm],
    values: Sequence[Any],
    text: UiText | None = None,
    lang: str = DEFAULT_LANGUAGE,
) -> list[str]:
    """Read the form, show every field's message at once, run the tool; returns one message per field
    and the result card."""
    from bot.tools import run_tool

    text = text or default_text()
    args: dict[str, Any] = {}
    errors: dict[str, str] = {}
    for form, raw in zip(forms, values, strict=True):
        present, value, error = read_value(form, raw, text, lang)
        if error:
            errors[form.name] = error
        elif present:
            args[form.name] = value
    # The model checks what could be read, so every message is shown at once; a field's own reading
    # error comes first.
    for key, message in field_errors(model, args, text.get("error_required", lang)).items():
        errors.setdefault(key, message)
    title = text.get("calc_titles", lang).get(name)
    if errors:
        general = errors.get("", text.get("error_fix_fields", lang))
        return [error_markdown(errors.get(f.name)) for f in forms] + [render_tool_error(name, general, title=title)]
    outcome = run_tool(name, args, services.rules)
    card = (
        render_tool_card(name, args, outcome.result, text=text, lang=lang, title=title)
        if outcome.ok
        else render_tool_error(name, outcome.error or "", title=title)
    )
    return [""] * len(forms) + [card]


def _tool_specs() -> list[tuple[str, type[BaseModel], str]]:
    """(name, input model, one-line description) for each calculator tool."""
    from bot.tools import TOOL_SPECS

    return [(spec.name, spec.input_model, spec.description) for spec in TOOL_SPECS]


def build_calculators_tab(services: Services, text: UiText | None = None, i18n: Any = None) -> None:
    text = text or default_text()
    i18n = i18n or gr.I18n()
    gr.Markdown(i18n("calc_intro"))
    for name, model, description in _tool_specs():
        forms = [describe_field(n, info) for n, info in model.model_fields.items()]
        if name not in text.get("calc_titles", "en"):
            text.add("en", f"calc_titles__{name}", humanise(name))
        text.add("en", f"calcdesc__{name}", description or "")
        with gr.Accordion(i18n(f"calc_titles__{name}"), open=False, elem_id=f"calc-{name}"):
            if description:
                gr.Markdown(i18n(f"calcdesc__{name}"))
            inputs: list[gr.components.Component] = []
            messages: list[gr.Markdown] = []
            with gr.Row(equal_height=False):
                for form in forms:
                    with gr.Column(min_width=220):
                        inputs.append(make_component(form, model.model_fields[form.name], text, i18n))
                        messages.append(
                            gr.Markdown("", elem_classes=["field-error"], elem_id=f"err-{name}-{form.name}")
                        )
            run = gr.Button(i18n("calculate"), variant="primary", elem_id=f"run-{name}")
            result = gr.HTML(elem_id=f"result-{name}")

            def _run(request: gr.Request, *values: Any, _name: str = name, _model=model, _forms=forms) -> list[str]:
                lang = language_of((getattr(request, "headers", None) or {}).get("accept-language"))
                return calculate(services, _name, _model, _forms, values, text, lang)

            run.click(_run, inputs, messages + [result], api_name=f"calc_{name}")
