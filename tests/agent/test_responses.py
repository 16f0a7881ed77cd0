"""The response catalogs: every English sentence has its Japanese counterpart, and the templates render
with the rule book (no rule value is written by hand)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.agent.responses import Responses
from bot.rules import RuleBook

KNOWLEDGE = Path(__file__).resolve().parents[2] / "knowledge"


def _keys(node, prefix=""):
    for key, value in node.items():
        path = f"{prefix}{key}"
        if isinstance(value, dict):
            yield from _keys(value, path + ".")
        else:
            yield path


@pytest.fixture(scope="module")
def responses() -> Responses:
    return Responses(KNOWLEDGE / "responses", RuleBook.load(KNOWLEDGE / "rules"))


def test_every_english_entry_has_a_japanese_one(responses: Responses) -> None:
    missing = [k for k in _keys(responses.catalogs["en"]) if not responses.has(k, "ja")]
    assert missing == []


def test_rule_values_come_from_the_rule_book(responses: Responses) -> None:
    rules = responses.rules
    assert responses.say("ask.age", "en") == f"How old are you (as of {rules.jip.age.reference_date.day} August 2024)?"
    assert "2024年8月1日" in responses.say("ask.age", "ja")
    assert f"FY{rules.jip.previous_participation.first_fiscal_year}" in responses.say("ask.participated_fiscal_years", "ja")


def test_a_missing_template_value_is_an_error_not_a_blank(responses: Responses) -> None:
    with pytest.raises(Exception):
        responses.say("refuse.search_failed", "en")


def test_japanese_notes_come_from_the_tool_findings(responses: Responses) -> None:
    from bot.agent import compose
    from bot.tools import run_tool

    outcome = run_tool("training_time_split", {"required_hours": 500, "related_hours": 200, "peripheral_hours": 310},
                       responses.rules)
    reply = compose.compose_tool_reply("training_time_split", outcome.result, [], None, responses, "ja")
    assert "この時間配分は基準を満たしていません。" in reply.answer
    assert "安全衛生に関する業務は、各区分の10%以上が必要です" in reply.details
    assert "Safety and health" not in reply.details  # every finding had a Japanese template


def test_every_quota_finding_has_a_japanese_template(responses: Responses) -> None:
    from bot.tools import run_tool

    for args in ({"full_time_employees": 25, "occupation": "nursing_care", "excellent": True},
                 {"full_time_employees": 310, "excellent": True, "supervisor_excellent": False}):
        result = run_tool("trainee_quota", args, responses.rules).result
        for finding in result["findings"]:
            assert responses.has(f"finding.{finding['code']}", "ja"), finding["code"]
            responses.say(f"finding.{finding['code']}", "ja", p=finding["params"])


@pytest.mark.parametrize("name,args", [
    ("reskills_course_check", {"practical_hours": 10, "total_hours": 30, "field": "ai"}),
    ("jip_eligibility", {"nationality": "Kenya", "age": 25}),
    ("jip_support_funds", {"mode": "online", "days": 20}),
    ("training_time_split", {"required_hours": 400, "related_hours": 400, "peripheral_hours": 200}),
])
def test_every_finding_of_the_other_tools_has_a_japanese_template(responses: Responses, name: str, args) -> None:
    from bot.tools import run_tool

    result = run_tool(name, args, responses.rules).result
    assert result["findings"]
    for finding in result["findings"]:
        responses.say(f"finding.{finding['code']}", "ja", p=finding["params"])


@pytest.mark.parametrize("args", [
    {"full_time_employees": 30}, {"full_time_employees": 250, "excellent": True},
    {"full_time_employees": 25, "occupation": "nursing_care"}, {"full_time_employees": 120, "excellent": True},
])
@pytest.mark.parametrize("lang", ["en", "ja"])
def test_the_quota_lead_names_every_stage_limit_in_either_language(responses: Responses, args, lang: str) -> None:
    """Whatever stage the owner asked about (No.2, 第3号), its limit is in the opening sentence, not only further down."""
    from bot.tools import run_tool

    result = run_tool("trainee_quota", args, responses.rules).result
    lead = responses.say("tool.trainee_quota.lead", lang, r=result)
    stages = [result["no1_at_once"], result["no2_at_once"]] + ([result["no3_at_once"]] if result["no3_allowed"] else [])
    for limit in stages:
        assert re.search(rf"(?<!\d){limit}(?!\d)", lead), (limit, lead)


@pytest.mark.parametrize("lang,not_allowed,reason", [
    ("en", "No.3 trainees are not allowed", "supervising organization"),
    ("ja", "第3号は受け入れられません", "一般監理団体"),
])
def test_no3_refused_for_the_supervisor_says_so_in_the_reply(responses: Responses, lang, not_allowed, reason) -> None:
    """An excellent company under a supervising organization that is not excellent: the lead says No.3 is not
    allowed and the explanation says why (the supervisor), not merely 'only excellent organizations'."""
    from bot.tools import run_tool

    result = run_tool("trainee_quota", {"full_time_employees": 70, "excellent": True, "supervisor_excellent": False},
                      responses.rules, lang=lang).result
    assert not_allowed in responses.say("tool.trainee_quota.lead", lang, r=result)
    assert reason in result["explanation"]
    plain = run_tool("trainee_quota", {"full_time_employees": 70}, responses.rules, lang=lang).result
    assert reason not in plain["explanation"]
