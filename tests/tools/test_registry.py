"""TOOL_SPECS, run_tool (never raises) and the LangChain tools (invoke with a dict and a ToolCall); every
entry point rejects malformed arguments (a fraction for a whole number, true/false, a bare string) with the
same message."""

from __future__ import annotations

import inspect
import json
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from langchain_core.messages import ToolMessage
from langchain_core.tools import BaseTool

from bot.agent.search_tool import SEARCH_TOOL_NAME, make_search_tool
from bot.contracts import SearchResult
from bot.rules import RuleBook
from bot.tools import TOOL_SPECS, ToolInput, ToolResult, get_spec, make_langchain_tools, run_tool
from bot.tools.models import ToolArgumentError

# shared/DESIGN.md "Tool names and arguments" (the first arguments, in order; later ones are optional)
DESIGN = {
    "trainee_quota": ["full_time_employees", "occupation", "excellent"],
    "training_time_split": ["required_hours", "related_hours", "peripheral_hours"],
    "reskills_course_check": ["practical_hours", "total_hours", "field", "basic_it_only"],
    "jip_eligibility": ["nationality", "age", "residing_in_japan", "jlpt_level", "english_proficient",
                        "participated_fiscal_years"],
    "jip_support_funds": ["mode", "days"],
}

GOOD_ARGS = {
    "trainee_quota": {"full_time_employees": 45},
    "training_time_split": {"required_hours": 600, "related_hours": 280, "peripheral_hours": 320},
    "reskills_course_check": {"practical_hours": 30, "total_hours": 60, "field": "AI"},
    "jip_eligibility": {"nationality": "Vietnam", "age": 25},
    "jip_support_funds": {"mode": "online", "days": 30},
}


def test_specs_match_the_design() -> None:
    assert [s.name for s in TOOL_SPECS] == list(DESIGN)
    for spec in TOOL_SPECS:
        fields = list(spec.input_model.model_fields)
        design = DESIGN[spec.name]
        assert fields[: len(design)] == design
        added = fields[len(design):]
        assert all(not spec.input_model.model_fields[f].is_required() for f in added), added
        params = [p for p in inspect.signature(spec.function).parameters if p != "rules"]
        assert params == fields
        assert spec.function.__name__ == spec.name
        assert issubclass(spec.input_model, ToolInput) and issubclass(spec.result_model, ToolResult)
        assert {"explanation", "rules_used", "notes"} <= set(spec.result_model.model_fields)
        assert spec.description and "\n" not in spec.description
        assert get_spec(spec.name) is spec
    assert get_spec("nope") is None


@pytest.mark.parametrize("name", list(GOOD_ARGS))
def test_run_tool_ok_result_is_json_and_cites_rules(rules: RuleBook, name: str) -> None:
    outcome = run_tool(name, GOOD_ARGS[name], rules)
    assert outcome.ok and outcome.error is None
    json.dumps(outcome.result)
    get_spec(name).result_model.model_validate(outcome.result)
    assert outcome.result["rules_used"]
    for ref in outcome.result["rules_used"]:
        assert ref["id"] in rules.rows and ref["source"] and ref["confidence"] in {"H", "M", "UNCONFIRMED"}


@pytest.mark.parametrize(
    ("name", "args", "expected"),
    [
        ("trainee_quota", {"full_time_employees": -3}, "full_time_employees: Input should be greater than or equal to 0"),
        ("trainee_quota", {"full_time_employees": "abc"}, "full_time_employees: must be a whole number"),
        ("trainee_quota", {"full_time_employees": float("nan")}, "full_time_employees"),
        ("trainee_quota", {}, "full_time_employees: missing"),
        ("trainee_quota", {"full_time_employees": 4, "staff": 3}, "staff: unknown argument"),
        ("training_time_split", {"required_hours": 0, "related_hours": 0, "peripheral_hours": 0}, "all 0"),
        ("training_time_split", {"required_hours": math.inf, "related_hours": 1, "peripheral_hours": 1},
         "required_hours: expected a finite number"),
        ("jip_eligibility", {"age": 999}, "age: Input should be less than or equal to 120"),
        ("jip_support_funds", {"mode": "online", "days": 0}, "days"),
        ("nope", {}, "unknown tool 'nope'"),
    ],
)
def test_run_tool_errors_name_the_field(rules: RuleBook, name: str, args: dict, expected: str) -> None:
    outcome = run_tool(name, args, rules)
    assert outcome.ok is False and outcome.result is None
    assert expected in outcome.error


@pytest.mark.parametrize("args", [None, [], "full_time_employees=3", 42])
def test_run_tool_non_dict_arguments(rules: RuleBook, args) -> None:
    outcome = run_tool("trainee_quota", args, rules)
    assert outcome.ok is False and "JSON object" in outcome.error


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=5,
)


