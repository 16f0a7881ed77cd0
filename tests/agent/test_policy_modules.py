"""The dialogue policy and compose.py split by role (bot/agent/policy.py names its modules): each module says what
it is for; the policy's hold no prose a person reads (that lives in knowledge/responses/<lang>.yaml, as
tests/tools/test_speech.py states for policy.py); and the policy still offers its callers what they import from it.
"""

from __future__ import annotations

import ast
import importlib
import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ROLE_MODULES = ("steps", "refusals", "routing", "knowledge_plan", "calculator_plan", "slot_reading", "assumptions",
                "several_asks", "answer_step", "several_answers", "further_answers")
# the modules compose.py was split into (their English fallbacks, "no date given", keep them out of the prose scan)
COMPOSE_MODULES = ("tool_reply", "update_notes")


def _speech_scanner():
    """The prose scanner of tests/tools/test_speech.py, loaded from its file (the test folders are no packages)."""
    spec = importlib.util.spec_from_file_location("_speech_test", ROOT / "tests" / "tools" / "test_speech.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.prose_literals


@pytest.mark.parametrize("name", [*ROLE_MODULES, *COMPOSE_MODULES])
def test_each_role_module_says_what_it_is_for(name: str) -> None:
    tree = ast.parse((ROOT / "bot" / "agent" / f"{name}.py").read_text(encoding="utf-8"))
    assert (ast.get_docstring(tree) or "").strip(), f"bot/agent/{name}.py has no module docstring"


@pytest.mark.parametrize("name", ROLE_MODULES)
def test_no_prose_in_a_role_module(name: str) -> None:
    assert _speech_scanner()(ROOT / "bot" / "agent" / f"{name}.py") == []


def test_the_policy_names_every_role_module() -> None:
    doc = importlib.import_module("bot.agent.policy").__doc__ or ""
    assert [name for name in ROLE_MODULES if name not in doc] == []


def test_the_policy_still_offers_what_its_callers_import() -> None:
    policy = importlib.import_module("bot.agent.policy")
    for name in ("plan_turn", "answer_from_tools", "CallTools", "Reply", "Plan", "Turn", "MAX_PASSAGES", "KNOWLEDGE_K",
                 "choose_intent", "search_query", "plan_search", "plan_calculator", "tool_args", "final"):
        assert hasattr(policy, name), name
    assert set(policy.__all__) <= set(dir(policy))
