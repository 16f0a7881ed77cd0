"""Japanese words written in Latin letters inside an English question ("jisshusei maximum how many year?",
"support for chusho kigyo foreign jinzai", "tokutei ginou 2go") are read as the English words of the documents
(``Vocabulary.romanized``): they reach the same concepts and the same passages as the English question would.
The spellings are one list, knowledge/nlu/en_romaji.yaml, which the reading layer (LanguagePack) reads too."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.retrieval import HybridRetriever
from bot.query import TextAnalyzer, load_vocabulary

KNOWLEDGE = Path(__file__).resolve().parent.parent / "knowledge"
VOCABULARY = load_vocabulary(KNOWLEDGE)
ANALYZER = TextAnalyzer(VOCABULARY)
FRAMES = ["what about {}?", "{} how many years", "Our company asks: {}, please explain", "{}"]


# Every spelling the search read before the two lists were one (vocabulary.yaml ``romanized``), with its reading
# then: each still reaches the concepts of those English words.
SPELLINGS = {
    "ginou jisshuu seido": "technical intern training system", "gino jisshu seido": "technical intern training system",
    "ginō jisshū seido": "technical intern training system", "ginou jisshuu": "technical intern training",
    "ginou jisshu": "technical intern training", "gino jisshuu": "technical intern training",
    "gino jisshu": "technical intern training", "ginō jisshū": "technical intern training",
    "ginou jisshuusei": "technical intern trainee", "ginou jisshusei": "technical intern trainee",
    "gino jisshusei": "technical intern trainee", "ginō jisshūsei": "technical intern trainee",
    "jisshuusei": "technical intern trainee", "jisshusei": "technical intern trainee",
    "jishusei": "technical intern trainee", "jishuusei": "technical intern trainee",
    "jisshūsei": "technical intern trainee", "kenshuusei": "trainee", "kenshusei": "trainee",
    "tokutei ginou": "specified skilled worker", "tokutei ginoo": "specified skilled worker",
    "tokutei gino": "specified skilled worker", "tokutei ginō": "specified skilled worker",
    "kanri dantai": "supervising organization", "kanri-dantai": "supervising organization",
    "kanri kikan": "supervising organization", "gaikokujin jinzai": "foreign human resources",
    "gaikoku jinzai": "foreign human resources", "gaikokujin roudousha": "foreign workers",
    "gaikokujin rodosha": "foreign workers", "gaikokujin": "foreigners", "gaikoku jin": "foreigners",
    "jinzai": "human resources", "ukeire": "acceptance", "uke ire": "acceptance", "ukeire seido": "acceptance system",
    "nintei": "certification", "yuuryou": "excellent", "yuuryo": "excellent", "yuryou": "excellent",
    "yuryo": "excellent", "yūryō": "excellent", "seishain": "full-time employees", "sei shain": "full-time employees",
    "joukin shokuin": "full-time employees", "jokin shokuin": "full-time employees", "joukin": "full-time employees",
    "jokin": "full-time employees", "jōkin": "full-time employees", "juugyouin": "employees", "jugyoin": "employees",
    "shain": "employees", "chuusho kigyou": "small and medium-sized companies",
    "chuusho kigyo": "small and medium-sized companies", "chusho kigyou": "small and medium-sized companies",
    "chusho kigyo": "small and medium-sized companies", "chūshō kigyō": "small and medium-sized companies",
    "chuushou kigyou": "small and medium-sized companies", "chushou kigyou": "small and medium-sized companies",
    "chusho": "small and medium-sized", "chuusho": "small and medium-sized", "kigyou": "company", "kigyo": "company",
    "kaisha": "company", "kensetsugyou": "construction industry", "kensetsugyo": "construction industry",
    "kensetsu": "construction", "kaigo fukushishi": "care worker", "kaigoshi": "care worker",
    "kaigo-shi": "care worker", "kaigo": "nursing care", "seizougyou": "manufacturing industry",
    "seizogyo": "manufacturing industry", "zairyuu shikaku": "status of residence", "zangyou": "overtime",
    "zangyo": "overtime", "zairyu shikaku": "status of residence",
}


def test_the_romanized_words_are_one_list_with_the_reading_layer() -> None:
    """The search reads the reading layer's own file: the same patterns, in the same order."""
    from bot.agent.understand import LanguagePack
    from bot.query import ROMAJI_FILE, load_romaji

    romaji = load_romaji(KNOWLEDGE / ROMAJI_FILE)
    assert romaji and list(VOCABULARY.romanized.items()) == list(romaji.items())
    pack = LanguagePack.load(KNOWLEDGE / "nlu" / "en.yaml")
    assert all(pack.readings.get(pattern) == english for pattern, english in romaji.items())
    assert "\nromanized:" not in (KNOWLEDGE / "vocabulary.yaml").read_text(encoding="utf-8")  # no second list


