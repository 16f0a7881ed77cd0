"""``bot doctor`` and a Chroma server that is down at start-up: reported, not fatal (the calculators
need no index), and the doctor exits non-zero saying what is wrong."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from bot.cli import app
from bot.errors import StoreUnavailableError
from bot.settings import Settings
from bot.wiring import DeferredStore, build_embedder, open_store_or_defer
from support import free_port


def _env(settings: Settings, **extra: str) -> dict[str, str]:
    return {
        "BOT_DATA_DIR": str(settings.data_dir), "BOT_KNOWLEDGE_DIR": str(settings.knowledge_dir),
        "BOT_EMBEDDER": "offline", **extra,
    }


def test_doctor_passes_on_a_good_index_and_shows_counts_and_settings(settings: Settings, indexed_store):
    result = CliRunner().invoke(app, ["doctor", "--json"], env=_env(settings))
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["status"] == "ok" and all(c["ok"] for c in report["checks"])
    assert report["index"]["documents"] >= 4 and report["index"]["chunks"] > report["index"]["documents"]
    assert report["settings"]["embedder"] == "offline" and report["settings"]["staff_password"] == "(not set)"
    text = CliRunner().invoke(app, ["doctor"], env=_env(settings))
    assert text.exit_code == 0 and "index contents:" in text.stdout and "relevance_threshold = 0.5" in text.stdout


def test_doctor_fails_on_an_empty_index(settings: Settings):
    result = CliRunner().invoke(app, ["doctor"], env=_env(settings))
    assert result.exit_code == 1 and "run `bot ingest`" in result.stderr


def test_doctor_and_ask_with_the_chroma_server_down(settings: Settings):
    url = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    env = _env(settings, BOT_CHROMA_URL=url)
    doctor = CliRunner().invoke(app, ["doctor", "--json"], env=env)
    assert doctor.exit_code == 1
    store_check = next(c for c in json.loads(doctor.stdout)["checks"] if c["name"] == "index store")
    assert not store_check["ok"] and url in store_check["detail"]
    # bot ask starts anyway, says the index is unreachable, and still calculates.
    ask = CliRunner().invoke(app, ["ask", "--json", "We have 45 full-time employees: how many trainees can we take?"], env=env)
    assert ask.exit_code == 0, ask.output
    assert "warning:" in ask.stderr and url in ask.stderr and "Traceback" not in ask.output
    reply = json.loads(ask.stdout)
    assert any(c["name"] == "trainee_quota" for c in reply["tool_calls"])
    # A knowledge question says the index is unreachable, never that the documents lack the answer.
    for question, unreachable in (
        ("Who can apply for the METI internship?", "can't be reached"),
        ("外国人技能実習制度はいつ創設されましたか？", "接続できない"),
    ):
        knowledge = CliRunner().invoke(app, ["ask", "--json", question], env=env)
        assert knowledge.exit_code == 0, knowledge.output
        answer = json.loads(knowledge.stdout)["answer"]
        assert unreachable in answer and "Traceback" not in knowledge.output
        assert "could not find" not in answer.lower() and "documents do not state" not in answer.lower()


def test_a_deferred_store_retries_at_most_every_few_seconds(settings: Settings, monkeypatch):
    from bot import wiring

    down = settings.model_copy(update={"chroma_url": f"http://127.0.0.1:{free_port()}"})
    store, problem = open_store_or_defer(down, build_embedder(down))
    assert isinstance(store, DeferredStore) and problem and down.chroma_url in problem
    now = [0.0]
    store = DeferredStore(down, store.embedder, StoreUnavailableError(problem), retry_s=5.0, clock=lambda: now[0])
    tries: list[float] = []
    real_build = wiring.build_store

    def counting_build(*args, **kwargs):
        tries.append(now[0])
        return real_build(*args, **kwargs)

    monkeypatch.setattr(wiring, "build_store", counting_build)
    for when in (0.0, 1.0, 4.9, 5.0, 6.0, 9.9, 11.0):
        now[0] = when
        try:
            store.count()
        except StoreUnavailableError as exc:
            assert down.chroma_url in str(exc)
    assert tries == [5.0, 11.0]  # never more often than every retry_s
    assert not store.connected and store.embedder.name.startswith("offline")
