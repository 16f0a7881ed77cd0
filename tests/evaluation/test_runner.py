"""Running cases: a fresh conversation per case, expectations on the last reply of a multi-turn case,
a bot that raises becomes a failed case, not a crashed run."""

from __future__ import annotations

from bot.contracts import BotReply, ToolCallRecord
from bot.evaluation import evaluate
from bot.evaluation.dataset import load_dataset
from bot.evaluation.runner import run_case, run_cases

QUOTA_45 = ToolCallRecord(name="trainee_quota", args={"full_time_employees": 45}, result={"no1_per_year": 5})
QUOTA_35 = ToolCallRecord(name="trainee_quota", args={"full_time_employees": 35}, result={"no1_per_year": 4})


def test_each_case_runs_in_a_fresh_conversation_and_turns_stay_in_one(scripted_bot, write_dataset):
    bot = scripted_bot({})
    path = write_dataset(
        [{"id": "a", "turns": ["one", "two", "three"]}, {"id": "b", "question": "four"}, {"id": "c", "turns": ["five", "six"]}]
    )
    run_cases(bot, load_dataset(path).cases, progress=False)
    assert len(bot.conversations) == 3
    assert [c.messages for c in bot.conversations] == [["one", "two", "three"], ["four"], ["five", "six"]]
    assert len({conversation_id for conversation_id, _ in bot.calls}) == 3


def test_multi_turn_expectations_apply_to_the_last_reply(scripted_bot, write_dataset):
    bot = scripted_bot(
        {
            "We have 45 staff, how many trainees?": BotReply(answer="45 staff: 5 per year.", tool_calls=[QUOTA_45]),
            "sorry, I meant 35": BotReply(answer="35 staff: 4 per year, 8 at once.", tool_calls=[QUOTA_35]),
        }
    )
    path = write_dataset(
        [
            {"id": "corrected", "turns": ["We have 45 staff, how many trainees?", "sorry, I meant 35"],
             "expect": {"facts": ["\\b4\\b", "\\b8\\b"], "forbid": ["\\b5 per year"], "tool": "trainee_quota",
                        "tool_args": {"full_time_employees": 35}, "refuse": False}},
            # the first reply alone would satisfy these: they must fail because they look at the last reply
            {"id": "first-turn-only", "turns": ["We have 45 staff, how many trainees?", "sorry, I meant 35"],
             "expect": {"facts": ["5 per year"], "tool_args": {"full_time_employees": 45}}},
        ]
    )
    good, stale = run_cases(bot, load_dataset(path).cases, progress=False)
    assert good.passed and good.failed == []
    assert [t.message for t in good.turns] == ["We have 45 staff, how many trainees?", "sorry, I meant 35"]
    assert good.turns[0].tools == ["trainee_quota"] and good.answer.startswith("35 staff")
    assert not stale.passed and stale.failed == ["facts", "tool_args"]


def test_the_tool_must_be_called_in_the_last_turn_not_earlier(scripted_bot, write_dataset):
    bot = scripted_bot(
        {
            "45 staff, quota?": BotReply(answer="5 per year.", tool_calls=[QUOTA_45]),
            "thanks!": BotReply(answer="You're welcome."),
        }
    )
    path = write_dataset([{"id": "late", "turns": ["45 staff, quota?", "thanks!"], "expect": {"tool": "trainee_quota"}}])
    (result,) = run_cases(bot, load_dataset(path).cases, progress=False)
    assert result.failed == ["tool"] and "not called in the last turn" in result.checks[0].detail


def test_a_bot_that_raises_fails_that_case_and_the_run_goes_on(scripted_bot, write_dataset):
    bot = scripted_bot({"boom": RuntimeError("index closed"), "fine": BotReply(answer="ok")})
    path = write_dataset(
        [{"id": "x", "turns": ["boom", "never sent"], "expect": {"refuse": False}},
         {"id": "y", "question": "fine", "expect": {"facts": ["ok"]}}]
    )
    x, y = run_cases(bot, load_dataset(path).cases, progress=False)
    assert not x.passed and x.failed == ["error"] and "RuntimeError: index closed" in x.error
    assert [m for _, m in bot.calls] == ["boom", "fine"]  # the rest of the failing case is skipped
    assert y.passed


def test_latency_is_measured_per_turn_by_the_harness(scripted_bot, write_dataset):
    ticks = iter([0.0, 0.010, 1.0, 1.250])
    bot = scripted_bot({}, default=BotReply(answer="x", latency_ms=3.0))
    case = load_dataset(write_dataset([{"id": "t", "turns": ["a", "b"]}])).cases[0]
    result = run_case(bot, case, clock=lambda: next(ticks))
    assert [round(t.latency_ms, 3) for t in result.turns] == [10.0, 250.0]
    assert round(result.latency_ms, 3) == 250.0 and result.bot_latency_ms == 3.0


def test_evaluate_reports_malformed_lines_and_still_runs_the_good_cases(scripted_bot, write_dataset):
    bot = scripted_bot({"q": BotReply(answer="yes")})
    path = write_dataset([{"id": "good", "question": "q", "expect": {"facts": ["yes"]}}, "{not json", {"id": "good2", "question": "q"}])
    run = evaluate(bot, [path], progress=False)
    assert [r.id for r in run.results] == ["good", "good2"]
    assert [(e.file, e.line) for e in run.load_errors] == [(str(path), 2)]
    assert run.metrics.cases == 2 and run.metrics.passed == 2
    assert run.citation_check is False and run.metrics.citation_precision is None


def test_a_reply_in_the_botreply_shape_is_accepted_and_a_malformed_one_fails_the_case(scripted_bot, write_dataset):
    bot = scripted_bot({"dict": lambda conversation: {"answer": "from a dict", "refused": False},
                        "junk": lambda conversation: 42})
    path = write_dataset([{"id": "d", "question": "dict", "expect": {"facts": ["dict"]}},
                          {"id": "j", "question": "junk", "expect": {"facts": ["x"]}}])
    d, j = run_cases(bot, load_dataset(path).cases, progress=False)
    assert d.passed and d.answer == "from a dict"
    assert not j.passed and j.failed == ["error"] and "ValidationError" in j.error
