"""Ranking answer units: whole lists, labelled blocks, the asked type required (or the documents do not state),
and no quote from another program's document."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.agent.selection import LexicalSentenceSelector, make_sentence_selector
from bot.answers.asks import asked_text
from bot.answers.select import UnitRanker
from bot.answers.units import build_units, encode_units
from bot.contracts import Passage
from bot.query import TextAnalyzer, load_vocabulary

REQUIREMENTS = """Applicants must meet all the following

- Holding citizenship of the applicable countries or regions.
- Proficiency in Japanese language (JLPT level N3 or higher) or proficiency in English.
- In principle, those who are 18 to 40 years old as of August 1, 2024.
"""
FIELDS = """The first certification is given to courses in the following fields.

1. AI, IoT, data science and cloud computing
2. Advanced security and networking
3. IT utilization, e.g., model-based development
"""


def passage(text: str, chunk_id: str = "d::1", section: str = "", program: str = "", stored: bool = True,
            **kw) -> Passage:
    units = encode_units(build_units(text, section)) if stored else ""
    return Passage(chunk_id=chunk_id, doc_id=chunk_id.split("::")[0], title="Doc", section=section,
                   program=program, text=text, units=units, **kw)


@pytest.fixture(scope="module")
def ranker() -> UnitRanker:
    root = Path(__file__).resolve().parents[2]
    return UnitRanker(TextAnalyzer(load_vocabulary(root / "knowledge")))


def quoted(selection) -> list[str]:
    return [text for _, units in selection.picked for text in units]


def test_a_list_question_quotes_the_whole_list_with_its_lead(ranker: UnitRanker) -> None:
    p = passage(FIELDS, section="2. Courses covered", program="reskills")
    (first, *_) = quoted(ranker.select("Which fields are covered by Re-Skills courses?", [p]))
    assert first.startswith("The first certification is given to courses in the following fields: AI, IoT")
    assert "Advanced security and networking" in first and first.endswith("model-based development.")


def test_one_item_answers_a_question_about_that_item_alone(ranker: UnitRanker) -> None:
    p = passage(REQUIREMENTS, section="Application Requirement", program="jip")
    first = quoted(ranker.select("What is the age limit for the JIP?", [p]))[0]
    assert first == "In principle, those who are 18 to 40 years old as of August 1, 2024."


def test_the_lead_never_stands_alone(ranker: UnitRanker) -> None:
    p = passage(REQUIREMENTS, section="Application Requirement", program="jip")
    first = quoted(ranker.select("What must applicants meet for the JIP?", [p]))[0]
    assert first.startswith("Applicants must meet all the following: Holding citizenship")
    assert "18 to 40" in first


def test_a_labelled_block_is_quoted_with_its_label(ranker: UnitRanker) -> None:
    p = passage("Friday, September 15, 2017, to Saturday, October 28, 2017",
                section="4. Application method, etc. > Period for acceptance", program="reskills")
    other = passage("METI began accepting applications for courses launched in and after April 2018.", "d::2",
                    program="reskills")
    first = quoted(ranker.select("What was the deadline for Re-Skills applications?", [other, p]))[0]
    assert first == "Period for acceptance: Friday, September 15, 2017, to Saturday, October 28, 2017"


def test_the_sentence_with_the_asked_type_wins_over_its_neighbour(ranker: UnitRanker) -> None:
    p = passage("In developing regions, there is a need to train their own people in the Technical Intern "
                "Training system. The Foreign Technical Internship System was established in 1993 to meet those "
                "needs.", section="What is the Foreign Technical Internship System?", program="titp")
    first = quoted(ranker.select("When was the technical intern training system established?", [p]))[0]
    assert "1993" in first


@pytest.mark.parametrize("question", [
    "What is the phone number of the JIP office?",
    "What is the application deadline for the JIP?",
    "Do interns pay tax on the support funds?",
    "JIPの最低賃金はいくらですか？",
])
def test_an_unstated_fact_is_refused_with_the_closest_quote(ranker: UnitRanker, question: str) -> None:
    p = passage(REQUIREMENTS, section="Application Requirement", program="jip")
    funds = passage("- Activity support funds (In-person internships, 3,000 yen per day).\n- Internship insurance\n",
                    "d::2", section="Support for interns", program="jip")
    selection = ranker.select(question, [p, funds])
    assert selection.refused and not selection.picked and selection.missing
    assert selection.closest  # what the documents do say on the topic


def test_the_same_fact_when_stated_is_quoted(ranker: UnitRanker) -> None:
    p = passage("Contact the IT Innovation Division (Tel: 03-3501-2646) for an ID.", section="Application method",
                program="jip")
    selection = ranker.select("What is the phone number of the JIP office?", [p])
    assert not selection.refused and "03-3501-2646" in quoted(selection)[0]


def test_a_passage_about_another_program_is_not_quoted(ranker: UnitRanker) -> None:
    reskills = passage("Applicants for the internship program certification must hold an ID and password for the "
                       "e-Gov system; applications are accepted online.", "r::1", section="Application method",
                       program="reskills")
    jip = passage("Applicants are welcome to apply for both internship options.", "j::1",
                  section="Internship Placement > Online internships", program="jip")
    selection = ranker.select("How do I apply to the Japan Internship Program?", [reskills, jip])
    assert [p.chunk_id for p, _ in selection.picked] == ["j::1"]
    # the same passage answers a question about its own program
    selection = ranker.select("How do I apply for Re-Skills certification?", [reskills, jip])
    assert selection.picked[0][0].chunk_id == "r::1"


def test_a_section_heading_names_the_program_of_its_passage(ranker: UnitRanker) -> None:
    ssw = passage("Specific Skill No. 1 can work for 5 years only in the field and stay in Japan.", "w::ssw",
                  section="Related Information > Specific Skill System", program="ssw")
    titp = passage("The maximum period is 5 years, based on the training plan.", "w::titp",
                   section="Related Information > Technical Intern Training System", program="ssw")
    selection = ranker.select("How long can I stay in Japan as a technical intern trainee?", [ssw, titp])
    assert [p.chunk_id for p, _ in selection.picked] == ["w::titp"]


def test_units_are_the_same_whether_stored_or_built_from_the_text(ranker: UnitRanker) -> None:
    question = "Which fields are covered by Re-Skills courses?"
    stored = ranker.select(question, [passage(FIELDS, section="Courses", program="reskills")])
    built = ranker.select(question, [passage(FIELDS, section="Courses", program="reskills", stored=False)])
    assert quoted(stored) == quoted(built)


def test_a_japanese_question_is_typed_by_its_own_words_not_the_english_search_keywords() -> None:
    assert asked_text("maximum period years application 受付期間はいつでしたか?") == "受付期間はいつでしたか?"
    assert asked_text("How long is it?") == "How long is it?"


def test_the_selector_protocol_still_answers_and_supports(ranker: UnitRanker) -> None:
    selector = make_sentence_selector("lexical", ranker.analyzer)
    assert isinstance(selector, LexicalSentenceSelector)
    p = passage(REQUIREMENTS, section="Application Requirement", program="jip")
    (chosen, units), *_ = selector.answer_sentences("What is the age limit for the JIP?", [p])
    assert chosen is p and "18 to 40" in units[0]
    assert selector.answer_sentences("What is the phone number of the JIP office?", [p]) == []
    found = selector.supporting_quote(["I live in Japan", "citizenship"], [p])
    assert found is not None and found[1] == "Holding citizenship of the applicable countries or regions."


def test_a_phone_number_of_another_office_does_not_answer_for_the_named_subject(ranker: UnitRanker) -> None:
    meti = passage("First contact the IT Innovation Division (Tel: 03-3501-2646) to obtain an ID.", "r::1",
                   section="Application method", program="reskills")
    worknet = passage("Tokyo has established the “Tokyo WorkNet.” It provides know-how on recruitment.", "w::1",
                      section="Small and medium-sized business", program="ssw")
    selection = ranker.select("Can you give me the phone number of Tokyo WorkNet?", [meti, worknet])
    assert selection.refused and selection.missing
    # the same phone number answers for the office that the passage names
    selection = ranker.select("What is the phone number of the IT Innovation Division?", [meti, worknet])
    assert not selection.refused and "03-3501-2646" in quoted(selection)[0]


def test_the_rarest_term_names_the_subject_not_a_word_other_passages_share(ranker: UnitRanker) -> None:
    # "office" is in the question and in another body's address block; "WAASA" is the subject it asks about
    address = passage("Address for documents: Office for Accepting Applications, METI, 1-3-1 Kasumigaseki, "
                      "Chiyoda-ku, Tokyo 100-8901.", "r::1", section="Application method", program="reskills")
    waasa = passage("WAASA supports companies that accept foreign talent with seminars and its services.", "w::1",
                    section="Activities", program="ssw")
    office = passage("The program office decides the placements after interviews.", "j::1",
                     section="Placement", program="jip")
    for question in ("whats the phone number and office address of WAASA?",
                     "Where is the WAASA office? I need its address."):
        selection = ranker.select(question, [address, waasa, office])
        assert selection.refused and selection.missing, (question, quoted(selection))
    selection = ranker.select("What is the address of the Office for Accepting Applications?", [address, waasa, office])
    assert not selection.refused and "100-8901" in quoted(selection)[0]
