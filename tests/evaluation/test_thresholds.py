"""Thresholds from a TOML file: minimums, maximums, unmeasured gated metrics, and bad files."""

from __future__ import annotations

import pytest

from bot.errors import ThresholdsError
from bot.evaluation.metrics import Metrics
from bot.evaluation.thresholds import check_thresholds, load_thresholds


def _write(tmp_path, text: str):
    path = tmp_path / "thresholds.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_breaches_of_minimums_maximums_and_unmeasured_metrics(tmp_path):
    gates = load_thresholds(_write(tmp_path, """
[minimum]
answer_accuracy = 0.9
tool_accuracy = 0.8
refusal_accuracy = 0.5
[maximum]
latency_p95_ms = 100
"""))
    metrics = Metrics(cases=10, answer_accuracy=0.85, tool_accuracy=0.8, refusal_accuracy=None, latency_p95_ms=150.0)
    breaches = {b.metric: b for b in check_thresholds(metrics, gates)}
    assert set(breaches) == {"answer_accuracy", "refusal_accuracy", "latency_p95_ms"}  # 0.8 >= 0.8 holds
    assert breaches["answer_accuracy"].describe() == "answer_accuracy = 0.85 < minimum 0.9"
    assert breaches["latency_p95_ms"].describe() == "latency_p95_ms = 150 > maximum 100"
    assert "not measured" in breaches["refusal_accuracy"].describe()
    assert check_thresholds(Metrics(answer_accuracy=0.95, tool_accuracy=1.0, refusal_accuracy=1.0,
                                    latency_p95_ms=99.0), gates) == []


def test_bad_thresholds_files_are_clear_errors(tmp_path):
    with pytest.raises(ThresholdsError, match="not found"):
        load_thresholds(tmp_path / "missing.toml")
    with pytest.raises(ThresholdsError, match="cannot read"):
        load_thresholds(_write(tmp_path, "[minimum\nx = "))
    with pytest.raises(ThresholdsError, match="unknown metric"):
        load_thresholds(_write(tmp_path, "[minimum]\nanswer_acuracy = 0.9\n"))


def test_the_repo_thresholds_file_is_valid(repo_root):
    gates = load_thresholds(repo_root / "eval" / "thresholds.toml")
    assert gates.minimum and all(0.0 <= v <= 1.0 for v in gates.minimum.values())
