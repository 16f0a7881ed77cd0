"""Judging variants against the case's own run, with a scripted bot: what counts as the same outcome,
what counts as moving the right way, and how rates are grouped."""

from __future__ import annotations

from pathlib import Path

from bot.contracts import BotReply, ToolCallRecord
from bot.evaluation import evaluate
from bot.evaluation.perturb import PerturbationSpec
from bot.evaluation.report import build_report, render_html, summary_lines
from bot.evaluation.thresholds import Thresholds, check_thresholds

SPEC = PerturbationSpec.model_validate({
    "free_text_tools": ["search_knowledge"],
    "invariant": {
        "filler": {"templates": {"en": ["Hi, {text}"]}},
        "number_words": {"languages": ["en"]},
    },
    "directional": {
        "more": {"tool": "trainee_quota", "increase_number": "full_time_employees", "by": [5],
                 "non_decreasing": ["no1_at_once"]},
    },
})


def quota(employees: int, no1: int, query: str = "q") -> BotReply:
    return BotReply(answer=f"Up to {no1} No.1 trainees.", tool_calls=[
        ToolCallRecord(name="search_knowledge", args={"query": query}, result={}),
        ToolCallRecord(name="trainee_quota", args={"full_time_employees": employees}, result={"no1_at_once": no1}),
    ])


CASE = {"id": "quota", "question": "We have 45 staff, quota?", "tags": ["quota"],
        "expect": {"facts": ["Up to 5"], "tool": "trainee_quota", "tool_args": {"full_time_employees": 45}}}


def run(scripted_bot, write_dataset, script, n=1):
    bot = scripted_bot(script)
    return evaluate(bot, [write_dataset([CASE])], progress=False, perturb=n, spec=SPEC)


def test_variants_that_keep_the_outcome_hold_and_search_queries_may_differ(scripted_bot, write_dataset):
    script = {
        "We have 45 staff, quota?": quota(45, 5),
        "Hi, We have 45 staff, quota?": quota(45, 5, query="hi we have"),
        "We have forty-five staff, quota?": quota(45, 5),
        "We have 50 staff, quota?": quota(50, 5),
    }
    result = run(scripted_bot, write_dataset, script, n=2).robustness
    assert result is not None and result.perturb == 2
    assert (result.overall.invariant, result.overall.invariance_rate) == (2, 1.0)
    assert (result.overall.directional, result.overall.direction_rate) == (1, 1.0)
    assert set(result.kinds) == {"filler", "number_words", "more"}
    assert result.categories["quota"].invariant == 2 and result.cases["quota"].directional_held == 1


def test_a_number_in_words_that_reaches_the_tool_as_another_number_breaks_invariance(scripted_bot, write_dataset):
    script = {
        "We have 45 staff, quota?": quota(45, 5),
        "Hi, We have 45 staff, quota?": quota(45, 5),
        "We have forty-five staff, quota?": quota(40, 4),  # misread: another number, another verdict
        "We have 50 staff, quota?": quota(50, 5),
    }
    robustness = run(scripted_bot, write_dataset, script, n=2).robustness
    broken = [v for v in robustness.variants if not v.held]
    assert [v.kind for v in broken] == ["number_words"]
    assert "facts passed on the case but not on the variant" in broken[0].detail
    assert "trainee_quota arguments changed" in broken[0].detail
    assert robustness.overall.invariance_rate == 0.5


def test_a_refusal_or_an_unchanged_failure_is_judged_by_the_outcome_not_by_passing(scripted_bot, write_dataset):
    # The case fails (wrong number) and so does the variant, the same way: the outcome held.
    script = {"We have 45 staff, quota?": quota(45, 4), "Hi, We have 45 staff, quota?": quota(45, 4),
              "We have forty-five staff, quota?": quota(45, 4), "We have 50 staff, quota?": quota(50, 4)}
    robustness = run(scripted_bot, write_dataset, script, n=2).robustness
    assert robustness.overall.invariance_rate == 1.0 and robustness.overall.direction_rate == 1.0
    refused = {"We have 45 staff, quota?": quota(45, 5),
               "Hi, We have 45 staff, quota?": BotReply(answer="Sorry.", refused=True),
               "We have forty-five staff, quota?": BotReply(answer="Sorry.", refused=True)}
    robustness = run(scripted_bot, write_dataset, refused, n=2).robustness
    invariant = [v for v in robustness.variants if v.type == "invariant"]
    assert invariant and all("refused changed from False to True" in v.detail for v in invariant)


def test_a_lower_quota_for_more_employees_or_a_missing_result_breaks_direction(scripted_bot, write_dataset):
    lower = {"We have 45 staff, quota?": quota(45, 5), "We have 50 staff, quota?": quota(50, 3)}
    robustness = run(scripted_bot, write_dataset, lower).robustness
    directional = [v for v in robustness.variants if v.type == "directional"]
    assert [v.detail for v in directional] == ["no1_at_once went from 5 to 3"]
    wrong_args = {"We have 45 staff, quota?": quota(45, 5), "We have 50 staff, quota?": quota(45, 5)}
    directional = [v for v in run(scripted_bot, write_dataset, wrong_args).robustness.variants if v.type == "directional"]
    assert "did not get a trainee_quota result with {'full_time_employees': 50}" in directional[0].detail


def test_rates_reach_the_report_the_summary_and_the_gates(scripted_bot, write_dataset):
    script = {"We have 45 staff, quota?": quota(45, 5), "We have 50 staff, quota?": quota(50, 3)}
    evaluated = run(scripted_bot, write_dataset, script, n=2)
    gates = Thresholds.model_validate({"robustness": {"perturb": 2, "minimum": {"direction_rate": 1.0}}})
    breaches = check_thresholds(evaluated.metrics, gates, evaluated.robustness.overall)
    assert [b.metric for b in breaches] == ["direction_rate"]
    assert check_thresholds(evaluated.metrics, gates) == []  # a run without variants is not gated on them
    report = build_report(evaluated, None, gates, breaches, "t.toml")
    assert report["robustness"]["overall"]["direction_rate"] == 0.0
    assert any(line.startswith("all variants") and "0/1" in line for line in summary_lines(report))
    html = render_html(report)
    assert "Robustness (--perturb 2" in html and "no1_at_once went from 5 to 3" in html and "Per category" in html


def test_without_perturb_nothing_extra_runs(scripted_bot, write_dataset, tmp_path: Path):
    bot = scripted_bot({"We have 45 staff, quota?": quota(45, 5)})
    evaluated = evaluate(bot, [write_dataset([CASE])], progress=False)
    assert evaluated.robustness is None and len(bot.calls) == 1
    assert build_report(evaluated)["robustness"] is None
