"""The SentenceSelector chosen by settings: one interface for the sentences an answer quotes."""

from __future__ import annotations

import pytest

from bot.agent.selection import LexicalSentenceSelector, make_sentence_selector
from bot.contracts import Passage
from bot.errors import ConfigError

PASSAGES = [
    Passage(chunk_id="a::1", doc_id="a", text="The maximum period is 5 years. Trainees learn skills."),
    Passage(chunk_id="b::1", doc_id="b", text="Applications open in September. The fee is not stated."),
]


def test_the_settings_name_the_selector() -> None:
    assert isinstance(make_sentence_selector("lexical"), LexicalSentenceSelector)
    with pytest.raises(ConfigError, match="Unknown sentence selector"):
        make_sentence_selector("psychic")


def test_the_lexical_selector_answers_and_supports() -> None:
    selector = make_sentence_selector("lexical")
    (passage, sentences), *_ = selector.answer_sentences("What is the maximum period?", PASSAGES)
    assert passage.chunk_id == "a::1" and sentences == ["The maximum period is 5 years."]
    assert selector.supporting_quote(["", "applications open"], PASSAGES) == (PASSAGES[1],
                                                                                "Applications open in September.")
