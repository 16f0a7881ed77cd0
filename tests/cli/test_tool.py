"""`bot tool NAME 'JSON-ARGS'` and `bot tool --list`: JSON out, one-line errors, non-zero exits."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bot.cli import app


@pytest.fixture
def env(tmp_path: Path, knowledge_copy: Path) -> dict[str, str]:
    return {"BOT_KNOWLEDGE_DIR": str(knowledge_copy), "BOT_DATA_DIR": str(tmp_path / "data")}


def _run(env: dict[str, str], *args: str):
    return CliRunner().invoke(app, ["tool", *args], env=env)


def test_prints_result_as_json(env) -> None:
    result = _run(env, "trainee_quota", '{"full_time_employees": 45}')
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert (data["basic_number"], data["no1_per_year"], data["no2_at_once"]) == (5, 5, 10)
    assert data["next_threshold"] == "With 51 or more full-time employees the basic number rises to 6."


def test_every_tool_runs(env) -> None:
    for name, args in {
        "training_time_split": {"required_hours": 500, "related_hours": 190, "peripheral_hours": 310},
        "reskills_course_check": {"practical_hours": 30, "total_hours": 60, "field": "cloud"},
        "jip_eligibility": {"nationality": "Türkiye", "age": 30},
        "jip_support_funds": {"mode": "in_person", "days": 20},
    }.items():
        result = _run(env, name, json.dumps(args, ensure_ascii=False))
        assert result.exit_code == 0, result.output
        assert json.loads(result.stdout)["explanation"]


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["trainee_quota", '{"full_time_employees": -5}'], "full_time_employees: Input should be greater than or equal to 0"),
        (["trainee_quota", '{"full_time_employees": "abc"}'], "full_time_employees"),
        (["trainee_quota", "{}"], "full_time_employees: missing"),
        (["training_time_split", '{"required_hours": NaN, "related_hours": 1, "peripheral_hours": 1}'], "required_hours"),
        (["training_time_split", '{"required_hours": 0, "related_hours": 0, "peripheral_hours": 0}'], "all 0"),
        (["jip_eligibility", '{"age": 1e9}'], "age"),
        (["trainee_quota", "{not json"], "not valid JSON"),
        (["trainee_quota", "[1, 2]"], "JSON object"),
        (["no_such_tool", "{}"], "unknown tool 'no_such_tool'"),
        ([], "give a tool name"),
    ],
)
def test_bad_arguments_are_one_clear_line(env, args: list[str], expected: str) -> None:
    result = _run(env, *args)
    assert result.exit_code == 2
    assert expected in result.stderr
    assert result.stderr.startswith("error: ")
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_list_shows_tools_with_schemas(env) -> None:
    result = _run(env, "--list")
    assert result.exit_code == 0
    listed = json.loads(result.stdout)
    assert [t["name"] for t in listed] == ["trainee_quota", "training_time_split", "reskills_course_check",
                                           "jip_eligibility", "jip_support_funds"]
    quota = listed[0]["input_schema"]["properties"]["full_time_employees"]
    assert quota["type"] == "integer" and quota["minimum"] == 0
    assert all(t["description"] for t in listed)


def test_broken_rule_file_is_named(env, knowledge_copy: Path) -> None:
    path = knowledge_copy / "rules" / "titp_quota.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("basic: 4,", "basic: four,"), encoding="utf-8")
    result = _run(env, "trainee_quota", '{"full_time_employees": 35}')
    assert result.exit_code == 2
    assert "titp_quota.yaml" in result.stderr and "basic_number.1.basic" in result.stderr


@pytest.mark.slow
def test_real_process_exit_codes_and_no_traceback(env, repo_root: Path) -> None:
    full_env = {**os.environ, **env}
    ok = subprocess.run([sys.executable, "-m", "bot", "tool", "jip_support_funds", '{"mode": "online", "days": 3}'],
                        capture_output=True, text=True, env=full_env, cwd=repo_root, timeout=120)
    assert ok.returncode == 0 and json.loads(ok.stdout)["total_yen"] == 3000
    bad = subprocess.run([sys.executable, "-m", "bot", "tool", "trainee_quota", '{"full_time_employees": -1}'],
                         capture_output=True, text=True, env=full_env, cwd=repo_root, timeout=120)
    assert bad.returncode == 2
    assert "full_time_employees" in bad.stderr and "Traceback" not in bad.stderr
