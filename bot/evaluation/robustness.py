"""The robustness suite of ``bot eval --perturb N``: runs each case's variants and judges them against
the case's own run.

An invariant variant holds when its outcome equals the case's: the same pass/fail of every check, the same
tools called (rule tools with the same arguments: a number written in words must reach the tool as the
same number) and the same refusal decision. A directional variant holds when the tool was called with the
changed value and its result moved the required way (``non_decreasing`` fields did not go down, ``equals``
fields have the required value). Rates are given overall, per case, per category (tags) and per kind.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from pydantic import BaseModel, Field
from tqdm import tqdm

from bot.contracts import ToolCallRecord
from bot.evaluation.checks import args_subset, same_value
from bot.evaluation.dataset import Case
from bot.evaluation.perturb import DirectionalRule, PerturbationSpec, Variant, make_variants
from bot.evaluation.runner import CaseResult, ChatBot, run_case


class VariantResult(BaseModel):
    case_id: str
    type: str
    kind: str
    change: str
    messages: list[str]
    tags: list[str] = Field(default_factory=list)
    held: bool = False
    detail: str = Field("", description="Why the variant did not hold (empty when it held).")
    answer: str = ""
    refused: bool = False
    tool_calls: list[ToolCallRecord] = Field(default_factory=list)


class Rates(BaseModel):
    invariant: int = 0
    invariant_held: int = 0
    invariance_rate: float | None = None
    directional: int = 0
    directional_held: int = 0
    direction_rate: float | None = None


class RobustnessRun(BaseModel):
    perturb: int
    seed: int
    spec_file: str = ""
    overall: Rates = Field(default_factory=Rates)
    categories: dict[str, Rates] = Field(default_factory=dict)
    kinds: dict[str, Rates] = Field(default_factory=dict)
    cases: dict[str, Rates] = Field(default_factory=dict)
    variants: list[VariantResult] = Field(default_factory=list)


def _rule_calls(calls: list[ToolCallRecord], free_text: set[str]) -> list[ToolCallRecord]:
    return [c for c in calls if c.name not in free_text]


def judge_invariant(original: CaseResult, variant: CaseResult, free_text_tools: Iterable[str] = ()) -> list[str]:
    """What changed between the case's outcome and the variant's (empty: the outcome held)."""
    if variant.error:
        return [variant.error]
    changes = []
    before = {c.name: c.passed for c in original.checks}
    after = {c.name: c.passed for c in variant.checks}
    for name, passed in before.items():
        if after.get(name) != passed:
            detail = next((c.detail for c in variant.checks if c.name == name), "")
            changes.append(f"{name} {'passed' if passed else 'failed'} on the case but not on the variant"
                           + (f" ({detail})" if detail else ""))
    if original.refused != variant.refused:
        changes.append(f"refused changed from {original.refused} to {variant.refused}")
    free_text = set(free_text_tools)
    names_before = sorted(c.name for c in original.tool_calls)
    names_after = sorted(c.name for c in variant.tool_calls)
    if names_before != names_after:
        changes.append(f"tools changed from {names_before or 'none'} to {names_after or 'none'}")
    else:
        pairs = zip(_rule_calls(original.tool_calls, free_text), _rule_calls(variant.tool_calls, free_text))
        for a, b in pairs:
            if not (args_subset(a.args, b.args) and args_subset(b.args, a.args)):
                changes.append(f"{a.name} arguments changed from {a.args} to {b.args}")
    return changes


def _result_of(result: CaseResult, tool: str, args: dict[str, Any] | None = None) -> dict[str, Any] | None:
    for call in result.tool_calls:
        if call.name == tool and isinstance(call.result, dict) and (args is None or args_subset(args, call.args)):
            return call.result
    return None


def judge_directional(original: CaseResult, variant: CaseResult, rule: DirectionalRule, expected_args: dict[str, Any]) -> list[str]:
    """Why the variant's result did not move the required way (empty: it did)."""
    if variant.error:
        return [variant.error]
    before = _result_of(original, rule.tool)
    if before is None:
        return [f"the case itself did not get a {rule.tool} result to compare with"]
    after = _result_of(variant, rule.tool, expected_args or None)
    if after is None:
        called = "; ".join(f"{c.name}({c.args})" for c in variant.tool_calls) or "no tool"
        wanted = f" with {expected_args}" if expected_args else ""
        return [f"the variant did not get a {rule.tool} result{wanted} (called: {called})"]
    problems = []
    for field in rule.non_decreasing:
        if field not in before or field not in after:
            problems.append(f"{field} missing from a {rule.tool} result")
            continue
        old, new = before[field], after[field]
        if old is None and new is None:
            continue
        if not isinstance(old, (int, float)) or not isinstance(new, (int, float)) or new < old:
            problems.append(f"{field} went from {old} to {new}")
    for field, wanted_value in rule.equals.items():
        if field not in after or not same_value(wanted_value, after[field]):
            problems.append(f"{field} is {after.get(field)!r}, expected {wanted_value!r}")
    return problems


