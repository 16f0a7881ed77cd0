"""``bot eval`` end to end through the CLI, with the bot swapped for a scripted one (the real bot is
exercised by tests/test_eval_datasets.py): summary, reports, exit codes, clear errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import bot.wiring
from bot.cli import app
from bot.contracts import BotReply, Citation, ToolCallRecord


class ScriptedBot:
    """Replays one reply per message text and records what it was sent."""

    def __init__(self, replies: dict[str, BotReply]) -> None:
        self.replies = replies
        self.sent: list[str] = []

    def new_conversation(self) -> list[str]:
        return []

    def reply(self, conversation: list[str], message: str) -> BotReply:
        conversation.append(message)
        self.sent.append(message)
        return self.replies.get(message, BotReply(answer="I can't help with that.", refused=True))


QUOTA = BotReply(
    answer="Up to 5 No.1 trainees per year. The number of full-time employees does not include technical intern trainees.",
    tool_calls=[ToolCallRecord(name="trainee_quota", args={"full_time_employees": 45}, result={"no1": 5})],
    citations=[Citation(doc_id="technical-intern-training-system", title="TITP",
                        snippet="The number of full-time employees does not include technical intern trainees")],
)


@pytest.fixture
def cli_env(tmp_path: Path, knowledge_copy: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Runs the CLI in tmp_path (so no repo thresholds or .env apply) on the knowledge copy."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("BOT_KNOWLEDGE_DIR", str(knowledge_copy))
    monkeypatch.setenv("BOT_DATA_DIR", str(tmp_path / "data"))
    assert CliRunner().invoke(app, ["ingest"]).exit_code == 0  # a real index: `bot eval` refuses an empty one
    scripted = ScriptedBot({"45 staff, quota?": QUOTA})
    monkeypatch.setattr(bot.wiring, "build_bot", lambda settings, retriever=None: scripted)
    (tmp_path / "d.jsonl").write_text(
        json.dumps({"id": "quota", "question": "45 staff, quota?", "tags": ["quota"],
                    "expect": {"facts": ["5 No\\.1"], "tool": "trainee_quota", "tool_args": {"full_time_employees": 45}}})
        + "\n" + json.dumps({"id": "oos", "question": "weather?", "expect": {"refuse": True}, "tags": ["oos"]})
        + "\n{broken\n",
        encoding="utf-8",
    )
    return tmp_path


def _run(*args: str):
    return CliRunner().invoke(app, ["eval", *args])


def test_eval_prints_a_summary_writes_both_reports_and_warns_about_bad_lines(cli_env: Path):
    result = _run("--dataset", "d.jsonl", "--out", "out")
    assert result.exit_code == 0, result.output
    assert "answer_accuracy" in result.stdout and "refusal_accuracy" in result.stdout and "quota" in result.stdout
    assert "d.jsonl:3" in result.stderr and "line skipped" in result.stderr
    report = json.loads((cli_env / "out" / "report.json").read_text())
    assert (report["cases"], report["passed"], report["tool_accuracy"]) == (2, 2, 1.0)
    assert report["citation_precision"] == 1.0  # the snippet is in the real seed document copy
    assert report["thresholds"] is None  # no eval/thresholds.toml in this folder
    assert (cli_env / "out" / "report.html").read_text().startswith("<!DOCTYPE html>")


def test_eval_exits_1_and_names_the_metrics_below_their_thresholds(cli_env: Path):
    (cli_env / "gates.toml").write_text("[minimum]\nanswer_accuracy = 0.5\ncitation_precision = 0.9\nmrr = 0.5\n")
    result = _run("--dataset", "d.jsonl", "--out", "out", "--thresholds", "gates.toml")
    assert result.exit_code == 1
    assert "thresholds not met" in result.stderr and "mrr: not measured" in result.stderr
    assert "answer_accuracy" not in result.stderr  # 1.0 >= 0.5
    # the default file eval/thresholds.toml is used when present, and --no-thresholds turns gates off
    (cli_env / "eval").mkdir()
    (cli_env / "eval" / "thresholds.toml").write_text("[minimum]\nrefusal_accuracy = 1.0\n")
    assert _run("--dataset", "d.jsonl", "--out", "out").exit_code == 0
    (cli_env / "eval" / "thresholds.toml").write_text("[maximum]\nlatency_p95_ms = 0.0\n")
    assert _run("--dataset", "d.jsonl", "--out", "out").exit_code == 1
    assert _run("--dataset", "d.jsonl", "--out", "out", "--no-thresholds").exit_code == 0


def test_compare_reports_regressions_on_the_terminal_and_in_the_report(cli_env: Path):
    assert _run("--dataset", "d.jsonl", "--out", "old").exit_code == 0
    old = json.loads((cli_env / "old" / "report.json").read_text())
    for entry in old["results"]:
        entry["passed"] = entry["id"] == "oos"  # quota "used to fail" -> improved
    (cli_env / "old" / "report.json").write_text(json.dumps(old))
    result = _run("--dataset", "d.jsonl", "--out", "new", "--compare", "old/report.json")
    assert result.exit_code == 0, result.output
    assert "1 case(s) improved, 0 regressed" in result.stdout
    report = json.loads((cli_env / "new" / "report.json").read_text())
    assert [c["id"] for c in report["comparison"]["improved"]] == ["quota"]


def test_an_empty_index_is_an_error_not_a_misleading_report(cli_env: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("BOT_DATA_DIR", str(cli_env / "never-ingested"))
    result = _run("--dataset", "d.jsonl", "--out", "out")
    assert result.exit_code == 2 and "run `bot ingest` first" in result.stderr
    assert not (cli_env / "out").exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--dataset", "missing.jsonl", "--out", "out"], "dataset file not found: missing.jsonl"),
        (["--dataset", "d.jsonl", "--out", "out", "--compare", "nope.json"], "report to compare with not found"),
        (["--dataset", "d.jsonl", "--out", "out", "--compare", "d.jsonl"], "cannot read report d.jsonl"),
        (["--dataset", "d.jsonl", "--out", "out", "--thresholds", "none.toml"], "thresholds file not found"),
    ],
)
def test_bad_inputs_are_one_line_errors_with_exit_code_2(cli_env: Path, args: list[str], message: str):
    result = _run(*args)
    assert result.exit_code == 2
    assert message in result.stderr and "Traceback" not in result.output
    assert not (cli_env / "out").exists()  # nothing is run or written before the inputs check out


def test_perturb_reports_invariance_and_direction_and_gates_them(cli_env: Path):
    (cli_env / "p.yaml").write_text(
        "invariant:\n  filler:\n    templates:\n      en: ['Hi, {text}']\n", encoding="utf-8")
    result = _run("--dataset", "d.jsonl", "--out", "out", "--perturb", "1", "--perturbations", "p.yaml")
    assert result.exit_code == 0, result.output
    assert "robustness (--perturb 1" in result.stdout and "filler" in result.stdout
    report = json.loads((cli_env / "out" / "report.json").read_text())
    # "Hi, 45 staff, quota?" is not scripted: the scripted bot refuses it, so that variant did not hold
    assert report["robustness"]["overall"]["invariant"] == 2
    assert report["robustness"]["overall"]["invariance_rate"] == 0.5
    (cli_env / "gates.toml").write_text("[robustness]\nperturb = 1\n[robustness.minimum]\ninvariance_rate = 0.9\n")
    gated = _run("--dataset", "d.jsonl", "--out", "out", "--perturb", "1", "--perturbations", "p.yaml",
                 "--thresholds", "gates.toml")
    assert gated.exit_code == 1 and "invariance_rate = 0.5 < minimum 0.9" in gated.stderr
    assert _run("--dataset", "d.jsonl", "--out", "out", "--thresholds", "gates.toml").exit_code == 0
    missing = _run("--dataset", "d.jsonl", "--out", "out2", "--perturb", "1", "--perturbations", "none.yaml")
    assert missing.exit_code == 2 and "perturbation file not found" in missing.stderr
    assert not (cli_env / "out2").exists()


def test_record_fresh_appends_the_first_run_once_and_only_for_a_committed_batch(cli_env: Path):
    import subprocess

    def git(*args: str) -> None:
        subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@t", *args], cwd=cli_env, check=True,
                       capture_output=True)

    (cli_env / "d.jsonl").write_text((cli_env / "d.jsonl").read_text().replace("{broken\n", ""))
    git("init", "-q")
    args = ("--dataset", "d.jsonl", "--out", "out", "--record-fresh", "--fresh-log", "log.jsonl")
    result = _run(*args)
    assert result.exit_code == 2 and "commit the batch first" in result.stderr
    git("add", "d.jsonl")
    git("commit", "-qm", "batch")
    result = _run(*args)
    assert result.exit_code == 0, result.output
    assert "first-run figures of d.jsonl" in result.stdout
    record = json.loads((cli_env / "log.jsonl").read_text())
    assert (record["file"], record["cases"], record["pass_rate"]) == ("d.jsonl", 2, 1.0)
    assert set(record["categories"]) == {"quota", "oos"}
    again = _run(*args)
    assert again.exit_code == 2 and "already has its first-run figures" in again.stderr
    assert len((cli_env / "log.jsonl").read_text().splitlines()) == 1
