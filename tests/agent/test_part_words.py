"""Class: which part of a plan a word names, one resolver (bot/agent/part_words.py) over the language's kind words and
the words the conversation gave the parts: the longest name at the phrase's edge (the start in English, the end before
its particle in Japanese), else a word of one part's name; two parts named as much as each other, or none, is no part.
Moves (at parse and plan time) and hours restated by names both read parts through it."""

from __future__ import annotations

import pytest

from bot.agent.part_words import PartWords
from tests.knowledge import repo_understander

EN_NAMES = {"machine operation": "required_hours", "machine": "required_hours", "quality inspection": "related_hours",
            "quality": "related_hours", "cleaning and packing": "peripheral_hours", "cleaning": "peripheral_hours"}
JA_NAMES = {"機械操作": "required_hours", "品質検査": "related_hours", "検査": "related_hours", "清掃": "peripheral_hours"}


def _words(language: str, names: dict[str, str]) -> PartWords:
    return PartWords.of(repo_understander().pack(language), names, language)


@pytest.mark.parametrize("language,names,phrase,slot", [
    ("en", EN_NAMES, "cleaning and packing", "peripheral_hours"),
    ("en", EN_NAMES, "machine operation and see", "required_hours"),
    ("en", EN_NAMES, "inspection", "related_hours"),  # a word of one part's name
    ("en", EN_NAMES, "operation", "required_hours"),
    ("en", EN_NAMES, "peripheral work", "peripheral_hours"),  # the language's kind word
    ("en", EN_NAMES, "required and keep peripheral", "required_hours"),  # the word at the phrase's start
    ("en", {}, "related", "related_hours"),
    ("ja", JA_NAMES, "じゃあ品質検査", "related_hours"),  # the word before the particle
    ("ja", JA_NAMES, "その分を機械操作", "required_hours"),
    ("ja", JA_NAMES, "操作", "required_hours"),  # inside one part's name
    ("ja", JA_NAMES, "では周辺", "peripheral_hours"),
    ("ja", {}, "必須", "required_hours"),
])
def test_a_part_word_names_the_longest_part_at_its_edge(language: str, names: dict, phrase: str, slot: str) -> None:
    found = _words(language, names).slot_of(phrase)
    assert found is not None and found.slot == slot, found


@pytest.mark.parametrize("language,names,phrase", [
    ("en", EN_NAMES, "painting"),
    ("en", {"machine operation": "required_hours", "machine cleaning": "peripheral_hours"}, "machine"),
    ("en", EN_NAMES, ""),
    ("ja", JA_NAMES, "塗装"),
    ("ja", {"機械操作": "required_hours", "機械清掃": "peripheral_hours"}, "機械"),
])
def test_a_word_naming_no_part_or_two_parts_names_none(language: str, names: dict, phrase: str) -> None:
    assert _words(language, names).slot_of(phrase) is None


@pytest.mark.parametrize("language,names,text,said", [
    ("en", EN_NAMES, "cleaning and packing is only 1 hour now", {"cleaning and packing": "peripheral_hours"}),
    ("en", EN_NAMES, "machine operation 4 h, quality 2 h", {"machine operation": "required_hours",
                                                             "quality": "related_hours"}),
    ("ja", JA_NAMES, "品質検査は2時間です", {"品質検査": "related_hours"}),
])
def test_names_said_in_a_message_are_the_longest_ones(language: str, names: dict, text: str, said: dict) -> None:
    assert _words(language, names).said_in(text) == said