@settings(max_examples=200, deadline=None)
@given(name=st.sampled_from(list(DESIGN)), data=st.data())
def test_run_tool_never_raises(rules: RuleBook, name: str, data) -> None:
    keys = st.sampled_from(DESIGN[name] + ["junk"])
    args = data.draw(st.dictionaries(keys, json_values, max_size=7))
    outcome = run_tool(name, args, rules)
    assert outcome.ok or (outcome.error and "failed unexpectedly" not in outcome.error)


@pytest.fixture(scope="module")
def lc_tools(rules: RuleBook) -> dict[str, BaseTool]:
    return {t.name: t for t in make_langchain_tools(rules)}


def test_langchain_tools_shape(lc_tools: dict[str, BaseTool], rules: RuleBook) -> None:
    from bot.tools.registry import tool_description
    from bot.tools.speech import catalog_for

    assert list(lc_tools) == list(DESIGN)
    for spec in TOOL_SPECS:
        tool = lc_tools[spec.name]
        assert tool.args_schema is spec.input_model
        # the catalog's description over the rule book (test_speech checks its values follow the rules)
        assert tool.description == tool_description(spec, catalog_for(rules))
        assert tool.description.startswith(inspect.cleandoc(spec.function.__doc__).split(":")[0].split(".")[0])
        assert list(tool.args) == list(spec.input_model.model_fields)


@pytest.mark.parametrize("name", list(GOOD_ARGS))
def test_invoke_with_a_dict_returns_json(lc_tools: dict[str, BaseTool], rules: RuleBook, name: str) -> None:
    content = lc_tools[name].invoke(GOOD_ARGS[name])
    assert json.loads(content) == run_tool(name, GOOD_ARGS[name], rules).result


def test_invoke_with_a_tool_call_returns_a_message_with_artifact(lc_tools: dict[str, BaseTool]) -> None:
    call = {"type": "tool_call", "id": "call-1", "name": "trainee_quota",
            "args": {"full_time_employees": 45, "excellent": True}}
    message = lc_tools["trainee_quota"].invoke(call)
    assert isinstance(message, ToolMessage)
    assert message.tool_call_id == "call-1" and message.status == "success"
    assert message.artifact["no3_at_once"] == 30
    assert json.loads(message.content)["no1_per_year"] == 10


@pytest.mark.parametrize(
    ("name", "args", "expected"),
    [
        ("trainee_quota", {"full_time_employees": -1}, "full_time_employees"),
        ("trainee_quota", {"full_time_employees": "abc"}, "full_time_employees"),
        ("trainee_quota", {"full_time_employees": float("nan")}, "full_time_employees"),
        ("training_time_split", {"required_hours": 0, "related_hours": 0, "peripheral_hours": 0}, "all 0"),
        ("jip_eligibility", {"jlpt_level": "N9"}, "jlpt_level"),
        ("jip_support_funds", {"mode": "teleport", "days": 3}, "mode"),
    ],
)
def test_invalid_arguments_come_back_as_a_message(lc_tools: dict[str, BaseTool], name: str, args: dict,
                                                  expected: str) -> None:
    text = lc_tools[name].invoke(args)
    assert text.startswith(f"Invalid arguments for {name}:") and expected in text
    message = lc_tools[name].invoke({"type": "tool_call", "id": "c9", "name": name, "args": args})
    assert isinstance(message, ToolMessage)
    assert message.status == "error" and expected in message.content


def test_tool_call_defaults_reach_the_function(lc_tools: dict[str, BaseTool]) -> None:
    message = lc_tools["jip_eligibility"].invoke(
        {"type": "tool_call", "id": "c2", "name": "jip_eligibility", "args": {"nationality": "Burma"}}
    )
    assert message.artifact["nationality_match"]["iso3"] == "MMR"
    assert message.artifact["eligible"] == "unknown"


# --- strict inputs, the same message at every entry point (issue 14 item 6) ------------------------------

# (tool, arguments, the field the message must name, words it must contain)
MALFORMED = [
    ("trainee_quota", {"full_time_employees": 3.5}, "full_time_employees", "must be a whole number (got 3.5)"),
    ("trainee_quota", {"full_time_employees": "3.5"}, "full_time_employees", "must be a whole number"),
    ("trainee_quota", {"full_time_employees": True}, "full_time_employees", "not true/false"),
    ("trainee_quota", {"full_time_employees": False}, "full_time_employees", "not true/false"),
    ("jip_support_funds", {"mode": "online", "days": 2.5}, "days", "must be a whole number"),
    ("jip_support_funds", {"mode": "online", "days": True}, "days", "not true/false"),
    ("jip_eligibility", {"age": 24.5}, "age", "must be a whole number"),
    ("jip_eligibility", {"participated_fiscal_years": [2023.5]}, "participated_fiscal_years.0", "whole number"),
    ("training_time_split", {"required_hours": True, "related_hours": 1, "peripheral_hours": 1},
     "required_hours", "not true/false"),
]


