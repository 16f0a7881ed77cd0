"""Answer types as data: a question's types (English and Japanese) and a unit's types come from patterns in a
YAML file; a hard type with its kind decides whether a unit may answer."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.answers.types import AnswerTypes

CATALOG = {
    "types": {
        "date": {
            "hard": True,
            "question": {"en": [r"^\s*when\b"], "ja": ["いつ"]},
            "unit": [r"\b(?:19|20)\d\d\b"],
            "kinds": {"deadline": {"question": {"en": [r"\bdeadline\b"], "ja": ["締切"]},
                                   "unit": [r"\b(?:until|deadline|acceptance)\b"]}},
        },
        "colour": {"hard": False, "question": {"en": [r"\bcolou?r\b"], "ja": ["色"]}, "unit": [r"\b(?:red|blue)\b"]},
    },
    "values": {
        "date": [{"pattern": r"(?P<month>[A-Z][a-z]+) (?P<day>\d+), (?P<year>\d{4})", "render": "date"}],
        "colour": [{"pattern": r"\b(?P<n>red|blue)\b"}],
    },
}


@pytest.fixture
def catalog(tmp_path: Path) -> AnswerTypes:
    path = tmp_path / "answer_types.yaml"
    path.write_text(yaml.safe_dump(CATALOG, allow_unicode=True), encoding="utf-8")
    return AnswerTypes.load(path)


def test_question_types_come_from_the_data_file_in_both_languages(catalog: AnswerTypes) -> None:
    assert catalog.classify("When did it start?").types == {"date"}
    assert catalog.classify("それはいつ始まりましたか？").types == {"date"}
    assert catalog.classify("What colour is it?").types == {"colour"}
    assert catalog.classify("色は？").hard == frozenset()  # a soft type never refuses
    assert catalog.classify("Tell me about it.").types == frozenset()


def test_a_kind_narrows_what_a_unit_must_say(catalog: AnswerTypes) -> None:
    ask = catalog.classify("When is the deadline?")
    assert ask.kinds == {"date": ("deadline",)} and ask.hard == {"date"}
    assert catalog.satisfies(ask, catalog.detect("Applications until October 2017."), "Applications until October 2017.")
    # a date, but not of the application period: it does not answer a deadline question
    assert not catalog.satisfies(ask, catalog.detect("Those aged 18 as of August 2024."), "Those aged 18 as of August 2024.")
    # the label or heading of a unit can name the kind ("Period for acceptance" over its dates)
    text = "Friday, September 15, 2017"
    assert catalog.satisfies(ask, catalog.detect(text), text, context="Period for acceptance")


def test_unit_types_are_detected_from_patterns(catalog: AnswerTypes) -> None:
    assert catalog.detect("It was founded in 1993 and painted red.") == {"date", "colour"}
    assert catalog.detect("Nothing of the sort.") == set()


REPO_CASES = [
    ("When was the Technical Intern Training system established?", {"date"}, {"date"}),
    ("What is the deadline for JIP applications?", {"date"}, {"date"}),
    ("How long can a technical intern stay?", {"duration"}, {"duration"}),
    ("技能実習の期間は最長何年ですか？", {"duration"}, {"duration"}),
    ("What is the phone number of the JIP office?", {"phone"}, {"phone"}),
    ("Where do I mail the documents?", {"address"}, {"address"}),
    ("技能実習生の最低賃金はいくらですか？", {"amount"}, {"amount"}),
    ("Do I have to pay tax on the support funds?", {"amount"}, {"amount"}),
    ("Which fields are covered by Re-Skills courses?", {"list"}, set()),
    ("Could a basic IT class get certified?", {"condition"}, set()),
    ("Why was the system created?", {"reason"}, set()),
    ("How much of a course has to be practical work?", {"number"}, {"number"}),
    ("When we count our staff, do trainees count?", set(), set()),  # a clause, not a when-question
    # asks found by the 2026-12-02c batch's first run: a "last day", hours per day, a going rate of a fee
    ("what is the last day to submit the application?", {"date"}, {"date"}),
    ("how many hours per day do interns work?", {"duration"}, {"duration"}),
    ("研修は1日何時間ですか？", {"duration"}, {"duration"}),
    ("監理団体に毎月払う監理費の相場はどれくらいですか？", {"amount"}, {"amount"}),
]


@pytest.mark.parametrize(("question", "asked", "hard"), REPO_CASES)
def test_the_repository_catalog_classifies_what_is_asked(question: str, asked: set[str], hard: set[str]) -> None:
    ask = AnswerTypes.load().classify(question)
    assert asked <= ask.types, ask
    assert ask.hard == hard or hard <= ask.hard, ask
    if not hard:
        assert not (ask.hard - hard), f"{question!r} must not need a hard type: {ask}"


def test_the_repository_catalog_detects_unit_types() -> None:
    types = AnswerTypes.load()
    assert {"address", "phone"} <= types.detect("1-3-1 Kasumigaseki, Chiyoda-ku, Tokyo 100-8901, Japan Tel: +81-(0)3-3501-1511")
    assert "amount" in types.detect("In-person internships, 3,000 yen per day")
    assert "duration" in types.detect("The maximum period is 5 years.")
    assert "date" in types.detect("Friday, September 15, 2017")
    assert "amount" not in types.detect("The maximum period is 5 years.")


def test_the_values_of_the_asked_type_are_read_from_a_unit_in_order_each_once(catalog: AnswerTypes) -> None:
    text = "Open from September 15, 2017 to October 28, 2017 (red forms; September 15, 2017 again)."
    dates = catalog.stated_values(catalog.classify("When is it open?"), text)
    assert [v.groups for v in dates] == [{"month": "September", "day": "15", "year": "2017"},
                                         {"month": "October", "day": "28", "year": "2017"}]
    assert {v.type for v in dates} == {"date"} and all(v.render == "date" for v in dates)
    colours = catalog.stated_values(catalog.classify("Which colour?"), text)
    assert [v.groups for v in colours] == [{"n": "red"}]
    assert colours[0].render == "colour"  # a value without a `render` is rendered by its type
    assert catalog.stated_values(catalog.classify("Tell me about it"), text) == []  # nothing asked, nothing read


@pytest.mark.parametrize("unit", ["year", "month", "week", "day", "hour"])
@pytest.mark.parametrize("frame", ["how many {u}s can a trainee stay?", "how many {u} can a trainee stay?",
                                   "for how many {u}s is it?", "for how many {u} is it?"])
def test_a_duration_asked_in_the_singular_or_plural_is_a_duration(frame: str, unit: str) -> None:
    """Second-language English drops the plural ('how many year can stay'): the asked type must not change."""
    question = frame.format(u=unit)
    assert "duration" in AnswerTypes.load().classify(question).types
