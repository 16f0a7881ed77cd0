"""The words "begin", いつできましたか and いつからありますか ask when a system was established."""

from __future__ import annotations

import pytest

from bot.query import load_vocabulary, TextAnalyzer
from tests.test_query_vocabulary import KNOWLEDGE

ANALYZER = TextAnalyzer(load_vocabulary(KNOWLEDGE))


@pytest.mark.parametrize("question", [
    "When did technical intern training begin?",
    "技能実習制度はいつからありますか？",
    "技能実習はいつできましたか",
])
def test_since_when_a_system_exists_asks_when_it_was_established(question: str) -> None:
    assert "established" in ANALYZER.analyze(question).concepts
