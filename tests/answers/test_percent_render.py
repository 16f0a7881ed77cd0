"""Class: a share is rendered the way people write it, in every template, EN and JA, for every calculator:
a whole number loses its ".0" (60.0 -> 60%), a fraction keeps one decimal (33.33 -> 33.3%). One filter
(``pct``) does it; no template prints a share's raw value."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.agent import compose
from bot.agent.responses import Responses, _pct
from bot.rules import RuleBook
from bot.tools import run_tool

KNOWLEDGE = Path(__file__).resolve().parents[2] / "knowledge"


@pytest.fixture(scope="module")
def responses() -> Responses:
    return Responses(KNOWLEDGE / "responses", RuleBook.load(KNOWLEDGE / "rules"))


@pytest.mark.parametrize("value,shown", [
    (60.0, "60"), (60, "60"), (33.333, "33.3"), (33.3, "33.3"), (12.5, "12.5"), ("60.0", "60"), ("50", "50"),
    ("33.3", "33.3"), (99.96, "100"), (66.666, "66.7"), (12.25, "12.3"), (31.25, "31.3"), (6.25, "6.3"),
])
def test_the_filter_drops_only_a_trailing_zero(value, shown: str) -> None:
    assert _pct(value) == shown


# a share is rounded half up to one decimal as a person rounds it (2.5 of 8 hours is 31.25%, shown 31.3%, never 31.2%
# by rounding half to even; 1 of 3 is 33.3%, 2 of 3 is 66.7%)
@pytest.mark.parametrize("part,whole,shown", [
    (2.5, 8, "31.3"), (3.5, 8, "43.8"), (10, 160, "6.3"), (1, 8, "12.5"), (1, 3, "33.3"), (2, 3, "66.7"),
    (1, 16, "6.3"), (1, 6, "16.7"), (7, 40, "17.5"), (0.5, 8, "6.3"), (9, 16, "56.3"),
])
def test_a_share_is_shown_as_a_person_computes_it(part: float, whole: float, shown: str) -> None:
    from bot.tools.models import pct

    assert _pct(pct(part, whole)) == shown


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_every_template_that_prints_a_percent_sign_filters_the_share(lang: str) -> None:
    text = (KNOWLEDGE / "responses" / f"{lang}.yaml").read_text(encoding="utf-8")
    raw = [m.group(0) for m in re.finditer(r"\{\{([^{}]*)\}\}\s*[%％]", text)
           if not re.search(r"\|\s*(?:pct|share_pct)\s*$|^\s*pct\s*$", m.group(1))]
    assert raw == []


@pytest.mark.parametrize("lang", ["en", "ja"])
@pytest.mark.parametrize("practical,total,shown", [(24, 40, "60%"), (24, 36, "66.7%"), (20, 40, "50%"), (30, 40, "75%")])
def test_the_reskills_check_says_a_whole_share_without_decimals(responses: Responses, lang: str, practical: int,
                                                               total: int, shown: str) -> None:
    result = run_tool("reskills_course_check", {"practical_hours": practical, "total_hours": total, "field": "security"},
                      responses.rules).result
    reply = compose.compose_tool_reply("reskills_course_check", result, [], None, responses, lang)
    text = reply.answer + "\n" + (reply.details or "")
    assert shown in text
    assert not re.search(r"\d\.0\s*%", text)


@pytest.mark.parametrize("lang", ["en", "ja"])
@pytest.mark.parametrize("hours", [
    {"required_hours": 600, "related_hours": 300, "peripheral_hours": 100},
    {"required_hours": 500, "related_hours": 200, "peripheral_hours": 300},
    {"required_hours": 400, "related_hours": 400, "peripheral_hours": 200},
])
def test_the_training_split_says_whole_shares_without_decimals(responses: Responses, lang: str, hours) -> None:
    result = run_tool("training_time_split", hours, responses.rules).result
    reply = compose.compose_tool_reply("training_time_split", result, [], None, responses, lang)
    text = reply.answer + "\n" + (reply.details or "")
    assert not re.search(r"\d\.0\s*%", text), text
    total = sum(hours.values())
    assert f"{round(100 * hours['required_hours'] / total)}%" in text


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_an_assumed_share_is_said_without_decimals(responses: Responses, lang: str) -> None:
    said = responses.say("assume.practical_share", lang, share="60.0", total="40")
    assert "60%" in said and "60.0" not in said
