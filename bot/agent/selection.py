"""Choosing what an answer quotes, behind one protocol chosen by settings (like the embedder).

A SentenceSelector picks, from ranked passages, the units that answer a question (a knowledge answer) and the
one sentence that supports a calculated answer. ``lexical`` (the default) ranks the passages' answer units
(bot/answers: sentences, whole lists, label-and-value blocks) by the question's terms with the retriever's
analyzer (vocabulary + stemmer) and requires the answer type the question asks for; a model-based selector
would implement the same methods and be named in ``BOT_SENTENCE_SELECTOR``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Protocol

from bot.answers.select import Selection, UnitRanker
from bot.answers.glossary import Glossary
from bot.answers.types import AnswerTypes
from bot.contracts import Passage
from bot.errors import ConfigError


class SentenceSelector(Protocol):
    def answer_sentences(self, query: str, passages: list[Passage], max_passages: int = 3
                         ) -> list[tuple[Passage, list[str]]]:
        """Per passage (best first) the whole units that answer ``query``."""
        ...

    def left_out(self, parts: list[str], passages: list[Passage], picked: list[tuple[Passage, list[str]]]
                 ) -> Any:
        """The off-topic parts the search left out, as a part the documents do not mention (or None)."""
        ...

    def supporting_quote(self, queries: list[str], passages: list[Passage]) -> tuple[Passage, str] | None:
        """One sentence that supports a calculated answer (the first query that matches anything wins)."""
        ...


class LexicalSentenceSelector:
    """Answer units ranked by term overlap weighted by rarity, with the retriever's analyzer when there is one."""

    name = "lexical"

    def __init__(self, analyzer: Any = None, types: AnswerTypes | None = None, glossary: Glossary | None = None
                 ) -> None:
        self.analyzer = analyzer
        self.ranker = UnitRanker(analyzer, types, glossary)

    def answer_units(self, query: str, passages: list[Passage], max_passages: int = 3) -> Selection:
        """The whole selection: what is quoted, or (``refused``) that no unit carries what is asked."""
        return self.ranker.select(query, passages, max_passages)

    def answer_sentences(self, query: str, passages: list[Passage], max_passages: int = 3
                         ) -> list[tuple[Passage, list[str]]]:
        selection = self.ranker.select(query, passages, max_passages)
        return [] if selection.refused else selection.picked

    def left_out(self, parts: list[str], passages: list[Passage], picked: list[tuple[Passage, list[str]]]
                 ) -> Any:
        return self.ranker.left_out(parts, passages, picked)

    def supporting_quote(self, queries: list[str], passages: list[Passage]) -> tuple[Passage, str] | None:
        return self.ranker.supporting_quote(queries, passages)

    @property
    def limits(self) -> Any:
        """The yes/no limits the ranker reads answers with (bot/answers/limits.py)."""
        return self.ranker.limits

    def carried_types(self, text: str) -> set[str]:
        """The answer types a quoted text carries (a date, an amount ...: bot/answers/types.py)."""
        return self.ranker.types.detect(text)

    def other_program_passages(self, query: str, passages: list[Passage]) -> set[int]:
        """The passages (indexes) about another program than the one ``query`` names: no verdict comes from them."""
        return self.ranker.other_program_passages(query, passages)


SELECTORS = {"lexical": LexicalSentenceSelector}


def make_sentence_selector(name: str, analyzer: Any = None, knowledge_dir: Path | None = None) -> SentenceSelector:
    """The selector the settings name (the one place that chooses), with the answer types of the configured
    knowledge folder (``knowledge_dir/answer_types.yaml``, ``glossary.yaml``; the repository's when it has none)."""
    try:
        return SELECTORS[name](analyzer, AnswerTypes.for_knowledge(knowledge_dir), Glossary.for_knowledge(knowledge_dir))
    except KeyError:
        raise ConfigError(f"Unknown sentence selector {name!r}: use one of {', '.join(SELECTORS)}.") from None
