"""The default brain with the offline embedder never imports torch (its import alone costs ~9 s)."""

from __future__ import annotations

import subprocess
import sys

import pytest

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
        capture_output=True, text=True, timeout=300,
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
        capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("NO_LANGGRAPH")
