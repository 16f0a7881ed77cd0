"""Metrics: each is computed over the cases that have that expectation, None when no case has it."""

from __future__ import annotations

import pytest

from bot.contracts import BotReply, Citation, RetrievedRef, ToolCallRecord
from bot.evaluation import evaluate
from bot.evaluation.metrics import compute_metrics, per_category
from bot.evaluation.runner import CaseResult, TurnRecord


def _refs(*doc_ids: str) -> list[RetrievedRef]:
    return [RetrievedRef(doc_id=d, chunk_id=f"{d}::{i}", score=1.0 / i) for i, d in enumerate(doc_ids, start=1)]


def test_every_metric_over_a_hand_made_run(scripted_bot, write_dataset):
    docs = {"a": "Alpha text: five per year.", "b": "Beta text."}
    bot = scripted_bot(
        {
            "q-answer-ok": BotReply(answer="five per year", retrieved=_refs("x", "a"),
                                    citations=[Citation(doc_id="a", title="A", snippet="five per year")]),
            "q-answer-bad": BotReply(answer="six per year", retrieved=_refs("x", "y", "z", "w", "v", "a"),
                                     citations=[Citation(doc_id="a", title="A", snippet="six per year")]),
            "q-tool-ok": BotReply(answer="5", tool_calls=[ToolCallRecord(name="t", args={"n": 1})]),
            "q-tool-bad-args": BotReply(answer="5", tool_calls=[ToolCallRecord(name="t", args={"n": 2})]),
            "q-refuse": BotReply(answer="Sorry, out of scope.", refused=True),
        }
    )
    path = write_dataset(
        [
            {"id": "1", "question": "q-answer-ok", "expect": {"facts": ["five"], "sources": ["a"]}, "tags": ["docs"]},
            {"id": "2", "question": "q-answer-bad", "expect": {"facts": ["five"], "forbid": ["six"], "sources": ["a"]}, "tags": ["docs"]},
            {"id": "3", "question": "q-tool-ok", "expect": {"tool": "t", "tool_args": {"n": 1}}, "tags": ["tools"]},
            {"id": "4", "question": "q-tool-bad-args", "expect": {"tool": "t", "tool_args": {"n": 1}}, "tags": ["tools", "docs"]},
            {"id": "5", "question": "q-refuse", "expect": {"refuse": True}},
            {"id": "6", "question": "q-refuse", "expect": {"refuse": False}, "tags": ["tools"]},
        ]
    )
    run = evaluate(bot, [path], doc_texts=docs, progress=False)
    m = run.metrics
    assert (m.cases, m.passed, m.errors) == (6, 3, 0)
    assert m.pass_rate == pytest.approx(0.5)
    assert m.answer_accuracy == pytest.approx(1 / 2)  # cases 1, 2
    # case 2 passes its "sources" check through its citation, but its doc is retrieved at rank 6 only
    assert m.retrieval_hit_at_5 == pytest.approx(1 / 2)
    assert m.mrr == pytest.approx((1 / 2 + 1 / 6) / 2)
    assert m.tool_accuracy == pytest.approx(1 / 2)  # cases 3, 4
    assert m.refusal_accuracy == pytest.approx(1 / 2)  # cases 5, 6
    assert m.citation_precision == pytest.approx(1 / 2)  # "six per year" is not in doc a
    assert m.counts == {"answer_accuracy": 2, "retrieval_hit_at_5": 2, "mrr": 2, "tool_accuracy": 2,
                        "refusal_accuracy": 2, "citation_precision": 2, "latency": 6}
    assert m.latency_p50_ms is not None and m.latency_p95_ms >= m.latency_p50_ms

    cats = run.categories
    assert set(cats) == {"docs", "tools", "d"}  # an untagged case counts under its dataset name
    assert (cats["docs"].cases, cats["docs"].passed) == (3, 1)
    assert cats["docs"].tool_accuracy == 0.0 and cats["docs"].answer_accuracy == pytest.approx(0.5)
    assert (cats["tools"].cases, cats["tools"].passed) == (3, 1)
    assert cats["d"].refusal_accuracy == 1.0 and cats["d"].answer_accuracy is None


def test_metrics_without_applicable_cases_are_none_not_zero():
    m = compute_metrics([CaseResult(id="x", passed=True, turns=[TurnRecord(message="m", latency_ms=5)])])
    assert m.answer_accuracy is None and m.tool_accuracy is None and m.mrr is None
    assert m.refusal_accuracy is None and m.citation_precision is None
    assert m.latency_p50_ms == 5 and m.pass_rate == 1.0
    assert compute_metrics([]).pass_rate is None and per_category([]) == {}


def test_latency_percentiles_are_over_every_turn():
    results = [
        CaseResult(id=str(i), turns=[TurnRecord(message="m", latency_ms=float(v)) for v in values])
        for i, values in enumerate([[1, 2], [3], [4, 5, 6, 7, 8, 9, 10]])
    ]
    m = compute_metrics(results)
    assert m.latency_p50_ms == pytest.approx(5.5)
    assert m.latency_p95_ms == pytest.approx(9.55)


def test_a_case_whose_bot_raised_counts_as_failed_for_each_expectation():
    broken = CaseResult(id="x", expects=["facts", "tool", "refuse", "sources"], failed=["error"], error="boom")
    m = compute_metrics([broken])
    assert (m.answer_accuracy, m.tool_accuracy, m.refusal_accuracy, m.retrieval_hit_at_5, m.mrr) == (0, 0, 0, 0, 0)
    assert m.errors == 1
