"""The answer types come from the configured knowledge folder (BOT_KNOWLEDGE_DIR), passed in by the wiring,
never from the repository's file behind the settings' back."""

from __future__ import annotations

import shutil
from pathlib import Path

from bot.agent.selection import make_sentence_selector
from bot.answers.types import AnswerTypes
from bot.contracts import Passage

KNOWLEDGE = Path(__file__).resolve().parents[2] / "knowledge"

# A catalog with one made-up type: only this file can make "zorp" a question type.
TOY = """
types:
  zorp:
    hard: true
    question: {en: ['\\bzorp\\b']}
    unit: ['\\bZ-\\d+\\b']
"""


def _toy_knowledge(tmp_path: Path) -> Path:
    root = tmp_path / "knowledge"
    root.mkdir()
    (root / "answer_types.yaml").write_text(TOY, encoding="utf-8")
    return root


def test_the_types_of_a_knowledge_folder_are_its_own(tmp_path: Path) -> None:
    types = AnswerTypes.for_knowledge(_toy_knowledge(tmp_path))
    assert types.classify("What is the zorp code?").hard == {"zorp"}
    assert "zorp" not in AnswerTypes.load().types  # the repository's catalog does not know it


def test_a_knowledge_folder_without_types_keeps_the_built_in_ones(tmp_path: Path) -> None:
    assert AnswerTypes.for_knowledge(tmp_path).types.keys() == AnswerTypes.load().types.keys()


def test_the_selector_the_settings_build_reads_the_configured_folder(tmp_path: Path) -> None:
    selector = make_sentence_selector("lexical", None, _toy_knowledge(tmp_path))
    passage = Passage(chunk_id="d::1", doc_id="d", title="Doc", section="", program="", as_of=None,
                      text="The zorp code is printed on the form. Keep the form.")
    selection = selector.answer_units("What is the zorp code?", [passage])
    assert selection.refused and selection.missing == ("zorp",)  # no unit carries a Z-number
    passage_with = Passage(chunk_id="d::2", doc_id="d", title="Doc", section="", program="", as_of=None,
                           text="The zorp code is Z-42.")
    assert not selector.answer_units("What is the zorp code?", [passage_with]).refused


def test_the_bot_reads_the_answer_types_of_its_knowledge_dir(tmp_path: Path) -> None:
    from bot.agent.bot import Bot
    from bot.rules import RuleBook
    from bot.settings import Settings

    knowledge = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, knowledge)
    (knowledge / "answer_types.yaml").write_text(TOY, encoding="utf-8")
    settings = Settings(_env_file=None, data_dir=tmp_path / "data", knowledge_dir=knowledge, llm=None)
    bot = Bot(settings, retriever=None, rules=RuleBook.load(knowledge / "rules"))
    assert set(bot.selector.ranker.types.types) == {"zorp"}
