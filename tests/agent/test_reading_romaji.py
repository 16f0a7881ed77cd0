"""Japanese words in romaji inside English (batch f, class 1): a Japanese SME owner writes English with the
Japanese terms of the programs in romaji ("jisshusei how many we can take?", "kensetsu company, seishain 40
people", "not yuryo"). The class: each term, in each of its romaji spellings (long vowels doubled, with a macron or
not written; Hepburn or Kunrei), gives the same intents and tool arguments as the English words, and a knowledge
question is searched with the English words (the documents are English). The spellings are data
(knowledge/nlu/en_romaji.yaml), read once before the English patterns run.
"""

from __future__ import annotations

import itertools
import json
import re
from pathlib import Path

import pytest

from bot.agent import nlu
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()
EN = UNDERSTANDER.pack("en")

TRAINEES = ["jisshusei", "jisshuusei", "jishusei", "Jisshūsei", "ginou jisshusei", "jissyuusei", "JISSHUSEI"]
STAFF = ["seishain", "joukin", "jokin", "seisyain", "joukin shokuin", "Seishain"]
EXCELLENT = ["yuryo", "yuuryou", "yūryō", "yuryou", "Yuryo"]
COUNTS = [(40, "40"), (62, "sixty-two"), (9, "9"), (250, "250")]


def _parse(text: str) -> nlu.Parse:
    return UNDERSTANDER.parse(text)


@pytest.mark.parametrize("trainees,staff,count", list(itertools.product(TRAINEES, STAFF, COUNTS[:2])))
def test_a_quota_question_in_romaji_computes(trainees: str, staff: str, count: tuple[int, str]) -> None:
    n, typed = count
    for text in (f"{staff} {typed} people. {trainees} how many we can take?",
                 f"our company {staff} is {typed}. how many {trainees} can we accept?"):
        parsed = _parse(text)
        assert parsed.intents == [nlu.QUOTA], text
        assert parsed.slots.get("full_time_employees") == n, text


@pytest.mark.parametrize("trainees", TRAINEES)
@pytest.mark.parametrize("accept", ["ukeire", "Ukeire", "ukeireru"])
def test_asking_the_number_to_accept_starts_the_quota(trainees: str, accept: str) -> None:
    parsed = _parse(f"{trainees} {accept}, maximum number how many? please calculate")
    assert parsed.intents == [nlu.QUOTA]
    assert not parsed.asks_knowledge


@pytest.mark.parametrize("staff,excellent,count", list(itertools.product(STAFF, EXCELLENT, COUNTS)))
def test_a_follow_up_in_romaji_fills_the_quota(staff: str, excellent: str, count: tuple[int, str]) -> None:
    n, typed = count
    parsed = _parse(f"{staff} is {typed}. normal company, not {excellent}")
    assert parsed.slots.get("full_time_employees") == n
    assert parsed.slots.get("excellent") is False
    assert nlu.QUOTA in parsed.implied
    assert _parse(f"we are {excellent} company, {staff} {typed}").slots.get("excellent") is True


@pytest.mark.parametrize("construction", ["kensetsu company", "kensetsu gaisha", "Kensetsu kaisha", "kensetu gyou",
                                          "kensetsu-gyō"])
@pytest.mark.parametrize("staff", STAFF[:3])
def test_construction_in_romaji_is_the_quota_special_case(construction: str, staff: str) -> None:
    parsed = _parse(f"{construction}, {staff} 40 people. jisshusei how many we can take?")
    assert parsed.intents == [nlu.QUOTA]
    assert parsed.slots.get("special_case") == "construction"
    assert parsed.slots.get("full_time_employees") == 40


@pytest.mark.parametrize("care", ["kaigo", "Kaigo", "kaigo shisetsu", "kaigoshi"])
def test_nursing_care_in_romaji(care: str) -> None:
    parsed = _parse(f"we are {care}, 14 joukin. how many jisshuusei can we accept?")
    assert parsed.slots.get("occupation") == "nursing_care"
    assert parsed.slots.get("full_time_employees") == 14


@pytest.mark.parametrize("nintei", ["nintei", "Nintei", "NINTEI"])
def test_certification_in_romaji_asks_for_the_reskills_check(nintei: str) -> None:
    parsed = _parse(f"our course is 40 hours, 25 hours practice. can we get re-skills {nintei}?")
    assert nlu.RESKILLS in parsed.intents
    assert parsed.slots.get("total_hours") == 40 and parsed.slots.get("practical_hours") == 25


