"""The default brain with the offline embedder never imports torch (its import alone costs ~9 s)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

# The checkout these tests belong to: a subprocess imports `bot` from it, not from wherever the virtual
# environment's editable install points (a worktree sharing another checkout's .venv would test that one).
CHECKOUT = Path(__file__).resolve().parents[2]


def _env(**extra: str) -> dict[str, str]:
    path = os.pathsep.join(filter(None, [str(CHECKOUT), os.environ.get("PYTHONPATH", "")]))
    return {**os.environ, "PYTHONPATH": path, **extra}

SCRIPT = """
import sys
from bot import wiring
from bot.agent import build_bot
from bot.ingest import ingest
from bot.settings import Settings
settings = Settings(_env_file=None, data_dir=sys.argv[1], knowledge_dir=sys.argv[2], embedder="offline", llm=None)
store = wiring.build_store(settings)
ingest(settings, store)
bot = build_bot(settings, wiring.build_retriever(settings, store), wiring.build_rulebook(settings))
conversation = bot.new_conversation()
bot.reply(conversation, "How long can a technical intern stay?")
bot.reply(conversation, "We have 45 full-time staff, how many trainees can we take?")
print("TORCH" if "torch" in sys.modules else "NO_TORCH")
"""


@pytest.mark.slow
def test_default_path_never_imports_torch(tmp_path, knowledge_copy) -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path / "data"), str(knowledge_copy)],
        capture_output=True, text=True, timeout=300, env=_env(),
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("NO_TORCH")


NO_LANGGRAPH_SCRIPT = SCRIPT.replace(
    'print("TORCH" if "torch" in sys.modules else "NO_TORCH")',
    'print("LANGGRAPH" if any(m.split(".")[0] in {"langgraph", "langchain"} for m in sys.modules) else "NO_LANGGRAPH")',
)


@pytest.mark.slow
def test_builtin_brain_never_imports_the_agent_graph(tmp_path, knowledge_copy) -> None:
    """The built-in brain is a plain pipeline: langgraph and langchain's create_agent load only for an LLM."""
    result = subprocess.run(
        [sys.executable, "-c", NO_LANGGRAPH_SCRIPT, str(tmp_path / "data"), str(knowledge_copy)],
        capture_output=True, text=True, timeout=300, env=_env(),
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("NO_LANGGRAPH")


ASK_SCRIPT = """
import contextlib, io, sys
import bot.agent
from bot.cli import main
sys.argv = ["bot", "ask", "How many trainees can a company with 45 employees accept?"]
out = io.StringIO()
with contextlib.redirect_stdout(out):
    try:
        main()
    except SystemExit as stop:
        assert not stop.code, stop.code
assert "45" in out.getvalue(), out.getvalue()
print("LANGCHAIN_CORE" if "langchain_core" in sys.modules else "NO_LANGCHAIN_CORE")
"""


@pytest.mark.slow
def test_builtin_ask_never_imports_langchain_core(tmp_path, knowledge_copy) -> None:
    """`bot ask` with the built-in brain: LangChain's core (~0.8 s to import) loads only for an LLM or ingest."""
    from bot import wiring
    from bot.ingest import ingest
    from bot.settings import Settings

    settings = Settings(_env_file=None, data_dir=tmp_path / "data", knowledge_dir=knowledge_copy,
                        embedder="offline", chroma_url=None, llm=None)
    ingest(settings, wiring.build_store(settings))
    env = _env(BOT_DATA_DIR=str(tmp_path / "data"), BOT_KNOWLEDGE_DIR=str(knowledge_copy),
               BOT_EMBEDDER="offline", BOT_LLM="")
    env.pop("BOT_CHROMA_URL", None)
    result = subprocess.run([sys.executable, "-c", ASK_SCRIPT], capture_output=True, text=True, timeout=300,
                            env=env, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("NO_LANGCHAIN_CORE"), result.stdout
