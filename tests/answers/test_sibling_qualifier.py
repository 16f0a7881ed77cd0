"""Class: an asking part whose subject carries a qualifier that tells two things apart (No. 1 / No. 2, 1号 / 2号,
online / in-person) is answered by the unit of that qualifier, never by its sibling's: a unit that names only a
sibling ("the renewal of Specific Skill No. 2 is indefinite") is set aside while a unit of the asked qualifier
answers. A qualifier of another program than the one asked ("or by completing Technical Intern Training No. 2"
in the sentence on Specific Skill No. 1) is not its subject's. A unit that names both stays; a question that names
both siblings keeps every unit; a sibling's unit alone is not quoted as the asked one's."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.answers.select import UnitRanker
from bot.answers.types import AnswerTypes
from bot.answers.units import build_units, encode_units
from bot.contracts import Passage
from bot.query import TextAnalyzer, load_vocabulary

ROOT = Path(__file__).resolve().parents[2]
SSW = ("The revised Immigration Control Act came into effect on April 1, 2019, and a new status of residence, "
       "\u201cSpecific Skills,\u201d has been established. There are two types of \u201cSpecific Skills.\u201d\n\n"
       "\u201cSpecific Skill No. 1\u201d can work for 5 years only in the field by passing the \u201cTechnical "
       "Examination\u201d and the \u201cJapanese Language Examination\u201d imposed for each field of 14 industries, "
       "or by successfully completing Technical Intern Training No. 2. It is a qualification to become.\n\n"
       "Specific Skill No. 2 is a qualification that can be transferred to those who have completed \u201cSpecific "
       "Skill No. 1.\u201d\n\n"
       "Because the renewal of \u201cSpecific Skill No. 2\u201d is indefinite, a foreign immigrant will be able to "
       "stay in Japan as there is a place of employment.")
NO1 = "can work for 5 years"
NO2 = "renewal of \u201cSpecific Skill No. 2\u201d is indefinite"


def passage(text: str, chunk_id: str, section: str, program: str) -> Passage:
    return Passage(chunk_id=chunk_id, doc_id=chunk_id.split("::")[0], title="Doc", section=section,
                   program=program, text=text, units=encode_units(build_units(text, section)))


@pytest.fixture(scope="module")
def ranker() -> UnitRanker:
    return UnitRanker(TextAnalyzer(load_vocabulary(ROOT / "knowledge")))


def quoted(ranker: UnitRanker, question: str, passages: list[Passage]) -> str:
    selection = ranker.select(question, passages)
    assert not selection.refused, question
    return " ".join(text for _, texts in selection.picked for text in texts)


@pytest.mark.parametrize("question", [
    "When did the Specific Skills visa status start, and how long can a Specific Skill No.1 worker stay in Japan?",
    "Since when does the Specific Skills status exist, and what is the maximum stay for Specific Skill No. 1?",
    "How many years can No.1 stay in Japan under Specific Skills?",
    "What's the limit on the stay of an SSW (i) worker?",
    "特定技能の在留資格はいつ始まりましたか？また、特定技能1号の人は日本にどのくらい滞在できますか？",
    "特定技能制度の開始日と、1号の在留期間の上限を教えてください。",
    "特定技能1号は何年まで日本で働けますか？",
])
def test_a_no1_ask_is_answered_by_no1s_unit_not_no2s(ranker: UnitRanker, question: str) -> None:
    text = quoted(ranker, question, [passage(SSW, "w::ssw", "Related Information > Specific Skill System", "ssw")])
    assert NO1 in text, text
    assert NO2 not in text, text


@pytest.mark.parametrize("question", [
    "How long can a Specified Skilled Worker (ii) stay in Japan?",
    "Is the stay of Specific Skill No. 2 workers limited?",
    "特定技能2号の在留期間は？",
    "特定技能2号だと日本に何年いられますか？",
])
def test_a_no2_ask_is_not_answered_by_no1s_unit_for_another_programs_no2(ranker: UnitRanker, question: str
                                                                          ) -> None:
    """The No. 1 sentence ends "... or by completing Technical Intern Training No. 2": that No. 2 is the
    trainee stage, not Specific Skill No. 2, so the sentence is still No. 1's."""
    text = quoted(ranker, question, [passage(SSW, "w::ssw", "Related Information > Specific Skill System", "ssw")])
    assert NO2 in text, text
    assert NO1 not in text, text


@pytest.mark.parametrize("question", [
    "How long can Specific Skill No. 1 and No. 2 workers stay?",
    "特定技能1号と2号はそれぞれ何年いられますか？",
])
def test_a_question_naming_both_siblings_keeps_both(ranker: UnitRanker, question: str) -> None:
    text = quoted(ranker, question, [passage(SSW, "w::ssw", "Related Information > Specific Skill System", "ssw")])
    assert NO1 in text or NO2 in text, text


ONLINE = passage("The internship lasts from two to four weeks.", "j::online",
                 "Internship Placement > Online internships", "jip")
IN_PERSON = passage("The internship lasts from one to three months.", "j::person",
                    "Internship Placement > In-person internships in Japan", "jip")


@pytest.mark.parametrize("question,own,sibling", [
    ("How long is the online internship of the JIP?", "two to four weeks", "one to three months"),
    ("JIPのオンラインインターンシップの期間はどのくらいですか？", "two to four weeks", "one to three months"),
    ("How long does the in-person internship in Japan last?", "one to three months", "two to four weeks"),
    ("JIPの対面インターンシップは何か月ですか？", "one to three months", "two to four weeks"),
])
def test_the_heading_of_a_unit_carries_its_qualifier(ranker: UnitRanker, question: str, own: str, sibling: str
                                                     ) -> None:
    for order in ([IN_PERSON, ONLINE], [ONLINE, IN_PERSON]):  # whichever retrieval ranked first
        text = quoted(ranker, question, order)
        assert own in text and sibling not in text, (order[0].chunk_id, text)


@pytest.mark.parametrize("question", ["How long is the online internship of the JIP?", "JIPのオンラインインターンシップの期間は？"])
def test_a_siblings_unit_alone_is_not_the_answer(ranker: UnitRanker, question: str) -> None:
    """Only the in-person passage retrieved: its length is not quoted as the online one's; the reply says the
    documents do not state the online one."""
    selection = ranker.select(question, [IN_PERSON])
    assert selection.refused and selection.unmentioned is not None, selection
    assert "online" in " ".join(selection.unmentioned.missing).lower() or "オンライン" in " ".join(
        selection.unmentioned.missing), selection.unmentioned


@pytest.mark.parametrize("named,asked", [
    ({"ssw", "no1"}, {"no1": frozenset({"no2", "no3"})}),
    ({"jip", "online"}, {"online": frozenset({"in_person"})}),
    ({"no1", "no2"}, {}),
    ({"ssw"}, {}),
])
def test_the_sibling_groups_are_data(named: set[str], asked: dict[str, frozenset[str]]) -> None:
    assert AnswerTypes.load().sibling_qualifiers(named) == asked