@pytest.mark.parametrize("supervisor,value", [
    ("our kanri dantai is not excellent", False), ("our kanri-dantai is not excellent", False),
    ("our kanri dantai is an excellent supervising organization", True), ("yuryo kanri dantai", True),
    ("ippan kanri dantai", True), ("tokutei kanri dantai", False), ("kanri dantai is ippan", True),
])
def test_the_supervising_organization_in_romaji(supervisor: str, value: bool) -> None:
    parsed = _parse(f"120 full-time staff, {supervisor}. how many jisshusei can we accept?")
    assert parsed.slots.get("supervisor_excellent") is value


@pytest.mark.parametrize("trainees", TRAINEES)
@pytest.mark.parametrize("question", [
    "{t} maximum how many year can stay in our company? we want long time keep good worker",
    "how long can {t} stay in japan?",
])
def test_a_knowledge_question_in_romaji_is_searched_in_english(trainees: str, question: str) -> None:
    parsed = _parse(question.format(t=trainees))
    assert not parsed.intents
    assert "technical intern trainees" in parsed.text
    assert trainees.lower() not in parsed.text.lower()


@pytest.mark.parametrize("text,words", [
    ("support project for chusho kigyo foreign jinzai, which company help?",
     ["small and medium-sized business", "foreign human resources"]),
    ("support for chuushou kigyou accepting gaikoku jinzai?", ["small and medium-sized business",
                                                                 "foreign human resources"]),
    ("kanri dantai monthly fee for 1 jisshusei how much?", ["supervising organization", "technical intern"]),
])
def test_search_words_are_english(text: str, words: list[str]) -> None:
    parsed = _parse(text)
    for word in words:
        assert word in parsed.text


def _english_messages() -> list[str]:
    """Every English user message of the in-sample datasets."""
    out = []
    for path in sorted((Path(__file__).resolve().parents[2] / "eval" / "datasets").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                case = json.loads(line)
                out += [t for t in case.get("turns") or [case.get("question", "")] if isinstance(t, str)]
    return out


ROMAJI = ("kaigo", "yuryo", "kanri", "jisshu", "seishain", "joukin", "kensetsu", "ukeire", "nintei", "jinzai")


def test_ordinary_english_is_unchanged() -> None:
    """The romaji reading changes a message only where it has a romaji term (no English word is touched)."""
    # (a count called "full-timers" is read as full-time staff by an English reading of its own, not the romaji one:
    # tests/agent/test_reading_headcount_full_timers_and_a_remark_on_every_count.py)
    messages = [m for m in _english_messages() if not any(r in m.lower() for r in ROMAJI)
                and not re.search(r"(?i)\d\s+full[- ]?timers\b", m)]
    assert len(messages) > 100
    for message in messages:
        assert EN.read(message) == message
    for word in ("kindly", "yurt", "Kensington", "maintain", "joking", "seize", "kaiser", "ninety", "juggling",
                 "surgery", "shisha"):
        assert EN.read(f"a {word} b") == f"a {word} b"


@pytest.mark.parametrize("unit", ["year", "month", "week", "day", "hour"])
@pytest.mark.parametrize("template", ["jisshusei maximum how many {u} can stay?", "how many {u} per month maximum ok?",
                                      "How Many {u} is the limit?"])
def test_a_count_of_a_singular_unit_reads_as_the_plural(unit: str, template: str) -> None:
    """Non-native English beside the romaji ("how many year can stay?") is read as the plural the patterns and the
    answer types are written in (the en pack's own readings, merged with en_romaji.yaml's)."""
    text = UNDERSTANDER.parse(template.format(u=unit)).text
    assert f"{unit}s" in text.lower()
    assert EN.read(f"how many {unit}s") == f"how many {unit}s"
    assert "technical intern trainees" in EN.read("jisshusei")


@pytest.mark.parametrize("text,read", [
    ("for kaigo (nursing care) trainees, who counts?", "for nursing care trainees, who counts?"),
    ("We're an excellent (yuryo) implementing organization", "We're an excellent implementing organization"),
    ("seishain (full-time staff) 40 people", "full-time staff 40 people"),
])
def test_a_glossed_romaji_word_reads_once(text: str, read: str) -> None:
    """The user's own gloss beside a romaji word is not read (and searched) twice."""
    assert UNDERSTANDER.parse(text).text == read
