"""Japanese words written in Latin letters inside an English question ("jisshusei maximum how many year?",
"support for chusho kigyo foreign jinzai") are read as the English words of the documents
(``romanized`` in knowledge/vocabulary.yaml): they reach the same concepts and the same passages as the
English question would."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.retrieval import HybridRetriever, build_retriever
from bot.query import TextAnalyzer, load_vocabulary
from tests.knowledge import indexed_copy

KNOWLEDGE = Path(__file__).resolve().parent.parent / "knowledge"
VOCABULARY = load_vocabulary(KNOWLEDGE)
ANALYZER = TextAnalyzer(VOCABULARY)
FRAMES = ["what about {}?", "{} how many years", "Our company asks: {}, please explain", "{}"]


def test_the_romanized_words_are_data() -> None:
    for word in ["jisshusei", "jisshuusei", "ukeire", "seishain", "joukin", "kensetsu", "yuryo", "yuuryou",
                 "nintei", "kaigo", "kanri dantai", "chusho kigyo", "chuusho kigyou", "jinzai", "gaikokujin",
                 "tokutei ginou"]:
        assert word in VOCABULARY.romanized, word


@pytest.mark.parametrize("frame", FRAMES)
def test_every_romanized_word_reaches_the_concepts_of_its_english_reading(frame: str) -> None:
    wrong = []
    for word, english in VOCABULARY.romanized.items():
        romanized = ANALYZER.analyze(frame.format(word))
        reading = ANALYZER.analyze(frame.format(english))
        if romanized.concepts != reading.concepts or romanized.tokens != reading.tokens:
            wrong.append((word, romanized.concepts, reading.concepts))
    assert not wrong, wrong


@pytest.mark.parametrize("word", ["Jisshusei", "JISSHUSEI", "Chusho Kigyo", "Kaigo"])
def test_capitals_read_the_same(word: str) -> None:
    assert ANALYZER.analyze(f"{word} support").concepts == ANALYZER.analyze(f"{word.lower()} support").concepts


@pytest.mark.parametrize("text", ["kaigorelated", "shainxyz", "nintei2x", "ukeirehaha"])
def test_only_whole_words_are_read(text: str) -> None:
    assert ANALYZER.analyze(text).text == text


@pytest.fixture(scope="module")
def retriever(tmp_path_factory: pytest.TempPathFactory) -> HybridRetriever:
    settings, store = indexed_copy(tmp_path_factory.mktemp("romanized"))
    return build_retriever(settings, store)


@pytest.mark.parametrize(
    ("question", "phrase"),
    [
        ("jisshusei maximum how many year can stay in our company? we want long time keep good worker",
         "The maximum period is 5 years"),
        ("jisshuusei how long can stay in japan?", "The maximum period is 5 years"),
        ("ginou jisshusei maximum period?", "The maximum period is 5 years"),
        ("Tokyo WorkNet what is? and support project for chusho kigyo foreign jinzai, which company help?", "Pasona"),
        ("chuusho kigyou gaikokujin jinzai support in tokyo, who runs it?", "Pasona"),
        ("kaigo jisshusei: joukin count who? all staff ok?", "main job is nursing care"),
        ("kaigo seishain only count for ukeire?", "main job is nursing care"),
        ("tokutei ginou No.2 renewal?", "indefinite"),
    ],
)
def test_romanized_questions_find_the_passage(retriever: HybridRetriever, question: str, phrase: str) -> None:
    result = retriever.search(question, k=3)
    assert result.relevant, (result.confidence, question)
    assert any(phrase in p.text for p in result.passages[:3]), [(p.doc_id, p.section) for p in result.passages]
