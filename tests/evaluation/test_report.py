"""report.json keys and per-case detail, report.html (escaping, failed first, chart), and --compare."""

from __future__ import annotations

import json

import pytest

from bot.contracts import BotReply, Citation, RetrievedRef, ToolCallRecord
from bot.errors import ReportError
from bot.evaluation import evaluate
from bot.evaluation.compare import compare, load_report
from bot.evaluation.report import build_report, render_html, summary_lines, write_reports
from bot.evaluation.thresholds import Thresholds, check_thresholds

DESIGN_KEYS = {"cases", "passed", "answer_accuracy", "retrieval_hit_at_5", "mrr", "tool_accuracy",
               "refusal_accuracy", "latency_p50_ms", "latency_p95_ms", "results"}

EVIL = "<script>alert('x')</script>"


def _bot(scripted_bot, quota_answer="No.1: 5 per year."):
    return scripted_bot(
        {
            "quota?": BotReply(
                answer=quota_answer,
                tool_calls=[ToolCallRecord(name="trainee_quota", args={"full_time_employees": 45}, result={"no1": 5})],
                retrieved=[RetrievedRef(doc_id="titp", chunk_id="titp::1", score=0.9)],
                citations=[Citation(doc_id="titp", title="TITP", snippet="5 per year")],
            ),
            "weather?": BotReply(answer=f"Sunny! {EVIL}", retrieved=[RetrievedRef(doc_id="jip", chunk_id="jip::2", score=0.1)]),
        }
    )


def _dataset(write_dataset):
    return write_dataset(
        [
            {"id": "quota", "question": "quota?", "expect": {"facts": ["\\b5\\b"], "tool": "trainee_quota"}, "tags": ["quota"]},
            {"id": "oos", "question": "weather?", "expect": {"refuse": True}, "tags": ["out_of_scope"]},
            "this line is broken",
        ]
    )


def test_report_json_has_the_design_keys_and_explains_failed_cases(scripted_bot, write_dataset, tmp_path):
    run = evaluate(_bot(scripted_bot), [_dataset(write_dataset)], doc_texts={"titp": "5 per year"}, progress=False)
    report = build_report(run)
    json_path, html_path = write_reports(report, tmp_path / "out")
    data = json.loads(json_path.read_text(encoding="utf-8"))
    assert DESIGN_KEYS <= set(data)
    assert {"citation_precision", "categories", "load_errors", "counts", "pass_rate"} <= set(data)
    assert (data["cases"], data["passed"]) == (2, 1)
    assert set(data["categories"]) == {"quota", "out_of_scope"}
    assert data["categories"]["out_of_scope"]["refusal_accuracy"] == 0.0
    assert data["load_errors"][0]["line"] == 3
    failed = next(r for r in data["results"] if r["id"] == "oos")
    assert failed["passed"] is False and failed["failed"] == ["refuse"]
    assert failed["checks"][0]["detail"] == "the bot answered but should have refused"
    assert failed["answer"].startswith("Sunny!")
    assert failed["retrieved"][0]["doc_id"] == "jip"
    ok = next(r for r in data["results"] if r["id"] == "quota")
    assert ok["tool_calls"][0] == {"name": "trainee_quota", "args": {"full_time_employees": 45}, "result": {"no1": 5}}
    assert html_path.exists()


def test_html_escapes_answers_lists_failed_cases_first_and_draws_the_chart(scripted_bot, write_dataset):
    run = evaluate(_bot(scripted_bot), [_dataset(write_dataset)], progress=False)
    gates = Thresholds(minimum={"refusal_accuracy": 0.9})
    html = render_html(build_report(run, None, gates, check_thresholds(run.metrics, gates), "t.toml"))
    assert EVIL not in html and "&lt;script&gt;alert(" in html
    assert html.index('id="case-oos"') < html.index('id="case-quota"')  # failed before passed
    assert "the bot answered but should have refused" in html
    failed_block = html[html.index('id="case-oos"'):html.index('id="case-quota"')]
    assert "<details open><summary>Sources retrieved" in failed_block and "jip::2" in failed_block
    assert "trainee_quota" in html[html.index('id="case-quota"'):]  # tool calls are shown too
    assert 'class="chart"' in html and "width: 100.0%" in html and "width: 0.0%" in html
    assert "refusal_accuracy = 0 &lt; minimum 0.9" in html
    assert "http://" not in html and "https://" not in html  # no CDN, no network
    assert "this line is broken" not in html and ":3: invalid JSON" in html


def test_compare_lists_improved_and_regressed_cases_and_metrics(scripted_bot, write_dataset, tmp_path):
    path = _dataset(write_dataset)
    old_run = evaluate(_bot(scripted_bot), [path], progress=False)
    old_json, _ = write_reports(build_report(old_run), tmp_path / "old")
    old = json.loads(old_json.read_text())
    old["results"][1]["passed"] = True  # pretend "oos" used to pass: it regressed
    old["results"][0]["passed"] = False  # and "quota" used to fail: it improved
    old["results"][0]["failed"] = ["facts"]
    old["results"].append({"id": "gone", "passed": True})
    old["refusal_accuracy"] = 1.0
    old_json.write_text(json.dumps(old))

    new_run = evaluate(_bot(scripted_bot), [path], progress=False)
    comparison = compare(load_report(old_json), new_run.metrics, new_run.results, str(old_json))
    assert [c.id for c in comparison.regressed] == ["oos"] and comparison.regressed[0].new_failed == ["refuse"]
    assert [c.id for c in comparison.improved] == ["quota"] and comparison.improved[0].old_failed == ["facts"]
    assert comparison.removed_cases == ["gone"] and comparison.new_cases == []
    by_metric = {m.metric: m for m in comparison.metrics}
    assert by_metric["refusal_accuracy"].direction == "regressed" and by_metric["refusal_accuracy"].delta == -1.0
    assert by_metric["tool_accuracy"].direction == "same"

    html = render_html(build_report(new_run, comparison))
    assert "Regressed (1)" in html and "Improved (1)" in html and "Removed cases: gone" in html
    assert "-100.0 pts" in html


def test_an_unreadable_compare_report_is_a_clear_error(tmp_path):
    with pytest.raises(ReportError, match="not found"):
        load_report(tmp_path / "missing.json")
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    with pytest.raises(ReportError, match="cannot read"):
        load_report(bad)
    bad.write_text(json.dumps({"cases": 3}))
    with pytest.raises(ReportError, match="not an eval report"):
        load_report(bad)


def test_summary_lines_show_every_metric_and_category(scripted_bot, write_dataset):
    run = evaluate(_bot(scripted_bot), [_dataset(write_dataset)], progress=False)
    text = "\n".join(summary_lines(build_report(run)))
    for name in ("answer_accuracy", "retrieval_hit_at_5", "mrr", "tool_accuracy", "refusal_accuracy",
                 "citation_precision", "latency_p95_ms", "quota", "out_of_scope"):
        assert name in text


def test_a_tool_result_json_cannot_hold_is_shown_by_its_repr(scripted_bot, write_dataset, tmp_path):
    class Opaque:
        def __repr__(self) -> str:
            return "<Opaque result>"

    bot = scripted_bot({"q": BotReply(answer="a", tool_calls=[ToolCallRecord(name="t", result=Opaque())])})
    run = evaluate(bot, [write_dataset([{"id": "x", "question": "q"}])], progress=False)
    json_path, _ = write_reports(build_report(run), tmp_path / "out")
    assert json.loads(json_path.read_text())["results"][0]["tool_calls"][0]["result"] == "<Opaque result>"
