"""A calculator's assumption that changes its numbers is in the answer's "Assumed:" line (前提：), not only in the
folded details: every finding whose code ends in ``_assumed`` (in any tool) or that the catalog lists under
``assumed_finding``, in English and Japanese; one the catalog has no words for is still named."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.agent import compose
from bot.rules import RuleBook
from bot.tools import trainee_quota
from bot.tools.speech import spoken

TOOLS = Path(compose.__file__).resolve().parents[1] / "tools"
ASSUMED_LINE = {"en": re.compile(r"^Assumed: (.*)$", re.M), "ja": re.compile(r"^前提：(.*)$", re.M)}


def _assumption_codes() -> set[str]:
    """Every assumption finding a tool can emit (by its code) and every one the catalogs flag."""
    codes = {m for path in TOOLS.glob("*.py") for m in re.findall(r"""code=["'](\w+_assumed)["']""", path.read_text())}
    r = compose.default_responses()
    for lang in ("en", "ja"):
        codes |= set(r.catalogs[lang].get("assumed_finding") or {})
    return codes


def test_the_tools_have_assumption_findings() -> None:
    assert "excellent_supervisor_assumed" in _assumption_codes()


@pytest.mark.parametrize("lang", ["en", "ja"])
@pytest.mark.parametrize("code", sorted(_assumption_codes()))
def test_every_assumption_finding_is_in_the_answer(code: str, lang: str) -> None:
    r = compose.default_responses()
    assert r.has(f"assumed_finding.{code}", lang), f"no words for {code} in the {lang} catalog"
    result = {"explanation": "x", "findings": [{"code": code, "params": {}, "rule_ids": []}]}
    for given in ([], ["something else"]):
        reply = compose.compose_tool_reply("toy_tool", result, list(given), responses=r, lang=lang)
        line = ASSUMED_LINE[lang].search(reply.answer)
        assert line, reply.answer
        assert r.say(f"assumed_finding.{code}", lang, p={}) in line.group(1)
        assert all(g in line.group(1) for g in given)


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_an_assumption_without_words_is_still_named(lang: str) -> None:
    result = {"explanation": "x", "findings": [{"code": "exchange_rate_assumed", "params": {}}]}
    reply = compose.compose_tool_reply("toy_tool", result, [], lang=lang)
    line = ASSUMED_LINE[lang].search(reply.answer)
    assert line and "exchange rate" in line.group(1), reply.answer


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_a_finding_that_is_no_assumption_stays_in_the_details(lang: str) -> None:
    result = {"explanation": "x", "findings": [{"code": "excellent_conditions_met", "params": {"min_score_share": "3/5"}}]}
    reply = compose.compose_tool_reply("trainee_quota", result, [], lang=lang)
    assert not ASSUMED_LINE[lang].search(reply.answer), reply.answer


@pytest.mark.parametrize("lang", ["en", "ja"])
@pytest.mark.parametrize("employees", [12, 45, 120, 350])
def test_quota_for_an_excellent_company_states_the_supervisor_assumption(employees: int, lang: str) -> None:
    rules = RuleBook.load(Path(compose.__file__).resolve().parents[2] / "knowledge" / "rules")
    r = compose.default_responses()
    result = spoken("trainee_quota", trainee_quota(employees, excellent=True, rules=rules), rules, lang, r)
    reply = compose.compose_tool_reply("trainee_quota", result.model_dump(mode="json"), [], responses=r, lang=lang)
    line = ASSUMED_LINE[lang].search(reply.answer)
    assert line and r.say("assumed_finding.excellent_supervisor_assumed", lang, p={}) in line.group(1), reply.answer
    told = spoken("trainee_quota", trainee_quota(employees, excellent=True, supervisor_excellent=True, rules=rules),
                  rules, lang, r)
    reply = compose.compose_tool_reply("trainee_quota", told.model_dump(mode="json"), [], responses=r, lang=lang)
    assert not ASSUMED_LINE[lang].search(reply.answer), reply.answer
