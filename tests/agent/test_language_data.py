"""What changes with a language lives in data (issue 10): the English and Japanese patterns are in
knowledge/nlu/<lang>.yaml, and the understanding code holds none.

The class stated: a regular expression written in the understanding or policy code that contains a word of a
language (three or more Latin letters once the regex escapes and group names are taken out, or any kana / kanji)
is a language pattern in code. A pattern changed, or an intent added, in the pack changes what is understood
with no edit to Python.
"""

from __future__ import annotations

import ast
import re
import shutil
from pathlib import Path

import pytest
import yaml

from bot.agent.understand import Understander
from bot.rules import RuleBook

ROOT = Path(__file__).resolve().parents[2]
KNOWLEDGE = ROOT / "knowledge"
# the policy's role modules (bot/agent/policy.py names them) are policy code too
POLICY_MODULES = ("policy", "steps", "refusals", "routing", "knowledge_plan", "calculator_plan", "slot_reading",
                  "assumptions", "several_asks", "answer_step", "several_answers", "further_answers")
CODE = [ROOT / "bot" / "agent" / f"{name}.py" for name in ("nlu", "understand", *POLICY_MODULES, "tasks", "runner",
                                                             "responses")]
RE_FUNCTIONS = {"search", "match", "fullmatch", "sub", "subn", "finditer", "findall", "split", "compile"}


def language_in(pattern: str) -> list[str]:
    bare = re.sub(r"\\[A-Za-z]|\(\?P<\w+>|\(\?P=\w+\)|\(\?[aiLmsux]+\)", " ", pattern)
    return re.findall(r"[A-Za-z]{3,}|[\u3040-\u30ff\u4e00-\u9fff]+", bare)


def regex_literals(path: Path) -> list[tuple[int, str]]:
    """The constant patterns given to the re module in ``path`` (with their line)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in RE_FUNCTIONS
                and isinstance(node.func.value, ast.Name) and node.func.value.id == "re" and node.args):
            found += [(node.lineno, text) for text in _literal_parts(node.args[0])]
    return found


def _literal_parts(node: ast.AST) -> list[str]:
    """The string constants a pattern expression is written with ("a" + NUM + "b"), not the keys it looks up."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.BinOp):
        return _literal_parts(node.left) + _literal_parts(node.right)
    if isinstance(node, ast.BoolOp):
        return [t for value in node.values for t in _literal_parts(value)]
    return []


def test_the_scanner_sees_a_language_pattern(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text('import re\nA = re.compile(r"\\b(trainees?|quota)\\b", re.I)\nB = re.search("何人", t)\n'
                      'C = re.findall(r"(?<![\\w.])\\d[\\d,]*(?P<value>x)", t)\n', encoding="utf-8")
    found = [(line, language_in(p)) for line, p in regex_literals(module) if language_in(p)]
    assert [line for line, _ in found] == [2, 3]


@pytest.mark.parametrize("path", CODE, ids=lambda p: p.name)
def test_no_language_pattern_is_written_in_understanding_or_policy_code(path: Path) -> None:
    assert [(line, p[:60]) for line, p in regex_literals(path) if language_in(p)] == []


def _copy(tmp_path: Path) -> Path:
    nlu = tmp_path / "knowledge" / "nlu"
    shutil.copytree(KNOWLEDGE / "nlu", nlu)
    return nlu


def test_a_new_english_intent_is_data_only(tmp_path: Path) -> None:
    nlu = _copy(tmp_path)
    message = "What is the headcount ceiling for a 45-employee firm?"
    rules = RuleBook.load(KNOWLEDGE / "rules")
    assert "trainee_quota" not in Understander(rules, nlu).parse(message).intents
    pack = yaml.safe_load((nlu / "en.yaml").read_text(encoding="utf-8"))
    pack.setdefault("intents", {})["trainee_quota"] = [r"(?i)\bheadcount ceiling\b"]
    (nlu / "en.yaml").write_text(yaml.safe_dump(pack, allow_unicode=True, sort_keys=False), encoding="utf-8")
    parsed = Understander(rules, nlu).parse(message)
    assert parsed.intents[:1] == ["trainee_quota"] and parsed.slots["full_time_employees"] == 45


def test_the_built_in_english_reading_follows_its_pack(tmp_path: Path) -> None:
    """Change one word of a cue in the pack: the reading changes with it."""
    nlu = _copy(tmp_path)
    rules = RuleBook.load(KNOWLEDGE / "rules")
    assert Understander(rules, nlu).parse("oi, can you help?").greeting is False
    pack = yaml.safe_load((nlu / "en.yaml").read_text(encoding="utf-8"))
    pack["patterns"]["greeting"] = pack["patterns"]["greeting"].replace("(hi|", "(oi|hi|")
    (nlu / "en.yaml").write_text(yaml.safe_dump(pack, allow_unicode=True, sort_keys=False), encoding="utf-8")
    assert Understander(rules, nlu).parse("oi, can you help?").greeting is True
