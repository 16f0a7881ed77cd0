"""Class: the sentence quoted beside a verdict that failed on a rule that excludes ("Applicants may live in a country
other than their nationality ..., but those currently residing in Japan are not eligible") is never one that says
the opposite ("Applicants may apply even if they reside in a country different ..."): the document's sentence that
states the exclusion ("However, those currently residing in Japan are not eligible.") is quoted, not another
exclusion that shares a place name ("... locations in Japan (excluding industry associations ...)"). A best match
that allows nothing stays (the citizenship criterion for a nationality the list lacks)."""

from __future__ import annotations

import pytest

from bot.answers.select import UnitRanker
from bot.answers.units import build_units, encode_units
from bot.contracts import Passage
from tests.knowledge import repo_analyzer

CRITERIA = ("Applicants must meet all the following\n\n"
            "- Holding citizenship of the applicable countries or regions.\n"
            "    *Applicants may apply even if they reside in a country different from their nationality (including "
            "developed countries). However, those currently residing in Japan are not eligible.\n"
            "- In principle, those who are 18 to 40 years old as of August 1, 2024.")
HOSTS = ("In-person internships will take place at small to medium-sized companies with main business locations in "
         "Japan (excluding industry associations, non-profit organizations, and local governments).")
RESIDENCE_RULE = ("Applicants may live in a country other than their nationality (including developed countries), "
                  "but those currently residing in Japan are not eligible.")


def _passage(text: str, chunk_id: str) -> Passage:
    return Passage(chunk_id=chunk_id, doc_id="jip", title="JIP", section="Eligibility", program="jip", text=text,
                   units=encode_units(build_units(text, "Eligibility")))


@pytest.fixture(scope="module")
def ranker() -> UnitRanker:
    return UnitRanker(repo_analyzer())


@pytest.mark.parametrize("order", [0, 1])
@pytest.mark.parametrize("user", ["", "その方は現在、日本の大学院に在籍していて東京に住んでいます。",
                                  "I live in Tokyo now as a grad student."])
def test_a_failed_exclusion_is_shown_by_the_sentence_that_excludes(ranker: UnitRanker, order: int, user: str
                                                                    ) -> None:
    passages = [_passage(HOSTS, "jip::hosts"), _passage(CRITERIA, "jip::criteria")]
    if order:
        passages.reverse()
    found = ranker.supporting_quote([RESIDENCE_RULE, user], passages)
    assert found is not None and found[1] == "However, those currently residing in Japan are not eligible.", found


def test_a_rule_that_excludes_nothing_keeps_its_best_sentence(ranker: UnitRanker) -> None:
    found = ranker.supporting_quote(["In principle, applicants are 18 to 40 years old as of August 1, 2024."],
                                    [_passage(CRITERIA, "jip::criteria")])
    assert found is not None and "18 to 40" in found[1], found


NATIONALITY_RULE = ("Applicants must hold the nationality of a country on the OECD/DAC list of ODA recipients, excluding "
                    "the People's Republic of China.")


@pytest.mark.parametrize("user", ["i have korean passport (south) but live in vietnam 5 yrs. can apply jip?",
                                  "韓国籍ですがベトナム在住です。応募できますか？"])
def test_a_best_match_that_allows_nothing_stays(ranker: UnitRanker, user: str) -> None:
    # (the hosts' exclusion shares nothing the criterion does not: the citizenship criterion stays)
    passages = [_passage(CRITERIA, "jip::criteria"), _passage(HOSTS, "jip::hosts")]
    found = ranker.supporting_quote([NATIONALITY_RULE, user], passages)
    assert found is not None and found[1] == "Holding citizenship of the applicable countries or regions.", found