@pytest.mark.parametrize(("name", "args", "field", "words"), MALFORMED)
def test_every_entry_point_rejects_with_the_same_message(
    rules: RuleBook, lc_tools: dict[str, BaseTool], name: str, args: dict, field: str, words: str
) -> None:
    outcome = run_tool(name, args, rules)
    assert outcome.ok is False and outcome.error.startswith(f"{field}: ") and words in outcome.error
    # the function: a ToolArgumentError (still a pydantic ValidationError) whose text is that same line
    with pytest.raises(ToolArgumentError) as info:
        get_spec(name).function(**args, rules=rules)
    assert str(info.value) == outcome.error
    # the LangChain tool, invoked with a dict and with a ToolCall
    assert lc_tools[name].invoke(args) == f"Invalid arguments for {name}: {outcome.error}"
    message = lc_tools[name].invoke({"type": "tool_call", "id": "c1", "name": name, "args": args})
    assert message.status == "error" and message.content == f"Invalid arguments for {name}: {outcome.error}"


@pytest.mark.parametrize("value", [45, 45.0, "45", " 45 ", "45.0"])
def test_a_whole_number_in_any_form_reaches_the_tool_exactly(rules: RuleBook, value) -> None:
    outcome = run_tool("trainee_quota", {"full_time_employees": value}, rules)
    assert outcome.ok and outcome.result["full_time_employees"] == 45


@pytest.mark.parametrize("bare", ["45", "full_time_employees=45", "", 45, 4.5, None, [45], True])
@pytest.mark.parametrize("name", list(DESIGN))
def test_a_bare_value_instead_of_an_object_is_a_message_never_an_exception(
    rules: RuleBook, lc_tools: dict[str, BaseTool], name: str, bare
) -> None:
    expected = f"arguments must be a JSON object of named values, got {type(bare).__name__}"
    assert run_tool(name, bare, rules).error == expected
    assert lc_tools[name].invoke(bare) == f"Invalid arguments for {name}: {expected}"
    message = lc_tools[name].invoke({"type": "tool_call", "id": "c2", "name": name, "args": bare})
    assert isinstance(message, ToolMessage)
    assert message.status == "error" and message.content == f"Invalid arguments for {name}: {expected}"
    assert message.tool_call_id == "c2"


class _Retriever:
    def search(self, query: str, k: int = 5, program: str | None = None, doc_id: str | None = None) -> SearchResult:
        return SearchResult(query=query, passages=[], relevant=False, confidence=0.0)


@pytest.mark.parametrize(
    "bad", [{"query": "x", "k": 99}, {"query": "x", "program": "moon"}, {}, {"query": ["a"]}, "quota", 7, None]
)
def test_search_knowledge_with_bad_arguments_never_raises(bad) -> None:
    tool = make_search_tool(_Retriever(), 5)
    text = tool.invoke(bad)
    assert text.startswith(f"Invalid arguments for {SEARCH_TOOL_NAME}: ")
    message = tool.invoke({"type": "tool_call", "id": "s1", "name": SEARCH_TOOL_NAME, "args": bad})
    assert isinstance(message, ToolMessage) and message.status == "error"
    assert message.content.startswith(f"Invalid arguments for {SEARCH_TOOL_NAME}: ")


def test_search_knowledge_good_arguments_still_search() -> None:
    message = make_search_tool(_Retriever(), 5).invoke(
        {"type": "tool_call", "id": "s2", "name": SEARCH_TOOL_NAME, "args": {"query": "quota", "k": 3}}
    )
    assert message.status == "success" and message.artifact.query == "quota"


@pytest.mark.parametrize("spec", TOOL_SPECS, ids=lambda s: s.name)
def test_every_input_field_has_a_human_title_and_a_plain_description(spec) -> None:
    # the chat UI builds its form labels from these
    for name, info in spec.input_model.model_fields.items():
        assert info.title, name  # set by hand: pydantic leaves it None and would show "Full Time Employees"
        assert info.description and len(info.description) >= 15, name
    schema = spec.input_model.model_json_schema()
    assert all(prop.get("title") and prop.get("description") for prop in schema["properties"].values())


def test_a_custom_error_type_still_becomes_the_one_line_message() -> None:
    from pydantic import field_validator
    from pydantic_core import PydanticCustomError

    class Toy(ToolInput):
        x: int

        @field_validator("x")
        @classmethod
        def _odd(cls, value: int) -> int:
            raise PydanticCustomError("toy_error", "no {what} here", {"what": "toys"})

    with pytest.raises(ToolArgumentError) as info:
        Toy(x=1)
    assert str(info.value) == "x: no toys here (got 1)" and info.value.errors()[0]["type"] == "toy_error"
