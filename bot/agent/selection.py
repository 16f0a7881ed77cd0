"""Choosing the sentences an answer quotes, behind one protocol chosen by settings (like the embedder).

A SentenceSelector picks, from ranked passages, the sentences that answer a question (a knowledge answer)
and the one sentence that supports a calculated answer. ``lexical`` (the default) compares the question's
terms with each sentence using the retriever's analyzer (vocabulary + stemmer); a model-based selector would
implement the same two methods and be named in ``BOT_SENTENCE_SELECTOR``.
"""

from __future__ import annotations

from typing import Any, Protocol

from bot.contracts import Passage
from bot.errors import ConfigError


class SentenceSelector(Protocol):
    def answer_sentences(self, query: str, passages: list[Passage], max_passages: int = 3
                         ) -> list[tuple[Passage, list[str]]]:
        """Per passage (best first) the sentences that answer ``query``."""
        ...

    def supporting_quote(self, queries: list[str], passages: list[Passage]) -> tuple[Passage, str] | None:
        """One sentence that supports a calculated answer (the first query that matches anything wins)."""
        ...


class LexicalSentenceSelector:
    """Term overlap weighted by rarity, with the retriever's analyzer when there is one."""

    name = "lexical"

    def __init__(self, analyzer: Any = None) -> None:
        self.analyzer = analyzer

    def answer_sentences(self, query: str, passages: list[Passage], max_passages: int = 3
                         ) -> list[tuple[Passage, list[str]]]:
        from bot.agent.compose import pick_sentences

        return pick_sentences(query, passages, max_passages=max_passages, analyzer=self.analyzer)

    def supporting_quote(self, queries: list[str], passages: list[Passage]) -> tuple[Passage, str] | None:
        from bot.agent.compose import best_quote

        return best_quote(queries, passages, self.analyzer)


SELECTORS = {"lexical": LexicalSentenceSelector}


def make_sentence_selector(name: str, analyzer: Any = None) -> SentenceSelector:
    """The selector the settings name (the one place that chooses)."""
    try:
        return SELECTORS[name](analyzer)
    except KeyError:
        raise ConfigError(f"Unknown sentence selector {name!r}: use one of {', '.join(SELECTORS)}.") from None