def _variant_case(case: Case, variant: Variant) -> Case:
    update: dict[str, Any] = {"id": f"{case.id}~{variant.kind}", "question": None, "turns": None}
    if case.turns is not None:
        update["turns"] = variant.messages
    else:
        update["question"] = variant.messages[0]
    return case.model_copy(update=update)


def _rates(results: Iterable[VariantResult]) -> Rates:
    rates = Rates()
    for r in results:
        if r.type == "invariant":
            rates.invariant += 1
            rates.invariant_held += r.held
        else:
            rates.directional += 1
            rates.directional_held += r.held
    rates.invariance_rate = rates.invariant_held / rates.invariant if rates.invariant else None
    rates.direction_rate = rates.directional_held / rates.directional if rates.directional else None
    return rates


def _grouped(results: list[VariantResult], keys_of) -> dict[str, Rates]:
    groups: dict[str, list[VariantResult]] = {}
    for r in results:
        for key in keys_of(r):
            groups.setdefault(key, []).append(r)
    return {key: _rates(group) for key, group in sorted(groups.items())}


def summarise(run: RobustnessRun) -> RobustnessRun:
    results = run.variants
    run.overall = _rates(results)
    run.categories = _grouped(results, lambda r: r.tags or ["untagged"])
    run.kinds = _grouped(results, lambda r: [r.kind])
    run.cases = _grouped(results, lambda r: [r.case_id])
    return run


def run_robustness(
    bot: ChatBot,
    cases: list[Case],
    originals: dict[str, CaseResult],
    spec: PerturbationSpec,
    n: int,
    seed: int | None = None,
    spec_file: str = "",
    progress: bool | None = None,
) -> RobustnessRun:
    """Run up to ``n`` invariant and ``n`` directional variants of every case (each in a fresh conversation)
    and judge them against ``originals``, the cases' own results of the same run."""
    used_seed = spec.seed if seed is None else seed
    free_text = set(spec.free_text_tools)
    pairs = [
        (case, v)
        for case in cases
        if case.id in originals
        for v in make_variants(
            case, spec, n, used_seed, [c.args for c in _rule_calls(originals[case.id].tool_calls, free_text)]
        )
    ]
    run = RobustnessRun(perturb=n, seed=used_seed, spec_file=spec_file)
    disable = None if progress is None else not progress
    for case, variant in tqdm(pairs, desc="perturb", unit="variant", disable=disable):
        outcome = run_case(bot, _variant_case(case, variant))
        original = originals[case.id]
        if variant.type == "invariant":
            problems = judge_invariant(original, outcome, spec.free_text_tools)
        else:
            problems = judge_directional(original, outcome, spec.directional[variant.rule or ""], variant.expected_args)
        run.variants.append(VariantResult(
            case_id=case.id, type=variant.type, kind=variant.kind, change=variant.change, messages=variant.messages,
            tags=original.tags, held=not problems, detail="; ".join(problems), answer=outcome.answer,
            refused=outcome.refused, tool_calls=outcome.tool_calls,
        ))
    return summarise(run)
