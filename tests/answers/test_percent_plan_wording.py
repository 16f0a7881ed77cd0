"""Class: a training plan given in percentages (the calculator runs on parts of a whole, and the reply assumes
``calc.percent_read_as_hours``) is worded as shares of the whole plan, EN and JA: the verdict, the explanation and
the safety-and-health note never state the calculator's stand-in total ("of 100 hours", 総時間100時間, "6 h") as if
the user had given it. A plan given in hours still states its total."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.agent import compose
from bot.agent.responses import Responses
from bot.rules import RuleBook
from bot.tools import run_tool

KNOWLEDGE = Path(__file__).resolve().parents[2] / "knowledge"
PLANS = [
    {"required_hours": 60, "related_hours": 25, "peripheral_hours": 15},
    {"required_hours": 40, "related_hours": 30, "peripheral_hours": 30},
    {"required_hours": 50, "related_hours": 10, "peripheral_hours": 40},
]


@pytest.fixture(scope="module")
def responses() -> Responses:
    return Responses(KNOWLEDGE / "responses", RuleBook.load(KNOWLEDGE / "rules"))


def _reply(responses: Responses, plan: dict, lang: str, percent: bool) -> str:
    result = run_tool("training_time_split", plan, responses.rules).result
    assumed = [responses.say("calc.percent_read_as_hours", lang)] if percent else []
    reply = compose.compose_tool_reply("training_time_split", result, assumed, plan, responses, lang,
                                       percent_plan=percent)
    return reply.answer + "\n" + reply.details


@pytest.mark.parametrize("lang", ["en", "ja"])
@pytest.mark.parametrize("plan", PLANS)
def test_a_plan_in_percentages_is_worded_as_shares_of_the_whole_plan(responses: Responses, lang: str, plan) -> None:
    text = _reply(responses, plan, lang, percent=True)
    assert not re.search(r"100\s*(?:planned )?hours|100時間|総時間", text), text
    assert not re.search(r"\d\s*h of the|\d時間(?:、|以上)", text), text
    assert ("of the whole plan" in text.lower()) if lang == "en" else ("計画全体のうち" in text), text
    assert f"{plan['required_hours']}%" in text
    # the values the calculator was run with are said as shares too
    assert not re.search(r"required hours: \d|必須業務の時間", text), text


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_a_plan_in_hours_still_states_its_total(responses: Responses, lang: str) -> None:
    text = _reply(responses, {"required_hours": 600, "related_hours": 250, "peripheral_hours": 150}, lang,
                  percent=False)
    assert re.search(r"1,?000 (?:planned )?hours|総時間1,?000時間", text), text
    assert "whole plan" not in text and "計画全体のうち" not in text
