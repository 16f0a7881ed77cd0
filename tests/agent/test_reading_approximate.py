"""R6: approximate counts ("about 40", "around 45", "約45人", "45人くらい") against the rule book's band edges.

For every value from 1 to 320 in every approximate form (EN and JA) the calculator runs with the value as typed and
the reply says it was taken as stated and where the band changes: within the task's `within` of an edge of the quota
table (tasks.yaml `approximate`, the edges read from the rule book) that edge ("about 30": the band changes at 31),
farther away the next edge above. Class: an approximate count at a threshold gets the answer AND the caveat, never
only a question back. An exact value is never treated as approximate, and an exact figure given later is used.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.agent.policy import plan_turn, Turn, CallTools, Reply
from bot.agent.conversation import DialogueState
from bot.agent.tasks import TaskRegistry
from support import converse
from tests.knowledge import repo_rules, repo_understander

KNOWLEDGE = Path(__file__).resolve().parents[2] / "knowledge"
RULES = repo_rules()
UNDERSTANDER = repo_understander()
TASKS = TaskRegistry.load(KNOWLEDGE / "tasks.yaml")
QUOTA = TASKS["trainee_quota"]
EDGES = [row.min_employees for row in RULES.quota.basic_number if row.min_employees > 0]
WITHIN = QUOTA.approximate["full_time_employees"].within
TOOLS = {"trainee_quota", "search_knowledge"}

EN_FORMS = ["We have about {n} employees. How many trainees can we accept?",
            "around {n} staff, how many trainees can we take?", "Our headcount is roughly {n}. Trainee quota?",
            "We have {n} employees or so. How many trainees can we accept?"]
JA_FORMS = ["常勤職員は約{n}人です。実習生は何人受け入れられますか？", "従業員は{n}人くらいです。受け入れ人数は？",
            "社員はだいたい{n}名です。実習生は何人まで受け入れられますか？"]


def near_edge(n: int) -> bool:
    return any(min(abs(n - (e - 1)), abs(n - e)) <= WITHIN for e in EDGES)


def step(text: str):
    from bot.agent.compose import default_responses

    turn = Turn(understander=UNDERSTANDER, responses=default_responses(), task_registry=TASKS)
    return plan_turn(text, DialogueState(), TOOLS, turn)


def test_the_edges_come_from_the_rule_book() -> None:
    assert QUOTA.band_edges("full_time_employees", RULES) == sorted(float(e) for e in EDGES)


@pytest.mark.parametrize("form", EN_FORMS + JA_FORMS)
@pytest.mark.parametrize("n", list(range(1, 321, 7)) + [e + d for e in EDGES for d in (-3, -2, -1, 0, 1, 2)])
def test_an_approximate_count_is_used_as_stated_with_the_edge_said(form: str, n: int) -> None:
    result = step(form.format(n=n))
    assert isinstance(result, CallTools), result
    assert result.calls[0]["args"]["full_time_employees"] == n
    said = [a for a in result.plan.assumptions if str(n) in a and ("about" in a or "約" in a)]
    assert said, result.plan.assumptions
    if near_edge(n):
        edge = next(e for e in EDGES if min(abs(n - (e - 1)), abs(n - e)) <= WITHIN)
        assert str(edge) in said[0], said


@pytest.mark.parametrize("text", ["We have 40 employees. How many trainees can we accept?",
                                  "常勤職員は40人です。実習生は何人受け入れられますか？"])
def test_an_exact_count_is_not_approximate(text: str) -> None:
    result = step(text)
    assert isinstance(result, CallTools) and result.calls[0]["args"]["full_time_employees"] == 40
    assert not any("about" in a or "約" in a for a in result.plan.assumptions)


@pytest.mark.parametrize("first,answer", [("We have about 40 employees. How many trainees can we accept?", "41"),
                                          ("常勤職員は約40人です。実習生は何人受け入れられますか？", "41人です")])
def test_the_exact_figure_given_after_the_question_is_used(bot, first: str, answer: str) -> None:
    reply = converse(bot, first, answer)
    calls = [c for c in reply.tool_calls if c.name == "trainee_quota"]
    assert calls and calls[-1].args["full_time_employees"] == 41
