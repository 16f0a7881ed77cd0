"""Each expectation type, passing and failing, judged on a reply."""

from __future__ import annotations

import pytest

from bot.contracts import BotReply, Citation, RetrievedRef, ToolCallRecord
from bot.evaluation.checks import first_relevant_rank, run_checks, same_value
from bot.evaluation.dataset import Expect


def _reply(**kw) -> BotReply:
    base = dict(
        answer="With 45 full-time employees the basic number is 5: No.1 5 per year, No.2 10 at once.",
        retrieved=[RetrievedRef(doc_id=f"doc{i}", chunk_id=f"doc{i}::c", score=1 / i) for i in range(1, 8)],
        citations=[Citation(doc_id="cited", title="C", snippet="s")],
        tool_calls=[ToolCallRecord(name="trainee_quota", args={"full_time_employees": 45, "excellent": False})],
    )
    return BotReply(**(base | kw))


def _by_name(expect: Expect, reply: BotReply) -> dict[str, tuple[bool, str]]:
    return {c.name: (c.passed, c.detail) for c in run_checks(expect, reply)}


def test_facts_are_case_insensitive_regexes_that_must_all_match():
    assert _by_name(Expect(facts=[r"BASIC NUMBER IS 5", r"\b10\b"]), _reply())["facts"] == (True, "")
    passed, detail = _by_name(Expect(facts=[r"\b5\b", r"\b30\b"]), _reply())["facts"]
    assert not passed and "'\\\\b30\\\\b'" in detail and "\\\\b5\\\\b" not in detail


def test_forbid_fails_when_any_pattern_matches_and_shows_what_matched():
    assert _by_name(Expect(forbid=[r"unlimited"]), _reply())["forbid"] == (True, "")
    passed, detail = _by_name(Expect(forbid=[r"unlimited", r"no\.2 \d+"]), _reply())["forbid"]
    assert not passed and "No.2 10" in detail


def test_sources_look_at_the_top_5_retrieved_or_the_citations():
    assert _by_name(Expect(sources=["doc5"]), _reply())["sources"][0] is True
    assert _by_name(Expect(sources=["nowhere", "cited"]), _reply())["sources"][0] is True
    passed, detail = _by_name(Expect(sources=["doc6"]), _reply())["sources"]  # rank 6 is outside the top 5
    assert not passed and "doc6" in detail
    assert first_relevant_rank(["doc6", "doc3"], _reply()) == 3
    assert first_relevant_rank(["cited"], _reply()) is None  # rank is about retrieval only


def test_tool_must_be_called_and_tool_args_must_be_a_subset():
    reply = _reply()
    assert _by_name(Expect(tool="trainee_quota"), reply)["tool"] == (True, "")
    passed, detail = _by_name(Expect(tool="jip_eligibility"), reply)["tool"]
    assert not passed and "trainee_quota" in detail
    assert _by_name(Expect(tool="trainee_quota", tool_args={"full_time_employees": 45.0}), reply)["tool_args"][0]
    passed, detail = _by_name(Expect(tool="trainee_quota", tool_args={"full_time_employees": 35}), reply)["tool_args"]
    assert not passed and "35" in detail and "45" in detail
    # an argument the call did not pass at all fails, even if it is the tool's default
    assert not _by_name(Expect(tool_args={"occupation": "general"}), reply)["tool_args"][0]
    # tool_args without a tool name: any call of the last turn may match
    assert _by_name(Expect(tool_args={"excellent": False}), reply)["tool_args"][0]


def test_refuse_true_and_false():
    assert _by_name(Expect(refuse=False), _reply())["refuse"] == (True, "")
    passed, detail = _by_name(Expect(refuse=True), _reply())["refuse"]
    assert not passed and "should have refused" in detail
    passed, detail = _by_name(Expect(refuse=False), _reply(refused=True))["refuse"]
    assert not passed and "should have answered" in detail


def test_only_the_expectations_given_are_checked():
    assert run_checks(Expect(), _reply()) == []
    names = [c.name for c in run_checks(Expect(facts=["x"], refuse=True, tool="t"), _reply())]
    assert names == ["facts", "tool", "refuse"]


def test_argument_values_compare_loosely_but_bools_stay_bools():
    assert same_value(45, 45.0)
    assert same_value("Viet  Nam", "viet nam")
    assert same_value([2018, 2019], [2018.0, 2019])
    assert not same_value([2018], [2018, 2019])
    assert not same_value(True, 1) and not same_value(1, True)
    assert same_value(False, False)
    assert same_value({"a": 1}, {"a": 1, "b": 2})
    assert not same_value("45", 45)


@pytest.mark.parametrize(
    ("expected", "actual"),
    [("Vietnam", "Viet Nam"), ("viet nam", "VIETNAM"), ("Philippines", "フィリピン"), ("China", "中国"), ("South Korea", "韓国")],
)
def test_two_names_of_one_country_are_the_same_argument(expected, actual):
    assert same_value(expected, actual)


@pytest.mark.parametrize(("expected", "actual"), [("Vietnam", "Laos"), ("India", "インドネシア"), ("Niger", "Nigeria")])
def test_names_of_different_countries_differ(expected, actual):
    assert not same_value(expected, actual)
