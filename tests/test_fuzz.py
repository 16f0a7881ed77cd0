"""Fuzzing the two entrances a visitor's text goes through: ``Bot.reply`` and the chat handler.

For any text: no exception, no traceback text in the reply, and every number that reaches a calculator
is one written in the text. A fixed budget runs in CI; the full 10,000-input run is marked ``long``
(``pytest --run-long tests/test_fuzz.py``).
"""

from __future__ import annotations

import json
import re
import shutil
import unicodedata
from pathlib import Path
from typing import Any

import orjson
import pytest
from hypothesis import HealthCheck, given, settings as hsettings, strategies as st

from bot import wiring
from bot.ingest import ingest
from bot.settings import Settings
from bot.ui.chat import new_session, respond
from bot.ui.feedback import FeedbackLog
from bot.ui.services import Services

REPO_ROOT = Path(__file__).resolve().parent.parent
CI_EXAMPLES = 60
# Fractions for whole-number fields used to be truncated by the policy's reader before the tool's strict
# check ("0.01 employees" reached the quota tool as 0); fixed on main. Set True only to triage a regression.
ACCEPT_TRUNCATED_FRACTIONS = False
FULL_EXAMPLES = 10_000

QUESTIONS = [
    "We have {n} full-time employees: how many technical intern trainees can we take?",
    "Is a training plan with {n} required, {m} related and {k} peripheral hours allowed?",
    "How much support for {n} days of online internship?",
    "Who can apply to the Japan Internship Program?",
    "{n}",
    "employees {n} trainees {m}",
]
NUMBER = st.one_of(
    st.integers(min_value=-10**6, max_value=10**7).map(str),
    st.decimals(min_value=-1000, max_value=10**6, places=2, allow_nan=False).map(str),
    st.sampled_from(["0", "3.5", "1,000", "１２", "45人", "1e3", "007", "-1", "true", "forty-five"]),
)
NOISE = st.text(alphabet=st.characters(codec=None, exclude_categories=()), max_size=40)  # surrogates too
TEXT = st.one_of(
    st.builds(lambda q, n, m, k: q.format(n=n, m=m, k=k), st.sampled_from(QUESTIONS), NUMBER, NUMBER, NUMBER),
    st.builds(lambda q, noise, pos: q[:pos] + noise + q[pos:], st.sampled_from(QUESTIONS).map(
        lambda q: q.format(n="45", m="600", k="400")), NOISE, st.integers(0, 80)),
    NOISE,
    st.text(max_size=300),
)


@pytest.fixture(scope="module")
def fuzz_services(tmp_path_factory) -> Services:
    root = tmp_path_factory.mktemp("fuzz")
    shutil.copytree(REPO_ROOT / "knowledge", root / "knowledge")
    settings = Settings(_env_file=None, data_dir=root / "data", knowledge_dir=root / "knowledge", collection="fuzz")
    store = wiring.build_store(settings)
    assert ingest(settings, store).ok
    rules = wiring.build_rulebook(settings)
    bot = wiring.build_bot(settings, wiring.build_retriever(settings, store), rules)
    return Services(settings=settings, store=store, retriever=None, rules=rules, bot=bot,
                    feedback=FeedbackLog(settings.feedback_file))


def _numbers_in(text: str) -> set[str]:
    plain = unicodedata.normalize("NFKC", text).replace(",", "").replace("_", "")
    found = [float(m) for m in re.findall(r"\d+(?:\.\d+)?", plain)]
    written = {str(n) for n in found}
    if ACCEPT_TRUNCATED_FRACTIONS:
        written |= {str(float(int(n))) for n in found}
    return written


def _check_reply(text: str, reply: dict[str, Any]) -> None:
    shown = json.dumps(reply, ensure_ascii=False)
    assert "Traceback" not in shown and 'File "' not in shown
    written = _numbers_in(text)
    for call in reply["tool_calls"]:
        if call["name"] == "search_knowledge":
            continue
        for field, value in (call.get("args") or {}).items():
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                assert str(float(abs(value))) in written, (field, value, text)


def _one_input(services: Services, text: str) -> None:
    reply = services.bot.reply(services.bot.new_conversation(), text)
    _check_reply(text, reply.model_dump(mode="json"))
    try:
        session = new_session(services)
        outputs = list(respond(services, text, session))
    except Exception as exc:  # the only allowed one: the size refusal shown to the visitor
        import gradio as gr

        assert isinstance(exc, gr.Error) and "BOT_MAX_MESSAGE_CHARS" in str(exc)
        return
    messages, last = outputs[-1]
    orjson.dumps(messages)  # what Gradio sends: must always encode (a lone surrogate used to break it)
    if last is not None:
        _check_reply(text, last)
    # The conversation goes on after any input.
    after = list(respond(services, "Who can apply to the Japan Internship Program?", session))[-1]
    assert after[1] is not None and after[1]["answer"]


def _run(services: Services, examples: int) -> None:
    @hsettings(max_examples=examples, deadline=None, derandomize=True, database=None,
               suppress_health_check=list(HealthCheck))
    @given(TEXT)
    def check(text: str) -> None:
        _one_input(services, text)

    check()


@pytest.mark.parametrize("text", [
    "We have 0.01 full-time employees: how many technical intern trainees can we take?",
    "We have 3.5 full-time employees: how many technical intern trainees can we take?",
])
def test_a_fraction_for_a_whole_number_is_not_truncated(fuzz_services: Services, text: str):
    reply = fuzz_services.bot.reply(fuzz_services.bot.new_conversation(), text)
    for call in reply.tool_calls:
        if call.name == "trainee_quota":
            assert float(call.args["full_time_employees"]) in (0.01, 3.5)


def test_fuzz_fixed_budget(fuzz_services: Services, monkeypatch):
    monkeypatch.setattr("bot.ui.chat.STREAM_PAUSE_S", 0.0, raising=False)
    _run(fuzz_services, CI_EXAMPLES)


@pytest.mark.slow
@pytest.mark.long
@pytest.mark.timeout(7200)  # about 20 minutes on two shared cores; the suite's 900 s cap is for CI tests
def test_fuzz_full_ten_thousand(fuzz_services: Services, monkeypatch):
    monkeypatch.setattr("bot.ui.chat.STREAM_PAUSE_S", 0.0, raising=False)
    _run(fuzz_services, FULL_EXAMPLES)
