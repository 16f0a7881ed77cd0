"""Variants of evaluation cases for the robustness suite (CheckList-style, Ribeiro et al., ACL 2020).

Invariant variants rewrite a case in ways that must not change its outcome (fillers, politeness, adverbs,
typos, casing, number words, unit words, full-width digits); directional variants change a fact so that
a tool result must move one way (more employees never lowers a quota; a failing criterion turns a verdict).
What to rewrite and with what lives in eval/robustness/perturbations.yaml; this module only applies it.
Generation is deterministic: the same seed, case and N give the same variants.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

from num2words import num2words
from pydantic import BaseModel, ConfigDict, Field, model_validator

from bot.datafile import load_model
from bot.errors import DatasetError
from bot.evaluation.dataset import Case

DEFAULT_SPEC = Path("eval/robustness/perturbations.yaml")

# A written integer: 45, 1,000 or ４５ (a sign, decimals, exponent, percent or a code like N2 make it something
# else: left alone). Boundaries are ASCII: in Japanese a number sits right between kana and kanji (45人).
_NUMBER = re.compile(r"(?<![A-Za-z0-9_.,\-+])(\d{1,3}(?:,\d{3})+|\d+)(?![A-Za-z0-9_%]|[.,]\d)")
_JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
_WORD = re.compile(r"[A-Za-z]+")
_FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class TemplateKind(_Strict):
    templates: dict[str, list[str]]


class TypoKind(_Strict):
    min_word_length: int = 6
    languages: list[str] = Field(default_factory=lambda: ["en"])


class CasingKind(_Strict):
    modes: list[Literal["lower", "upper"]] = Field(default_factory=lambda: ["lower"])
    languages: list[str] = Field(default_factory=lambda: ["en"])


class NumberWordsKind(_Strict):
    languages: list[str] = Field(default_factory=lambda: ["en"])
    max_value: int = 100_000


class UnitKind(_Strict):
    groups: dict[str, list[list[str]]]


class FullwidthKind(_Strict):
    languages: list[str] = Field(default_factory=lambda: ["en", "ja"])


class InvariantKinds(_Strict):
    filler: TemplateKind | None = None
    politeness: TemplateKind | None = None
    adverb: TemplateKind | None = None
    typo: TypoKind | None = None
    casing: CasingKind | None = None
    number_words: NumberWordsKind | None = None
    unit_variant: UnitKind | None = None
    fullwidth_digits: FullwidthKind | None = None


class DirectionalRule(_Strict):
    """One way to change a case of ``tool`` and how its result must move."""

    tool: str
    increase_number: str | None = Field(None, description="Tool argument whose number in the text grows by `by`.")
    by: list[int] = Field(default_factory=list)
    set_number: str | None = Field(None, description="Tool argument whose number in the text is replaced by `to`.")
    to: list[int] = Field(default_factory=list)
    append: dict[str, list[str]] = Field(default_factory=dict, description="Sentences added to the last message.")
    unless_args: list[str] = Field(default_factory=list, description="Skip cases that already pass these args.")
    non_decreasing: list[str] = Field(default_factory=list, description="Result fields that must not go down.")
    equals: dict[str, Any] = Field(default_factory=dict, description="Result fields the variant must have.")

    @model_validator(mode="after")
    def _one_change(self) -> "DirectionalRule":
        changes = [self.increase_number is not None, self.set_number is not None, bool(self.append)]
        if sum(changes) != 1:
            raise ValueError("give exactly one of increase_number, set_number or append")
        if self.increase_number and not self.by or self.set_number and not self.to:
            raise ValueError("increase_number needs `by`, set_number needs `to`")
        if not self.non_decreasing and not self.equals:
            raise ValueError("give non_decreasing or equals: how the result must move")
        return self


class PerturbationSpec(_Strict):
    seed: int = 0
    free_text_tools: list[str] = Field(default_factory=list)
    invariant: InvariantKinds = Field(default_factory=InvariantKinds)
    directional: dict[str, DirectionalRule] = Field(default_factory=dict)


def load_spec(path: Path = DEFAULT_SPEC) -> PerturbationSpec:
    """Read the perturbation data; a missing or malformed file is a ``DatasetError`` naming it."""
    return load_model(path, PerturbationSpec, "perturbation file", DatasetError)


class Variant(BaseModel):
    """A rewritten case. ``rule`` names the directional rule; ``change`` says what was changed."""

    case_id: str
    type: Literal["invariant", "directional"]
    kind: str
    change: str
    messages: list[str]
    rule: str | None = None
    expected_args: dict[str, Any] = Field(
        default_factory=dict, description="Directional: tool arguments the variant must pass (the changed value)."
    )


def language_of(text: str) -> str:
    return "ja" if _JAPANESE.search(text) else "en"


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text[:2] != text[:2].upper() else text


def _numbers(text: str) -> list[tuple[int, int, int]]:
    """(start, end, value) of every plain integer in ``text``."""
    return [(m.start(), m.end(), int(m.group(1).replace(",", ""))) for m in _NUMBER.finditer(text)]


def _arg_numbers(case: Case) -> set[int]:
    args = case.expect.tool_args or {}
    return {v for v in args.values() if isinstance(v, int) and not isinstance(v, bool)}


def _replace(text: str, start: int, end: int, new: str) -> str:
    return text[:start] + new + text[end:]


# --- invariant candidates: (kind, change, messages) ------------------------------------------------

Candidate = tuple[str, str, list[str]]


def _template_candidates(kind: str, spec: TemplateKind, messages: list[str]) -> list[Candidate]:
    last = messages[-1]
    if not re.search(r"[^\W\d_]", last):
        return []  # "???" or emoji only: wrapped in words it is another question, not the same one reworded
    out = []
    for template in spec.templates.get(language_of(last), []):
        new = template.format(text=last, text_lc=_lower_first(last))
        out.append((kind, template, [*messages[:-1], new]))
    return out


def _typo_candidates(spec: TypoKind, messages: list[str], keep: set[str]) -> list[Candidate]:
    """``keep``: words a tool receives as typed (a country name): a typo there changes the argument itself."""
    last = messages[-1]
    if language_of(last) not in spec.languages:
        return []
    out = []
    for match in _WORD.finditer(last):
        word = match.group(0)
        if len(word) < spec.min_word_length or word.isupper() or word.casefold() in keep:
            continue
        i = len(word) // 2  # swap two inner letters: the word stays recognisable, as real typos do
        typo = word[: i - 1] + word[i] + word[i - 1] + word[i + 1 :]
        if typo != word:
            out.append(("typo", f"{word} -> {typo}", [*messages[:-1], _replace(last, match.start(), match.end(), typo)]))
    return out


def _casing_candidates(spec: CasingKind, messages: list[str]) -> list[Candidate]:
    last = messages[-1]
    if language_of(last) not in spec.languages:
        return []
    out = []
    for mode in spec.modes:
        new = last.lower() if mode == "lower" else last.upper()
        if new != last:
            out.append(("casing", mode, [*messages[:-1], new]))
    return out


def _number_candidates(
    kind: str, messages: list[str], wanted: set[int], languages: list[str], write: Callable[[int, str], str | None]
) -> list[Candidate]:
    out = []
    for index, message in enumerate(messages):
        lang = language_of(message)
        if lang not in languages:
            continue
        for start, end, value in _numbers(message):
            if value not in wanted:
                continue
            new = write(value, lang)
            if new is None:
                continue
            changed = list(messages)
            changed[index] = _replace(message, start, end, new)
            out.append((kind, f"{message[start:end]} -> {new}", changed))
    return out


def _unit_candidates(spec: UnitKind, messages: list[str]) -> list[Candidate]:
    out = []
    for index, message in enumerate(messages):
        for group in spec.groups.get(language_of(message), []):
            units = sorted(group, key=len, reverse=True)  # "full-time staff" before "staff"
            alternation = "|".join(re.escape(u) for u in units)
            boundary = r"(?![A-Za-z])" if language_of(message) == "en" else ""
            pattern = re.compile(rf"(\d[\d,]*\s*)({alternation}){boundary}", re.IGNORECASE)
            for match in pattern.finditer(message):
                said = match.group(2)
                spacing = " " if match.group(1).endswith(" ") or language_of(message) == "en" else ""
                number = match.group(1).rstrip()
                for other in group:
                    if other.casefold() == said.casefold():
                        continue
                    changed = list(messages)
                    changed[index] = _replace(message, match.start(), match.end(), f"{number}{spacing}{other}")
                    out.append(("unit_variant", f"{match.group(0).strip()} -> {number}{spacing}{other}", changed))
    return out


def _words_of(values: Any) -> set[str]:
    return {w.casefold() for v in values if isinstance(v, str) for w in _WORD.findall(v)}


def invariant_candidates(case: Case, spec: PerturbationSpec, tool_words: set[str] = frozenset()) -> list[Candidate]:
    """Every invariant rewrite of ``case``; ``tool_words`` are words its tools received as text (no typos there)."""
    kinds = spec.invariant
    messages = case.messages
    wanted = _arg_numbers(case)
    out: list[Candidate] = []
    for name in ("filler", "politeness", "adverb"):
        template_kind = getattr(kinds, name)
        if template_kind is not None:
            out += _template_candidates(name, template_kind, messages)
    if kinds.typo is not None:
        keep = _words_of((case.expect.tool_args or {}).values()) | set(tool_words)
        out += _typo_candidates(kinds.typo, messages, keep)
    if kinds.casing is not None:
        out += _casing_candidates(kinds.casing, messages)
    if kinds.number_words is not None:
        limit = kinds.number_words.max_value

        def words(value: int, lang: str) -> str | None:
            return num2words(value, lang=lang) if value <= limit else None

        out += _number_candidates("number_words", messages, wanted, kinds.number_words.languages, words)
    if kinds.unit_variant is not None:
        out += _unit_candidates(kinds.unit_variant, messages)
    if kinds.fullwidth_digits is not None:
        out += _number_candidates(
            "fullwidth_digits", messages, wanted, kinds.fullwidth_digits.languages,
            lambda value, lang: str(value).translate(_FULLWIDTH),
        )
    return [c for c in out if c[2] != messages]


# --- directional candidates ------------------------------------------------------------------------


def _directional_candidates(case: Case, name: str, rule: DirectionalRule) -> list[Variant]:
    expect = case.expect
    args = expect.tool_args or {}
    if expect.tool != rule.tool or any(key in args for key in rule.unless_args):
        return []
    messages = case.messages
    out = []
    argument = rule.increase_number or rule.set_number
    if argument is not None:
        value = args.get(argument)
        if not isinstance(value, int) or isinstance(value, bool):
            return []
        # The number the tool received is the last time the conversation states it (later turns correct).
        spots = [(i, s, e) for i, m in enumerate(messages) for s, e, v in _numbers(m) if v == value]
        if not spots:
            return []
        index, start, end = spots[-1]
        targets = [value + k for k in rule.by] if rule.increase_number else [v for v in rule.to if v != value]
        for target in targets:
            changed = list(messages)
            changed[index] = _replace(messages[index], start, end, str(target))
            out.append(Variant(case_id=case.id, type="directional", kind=name, rule=name,
                               change=f"{argument} {value} -> {target}", messages=changed,
                               expected_args={argument: target}))
        return out
    last = messages[-1]
    for sentence in rule.append.get(language_of(last), []):
        head = last.rstrip()
        if head and head[-1].isalnum():
            head += "。" if language_of(last) == "ja" else "."
        joiner = "" if language_of(last) == "ja" else " "
        out.append(Variant(case_id=case.id, type="directional", kind=name, rule=name, change=f"+ {sentence}",
                           messages=[*messages[:-1], f"{head}{joiner}{sentence}"]))
    return out


def _pick_spread(candidates: list[Any], kind_of: Callable[[Any], str], n: int, rng: random.Random) -> list[Any]:
    """Up to ``n`` candidates spread over the kinds: one of each kind in turn, in a seeded order."""
    by_kind: dict[str, list[Any]] = {}
    for candidate in candidates:
        by_kind.setdefault(kind_of(candidate), []).append(candidate)
    kinds = sorted(by_kind)
    rng.shuffle(kinds)
    for pool in by_kind.values():
        rng.shuffle(pool)
    picked: list[Any] = []
    while len(picked) < n and any(by_kind.values()):
        for kind in kinds:
            if by_kind[kind] and len(picked) < n:
                picked.append(by_kind[kind].pop())
    return picked


def make_variants(
    case: Case, spec: PerturbationSpec, n: int, seed: int | None = None, tool_args: list[dict[str, Any]] = ()
) -> list[Variant]:
    """Up to ``n`` invariant and up to ``n`` directional variants of ``case``, the same for the same seed.
    ``tool_args``: the arguments the case's own run passed to its tools (their text is kept free of typos)."""
    if n <= 0:
        return []
    rng = random.Random(f"{spec.seed if seed is None else seed}:{case.id}")
    tool_words = _words_of(v for args in tool_args for v in args.values())
    invariant = _pick_spread(invariant_candidates(case, spec, tool_words), lambda c: c[0], n, rng)
    variants = [
        Variant(case_id=case.id, type="invariant", kind=kind, change=change, messages=messages)
        for kind, change, messages in invariant
    ]
    directional = [v for name, rule in sorted(spec.directional.items()) for v in _directional_candidates(case, name, rule)]
    variants += _pick_spread(directional, lambda v: v.kind, n, rng)
    return variants
