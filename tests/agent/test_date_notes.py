"""Answers' "as of" notes: chosen from knowledge/rules/updates.yaml by what a passage is about, each citing
its rule row and confidence, at most two per answer."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.agent import compose
from bot.contracts import Passage, SearchResult
from bot.rules import RuleBook, UpdateRules

RULES_DIR = Path(__file__).resolve().parents[2] / "knowledge" / "rules"
WAASA = {"doc_id": "waasa-foreign-talent-support", "program": "ssw", "as_of": "2020-01",
         "title": "WAASA activities 2019-2020 and related information on foreign talent"}
TITP_DOC = {"doc_id": "technical-intern-training-system", "program": "titp", "as_of": None,
            "title": "What is the Foreign Technical Internship System?"}


@pytest.fixture(scope="module")
def updates() -> UpdateRules:
    return RuleBook.load(RULES_DIR).updates


def passage(text: str, section: str, chunk: str = "1", **doc) -> Passage:
    return Passage(chunk_id=f"{doc['doc_id']}::{chunk}", text=text, section=section, **doc)


WAASA_TITP = passage(
    "The Technical Intern Training System is a system wherein foreign technical intern trainees acquire and "
    "master skills. The maximum period is 5 years, and the acquisition of skills, etc. is based on the "
    "technical intern training plan.",
    "Related Information > Technical Intern Training System", **WAASA)
WAASA_SSW = passage(
    "\u201cSpecific Skill No. 1\u201d can work for 5 years only in the field by passing the \u201cTechnical "
    "Examination\u201d for each field of 14 industries, or by successfully completing Technical Intern "
    "Training No. 2.", "Related Information > Specific Skill System", chunk="2", **WAASA)


def test_a_titp_passage_of_the_ssw_document_gets_the_titp_note(updates: UpdateRules) -> None:
    notes = compose.date_notes([WAASA_TITP], updates)
    assert any("2027-04-01" in n and "`updates.titp.replaced-2027` (H)" in n for n in notes)
    assert not any("Specified Skilled Worker" in n or "updates.ssw" in n for n in notes)
    assert compose.passage_programs(WAASA_TITP, updates) == {"titp"}


def test_the_heading_decides_over_a_program_named_in_the_text(updates: UpdateRules) -> None:
    # the SSW section mentions "Technical Intern Training No. 2", but it is about Specific Skills
    assert compose.passage_programs(WAASA_SSW, updates) == {"ssw"}


def test_an_ssw_answer_cites_the_fields_update_with_the_source_date(updates: UpdateRules) -> None:
    result = SearchResult(query="q", relevant=True, confidence=0.9, passages=[WAASA_SSW])
    composed = compose.compose_knowledge_answer("How many industries for Specific Skill No. 1?", result,
                                                updates=updates)
    assert "14 industries" in composed.answer
    fields = next(n for n in composed.notes if "updates.ssw.fields-2024" in n)
    assert "(2020-01)" in fields and "16" in fields and "`updates.ssw.fields-2026` (M)" in fields
    assert "`updates.ssw.fields-2024` (H)" in composed.answer
    assert "2027" not in composed.answer  # not the TITP note, though the text names Technical Intern Training
    assert len(composed.notes) <= compose.MAX_NOTES


def test_ssw_without_a_specific_topic_gets_the_general_note(updates: UpdateRules) -> None:
    plain = passage("A new status of residence, Specific Skills, has been established.",
                    "Related Information > Specific Skill System", **WAASA)
    notes = compose.date_notes([plain], updates)
    assert len(notes) == 1 and "updates.ssw.general" in notes[0] and "2020-01" in notes[0]


def test_titp_occupations_get_the_occupation_update_and_the_replacement(updates: UpdateRules) -> None:
    occupations = passage("156 tasks in 85 occupations, including food, construction, welding.",
                          "Occupations and scope of work covered by technical internship", **TITP_DOC)
    notes = compose.date_notes([occupations], updates)
    assert len(notes) == 2
    assert "91 / 168" in notes[0] and "`updates.titp.occupations-2025` (M)" in notes[0]
    assert "updates.titp.replaced-2027" in notes[1]


def test_the_seed_30_percent_rule_keeps_its_one_third_note(updates: UpdateRules) -> None:
    peripheral = passage("Peripheral work: 30% or less of the total training hours.",
                         "Occupations and scope of work covered by technical internship", **TITP_DOC)
    notes = compose.date_notes([peripheral], updates)
    assert "one third (33.3%)" in notes[0] and "updates.titp.peripheral-share" in notes[0]


def test_reskills_and_jip_notes_come_from_the_data(updates: UpdateRules) -> None:
    reskills = Passage(chunk_id="r::1", doc_id="meti-reskills-courses", title="METI Re-Skills", program="reskills",
                       as_of="2017-09-15", section="2. Courses covered", text="Courses must be practical.")
    jip = Passage(chunk_id="j::1", doc_id="meti-japan-internship-program", title="JIP", program="jip",
                  as_of="FY2024", section="Application Requirement", text="18 to 40 years old.")
    [r_note] = compose.date_notes([reskills], updates)
    [j_note] = compose.date_notes([jip], updates)
    assert "first Re-Skills certification round (as of 2017-09-15)" in r_note
    assert "updates.reskills.later-rounds" in r_note
    assert "FY2024 call" in j_note and "`updates.jip.call` (H)" in j_note


def test_at_most_two_notes_the_first_passage_first(updates: UpdateRules) -> None:
    occupations = passage("156 tasks in 85 occupations.", "Occupations and scope of work covered by technical "
                          "internship", chunk="9", **TITP_DOC)
    notes = compose.date_notes([WAASA_SSW, occupations, WAASA_TITP], updates)
    assert len(notes) == compose.MAX_NOTES
    assert "updates.ssw.fields-2024" in notes[0] and "updates.ssw.ii.fields-2023" not in " ".join(notes[:1])


def test_a_mention_of_nursing_care_occupations_is_not_the_occupation_list(updates: UpdateRules) -> None:
    quota = passage("For nursing care occupations, full-time employees are limited to those whose main job is "
                    "nursing care.", "Notes on the number of full-time employees", chunk="3", **TITP_DOC)
    [note] = compose.date_notes([quota], updates)
    assert "updates.titp.replaced-2027" in note


def test_without_rule_data_only_the_source_date_is_said() -> None:
    assert compose.date_notes([WAASA_TITP]) == ["Source dated 2020-01."]


def test_the_bot_adds_the_replacement_note_to_a_titp_answer(bot) -> None:
    reply = bot.reply(bot.new_conversation(), "What is the maximum period of the technical intern training?")
    assert not reply.refused
    assert "`updates.titp.replaced-2027` (H)" in reply.answer
    assert "updates.ssw" not in reply.answer


def test_the_bot_cites_the_ssw_update_row(bot) -> None:
    reply = bot.reply(bot.new_conversation(), "How many industries does Specific Skill No. 1 cover?")
    assert not reply.refused
    assert "`updates.ssw.fields-2024` (H)" in reply.answer


def test_a_quota_answer_carries_the_replacement_note(bot) -> None:
    reply = bot.reply(bot.new_conversation(), "We have 45 full-time staff, how many technical intern trainees can we accept?")
    assert "2027-04-01" in reply.answer and "updates.titp.replaced-2027" in reply.answer