@pytest.mark.parametrize("frame", FRAMES)
def test_every_romanized_word_reaches_the_concepts_of_its_english_reading(frame: str) -> None:
    wrong = []
    for word, english in SPELLINGS.items():
        romanized = ANALYZER.analyze(frame.format(word))
        reading = ANALYZER.analyze(frame.format(english))
        if word.casefold() in romanized.text:
            wrong.append((word, "not read"))
        elif not set(reading.concepts) <= set(romanized.concepts):
            wrong.append((word, romanized.concepts, reading.concepts))
    assert not wrong, wrong


# The stages (号) in romaji, next to the programs' names: "1go", "2 go", "ni-go", "1-gou", "2gou" are No.1 / No.2.
STAGES = [
    ("tokutei ginou 2go", "no2"), ("tokutei ginou 2 go", "no2"), ("specified skilled worker 2-go", "no2"),
    ("ssw 2gou", "no2"), ("SSW 2 gou", "no2"), ("tokutei ginou ni-go", "no2"), ("tokutei ginō nigou", "no2"),
    ("jisshusei 1go", "no1"), ("jisshusei 1-gou", "no1"), ("ginou jisshuusei ichi-go", "no1"),
    ("jisshusei ichigou", "no1"), ("jisshusei 3go", "no3"), ("jisshusei san-go", "no3"), ("jisshusei 3 gō", "no3"),
    # a program's short name with its stage glued on
    ("ssw2", "no2"), ("SSW-1", "no1"), ("titp3", "no3"),
]


@pytest.mark.parametrize(("text", "stage"), STAGES)
def test_a_romaji_stage_is_the_stage(text: str, stage: str) -> None:
    assert stage in ANALYZER.analyze(f"{text} - how long can they stay?").concepts, text


@pytest.mark.parametrize("text", ["from 1go to 2go", "from 1 go to 2 go", "1-go / 2-go", "1gou or 2gou"])
def test_both_stages_of_a_move_are_read(text: str) -> None:
    concepts = ANALYZER.analyze(f"tokutei ginou: which fields can go {text}?").concepts
    assert {"no1", "no2"} <= set(concepts), concepts


@pytest.mark.parametrize("text", ["ichigo farm workers", "we did it all in 1 go", "up to 2 go to Japan each year",
                                  "sango reef tour", "let's go", "2 goals"])
def test_what_only_looks_like_a_stage_is_not_one(text: str) -> None:
    concepts = ANALYZER.analyze(text).concepts
    assert not {"no1", "no2", "no3"} & set(concepts), (text, concepts)


@pytest.mark.parametrize("word", ["Jisshusei", "JISSHUSEI", "Chusho Kigyo", "Kaigo"])
def test_capitals_read_the_same(word: str) -> None:
    assert ANALYZER.analyze(f"{word} support").concepts == ANALYZER.analyze(f"{word.lower()} support").concepts


@pytest.mark.parametrize("text", ["kaigorelated", "shainxyz", "nintei2x", "ukeirehaha"])
def test_only_whole_words_are_read(text: str) -> None:
    assert ANALYZER.analyze(text).text == text


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
        ("tokutei ginou 2go - which fields can go from 1go to 2go? our worker is in shipbuilding", "shipbuilding"),
        ("tokutei ginou ni-go renewal?", "indefinite"),
    ],
)
def test_romanized_questions_find_the_passage(retriever: HybridRetriever, question: str, phrase: str) -> None:
    result = retriever.search(question, k=3)
    assert result.relevant, (result.confidence, question)
    assert any(phrase in p.text for p in result.passages[:3]), [(p.doc_id, p.section) for p in result.passages]


def test_a_plain_word_key_reads_as_that_whole_word() -> None:
    """A vocabulary that still lists romaji as plain words (the earlier format) reads them whole, in any case."""
    from bot.query import Vocabulary

    analyzer = TextAnalyzer(Vocabulary(romanized={"kanri dantai": "supervising organization", "kaigo": "nursing care"}))
    assert analyzer.normalize("Kanri Dantai and kaigo").text == "supervising organization and nursing care"
    assert analyzer.normalize("kaigorelated").text == "kaigorelated"
