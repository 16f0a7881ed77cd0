"""`bot tool NAME 'JSON-ARGS'` and `bot tool --list`: JSON out, one-line errors, non-zero exits."""

from __future__ import annotations

import json
import re
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
        (["trainee_quota", "[1, 2]"], "trainee_quota: arguments must be a JSON object of named values, got list"),
        (["trainee_quota", '"45"'], "trainee_quota: arguments must be a JSON object of named values, got str"),
        (["trainee_quota", "45"], "arguments must be a JSON object of named values, got int"),
        (["trainee_quota", '{"full_time_employees": 3.5}'], "trainee_quota: full_time_employees: must be a whole number (got 3.5)"),
        (["trainee_quota", '{"full_time_employees": "3.5"}'], "full_time_employees: must be a whole number (got '3.5')"),
        (["trainee_quota", '{"full_time_employees": true}'], "full_time_employees: must be a whole number, not true/false"),
        (["jip_support_funds", '{"mode": "online", "days": 2.5}'], "days: must be a whole number"),
        (["trainee_quota", '{"full_time_employees": 45, "special_case": "mining"}'], "special_case"),
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


def test_done_when_310_excellent(env) -> None:
    """Issue 13: 310 full-time employees, excellent -> 31 / 62 / 93, with the rule rows and their sources."""
    result = _run(env, "trainee_quota", '{"full_time_employees": 310, "excellent": true}')
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert (data["no1_at_once"], data["no2_at_once"], data["no3_at_once"]) == (31, 62, 93)
    assert data["no1_per_year"] == 31 and data["basic_number_exact"] == "31/2"
    rows = {r["id"]: r for r in data["rules_used"]}
    assert {"titp.quota.basic.301-plus", "titp.quota.rounding", "titp.quota.excellent.no3",
            "titp.quota.excellent.condition"} <= set(rows)
    assert all(r["source"] and r["confidence"] for r in rows.values())
    assert "excellent_supervisor_assumed" in {f["code"] for f in data["findings"]}


def test_uncovered_case_is_named(env) -> None:
    result = _run(env, "trainee_quota", '{"full_time_employees": 45, "special_case": "construction"}')
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["computed"] is False and data["no1_at_once"] is None
    assert data["findings"][0] == {"code": "case_not_covered", "params": {"case": "construction"},
                                   "rule_ids": ["titp.quota.not_covered.construction"]}


def test_list_shows_tools_with_schemas(env) -> None:
    result = _run(env, "--list")
    assert result.exit_code == 0
    listed = json.loads(result.stdout)
    assert [t["name"] for t in listed] == ["trainee_quota", "training_time_split", "reskills_course_check",
                                           "jip_eligibility", "jip_support_funds"]
    quota = listed[0]["input_schema"]["properties"]["full_time_employees"]
    assert quota["type"] == "integer" and quota["minimum"] == 0
    assert quota["title"] == "Full-time employees" and quota["description"]
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


def test_lang_option_renders_the_words_in_that_language(env) -> None:
    ja = _run(env, "jip_support_funds", '{"mode": "in_person", "days": 2}', "--lang", "ja")
    assert ja.exit_code == 0, ja.output
    data = json.loads(ja.stdout)
    assert data["total_yen"] == 6000 and "円" in data["explanation"]
    en = json.loads(_run(env, "jip_support_funds", '{"mode": "in_person", "days": 2}', "--lang", "en").stdout)
    assert "yen" in en["explanation"] and "円" not in en["explanation"]
    bad = _run(env, "jip_support_funds", '{"mode": "in_person", "days": 2}', "--lang", "fr")
    assert bad.exit_code == 2 and "--lang must be en or ja" in bad.stderr


def test_lang_defaults_to_the_configured_answer_language(env) -> None:
    data = json.loads(_run({**env, "BOT_ANSWER_LANGUAGE": "ja"}, "trainee_quota", '{"full_time_employees": 45}').stdout)
    assert "常勤職員" in data["explanation"]
    auto = json.loads(_run({**env, "BOT_ANSWER_LANGUAGE": "auto"}, "trainee_quota", '{"full_time_employees": 45}').stdout)
    assert auto["explanation"].startswith("With 45 full-time employees")


def test_the_configured_knowledge_folder_speaks(env, knowledge_copy: Path) -> None:
    """The words come from BOT_KNOWLEDGE_DIR's catalog, never the repository's."""
    path = knowledge_copy / "responses" / "en.yaml"
    text = path.read_text(encoding="utf-8")
    assert "comes with activity support\n      funds of" in text
    path.write_text(text.replace("comes with activity support\n      funds of", "comes with LOCAL\n      funds of"),
                    encoding="utf-8")
    data = json.loads(_run(env, "jip_support_funds", '{"mode": "in_person", "days": 2}').stdout)
    assert "comes with LOCAL funds" in data["explanation"]
    listed = json.loads(_run(env, "--list", "--lang", "ja").stdout)
    assert all(re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", t["description"]) for t in listed)
