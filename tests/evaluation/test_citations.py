"""Citation precision: a citation counts only when its snippet is in the cited document AND backs the answer."""

from __future__ import annotations

from bot.contracts import BotReply, Citation
from bot.evaluation.citations import CitationChecker, tokens

DOCS = {
    "titp": "# Occupations\n\n- **Peripheral work**: 30% or less of the total\ntraining hours.\n\nRequired work: at least 50%.",
    "jip": "Activity support funds (in-person internships, 3,000 yen per day).",
}


def _judge(snippet: str, answer: str, doc_id: str = "titp"):
    return CitationChecker(DOCS).judge(Citation(doc_id=doc_id, title="t", snippet=snippet), answer)


def test_a_quoted_snippet_found_in_its_document_is_precise_despite_case_space_and_markdown():
    verdict = _judge("PERIPHERAL WORK: 30%   or less of the total training hours.", "Peripheral work: 30% or less of the total training hours [1].")
    assert verdict.grounded and verdict.supports and verdict.precise and verdict.reason == ""


def test_a_snippet_the_document_does_not_contain_is_not_grounded():
    verdict = _judge("Peripheral work: 40% or less of the total training hours.", "Peripheral work: 40% or less.")
    assert not verdict.grounded and not verdict.precise and "not found" in verdict.reason


def test_the_snippet_must_be_in_the_cited_document_not_another_one():
    verdict = _judge("3,000 yen per day", "You get 3,000 yen per day.", doc_id="titp")
    assert not verdict.grounded
    assert _judge("3,000 yen per day", "You get 3,000 yen per day.", doc_id="jip").precise


def test_unknown_documents_and_empty_snippets_are_not_precise():
    assert "unknown document" in _judge("Required work", "Required work", doc_id="ghost").reason
    assert "empty snippet" in _judge("   ", "anything").reason


def test_a_grounded_snippet_that_the_answer_does_not_use_does_not_support_it():
    verdict = _judge("Required work: at least 50%.", "The JIP pays 3,000 yen per day.")
    assert verdict.grounded and not verdict.supports and not verdict.precise


def test_support_by_overlap_of_at_least_half_the_content_words():
    # the answer paraphrases: 'required', 'work', 'least', '50' shared (4 of 4 content tokens)
    assert _judge("Required work: at least 50%.", "At least 50% must be required work.").supports
    # only 1 of 4 content tokens shared
    assert not _judge("Required work: at least 50%.", "Work hard.").supports


def test_number_tokens_respect_boundaries_and_ellipses_drop_partial_words():
    assert tokens("No.2: 10 at once") == ["no", "2", "10", "at", "once"]
    # "...tal training hours." was cut by the bot mid-word: the partial first token is ignored
    assert _judge("...tal training hours.", "the total training hours").grounded
    assert not _judge("0% or less", "0% or less").grounded  # "0" is not "30": token boundaries hold


def test_judge_reply_returns_one_verdict_per_citation():
    reply = BotReply(
        answer="Peripheral work: 30% or less of the total training hours.",
        citations=[Citation(doc_id="titp", title="t", snippet="30% or less of the total training hours"),
                   Citation(doc_id="titp", title="t", snippet="made up text")],
    )
    assert [v.precise for v in CitationChecker(DOCS).judge_reply(reply)] == [True, False]


def test_list_markers_are_layout_so_a_snippet_may_join_two_list_items():
    docs = {"r": "Fields:\n\n  3. IT utilization, e.g. model-based development\n\n  1. Basic IT courses are excluded.\n- 2 bullets"}
    checker = CitationChecker(docs)
    snippet = "IT utilization, e.g. model-based development Basic IT courses are excluded."
    assert checker.judge(Citation(doc_id="r", title="t", snippet=snippet), snippet).precise
    assert tokens("- 2 bullets") == ["2", "bullets"]  # a number after a bullet is content, kept
