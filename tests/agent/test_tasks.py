"""The task registry (knowledge/tasks.yaml): checked against the tools' input models at load, and a new
calculator added from test data alone (a tool module, a task entry, language patterns, questions), with no
edit to the bot's Python."""

from __future__ import annotations

import shutil
import sys
import textwrap
from pathlib import Path

import pytest
import yaml

from bot.agent.bot import Bot
from bot.agent.tasks import TaskFileError, TaskRegistry
from bot.rules import RuleBook
from bot.settings import Settings
from tests.fakes import FakeRetriever

KNOWLEDGE = Path(__file__).resolve().parents[2] / "knowledge"


def test_the_repository_tasks_load_with_types_and_defaults_from_the_tool_models() -> None:
    tasks = TaskRegistry.load(KNOWLEDGE / "tasks.yaml")
    quota = tasks["trainee_quota"]
    assert quota.numeric == {"full_time_employees"} and "excellent" in quota.boolean
    assert quota.defaults["occupation"] == "general" and quota.defaults["excellent"] is False
    assert tasks["jip_eligibility"].defaults["participated_fiscal_years"] == []


def test_a_slot_the_tool_does_not_take_fails_at_load(tmp_path: Path) -> None:
    path = tmp_path / "tasks.yaml"
    path.write_text("tasks:\n  trainee_quota:\n    tool: trainee_quota\n    slots: [full_time_staff]\n")
    with pytest.raises(TaskFileError, match="full_time_staff.*not arguments of trainee_quota"):
        TaskRegistry.load(path)


TOY_TOOL = '''
"""A toy calculator: the area of a rectangle."""
from pydantic import Field
from bot.tools.models import ToolInput, ToolResult


class AreaInput(ToolInput):
    width: float = Field(gt=0, description="Width in metres.")
    height: float = Field(gt=0, description="Height in metres.")


class AreaResult(ToolResult):
    area: float


def rectangle_area(width: float, height: float, rules=None) -> AreaResult:
    """The area of a rectangle in square metres."""
    return AreaResult(area=width * height, explanation=f"{width} x {height} = {width * height}", rules_used=[])
'''


@pytest.fixture
def toy_knowledge(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    knowledge = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, knowledge)
    (tmp_path / "toy_area.py").write_text(textwrap.dedent(TOY_TOOL))
    monkeypatch.syspath_prepend(str(tmp_path))
    tasks = yaml.safe_load((knowledge / "tasks.yaml").read_text())
    tasks["tasks"]["rectangle_area"] = {
        "tool": {"function": "toy_area:rectangle_area", "input": "toy_area:AreaInput",
                 "result": "toy_area:AreaResult", "description": "The area of a rectangle."},
        "slots": ["width", "height"], "required": ["width", "height"],
        "groups": [{"slots": ["width", "height"], "question": "ask.group.rectangle"}],
    }
    (knowledge / "tasks.yaml").write_text(yaml.safe_dump(tasks, allow_unicode=True))
    pack = yaml.safe_load((knowledge / "nlu" / "en.yaml").read_text())
    pack["intents"] = {"rectangle_area": [r"\barea\b.{0,30}\brectangle\b"]}
    pack["numbers"] = {"width": [r"(?P<value>[\d.]+)\s*m wide"], "height": [r"(?P<value>[\d.]+)\s*m (?:high|tall)"]}
    (knowledge / "nlu" / "en.yaml").write_text(yaml.safe_dump(pack, allow_unicode=True))
    catalog = yaml.safe_load((knowledge / "responses" / "en.yaml").read_text())
    catalog["ask"]["group"]["rectangle"] = "How wide and how high is the rectangle?"
    catalog["tool"]["rectangle_area"] = {"title": "Rectangle area", "lead": "The area is {{ r.area }} m\u00b2."}
    (knowledge / "responses" / "en.yaml").write_text(yaml.safe_dump(catalog, allow_unicode=True))
    yield knowledge
    sys.modules.pop("toy_area", None)


def test_a_new_calculator_from_data_and_one_tool_module(toy_knowledge: Path) -> None:
    settings = Settings(_env_file=None, knowledge_dir=toy_knowledge, llm=None)
    bot = Bot(settings, FakeRetriever(), RuleBook.load(toy_knowledge / "rules"))
    conversation = bot.new_conversation()
    first = bot.reply(conversation, "What is the area of a rectangle?")
    assert first.follow_up == "How wide and how high is the rectangle?"
    second = bot.reply(conversation, "It is 3 m wide and 2 m high")
    assert [c.name for c in second.tool_calls] == ["rectangle_area"]
    assert second.tool_calls[0].args == {"width": 3, "height": 2}
    assert "The area is 6" in second.answer
