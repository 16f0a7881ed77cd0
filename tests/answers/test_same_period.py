"""A question that asks for the other entries of the same month (year) as one it names, in a dated list (an
activity log): the entries of that list stating the same date are quoted together, and the lead names the date
in the reply's language (December 2019, 2019年12月); an entry of another month is not quoted with them. A
question that asks no such thing keeps the one entry."""

from __future__ import annotations


import pytest

from bot.agent import compose
from bot.answers.select import UnitRanker
from bot.answers.types import AnswerTypes
from bot.answers.units import build_units, encode_units
from bot.contracts import Passage, SearchResult
from tests.knowledge import repo_analyzer

LOG = ("Activity log 2019-2020\n\n- 2019 Nov: Visit to the Japan Foreign Trade Council\n"
       "- 2019 Dec: Visit to the JICA Vietnam Ho Chi Minh Office\n- 2019 Dec: Visit to the Vietnam Esuhai Company\n"
       "- 2020 Jan: Visit to the North Branch of the Tokyo Chamber of Commerce and Industry\n")


def _passage() -> Passage:
    return Passage(chunk_id="w::1", doc_id="w", title="Doc", section="Activity log 2019-2020", program="", text=LOG,
                   units=encode_units(build_units(LOG, "Activity log 2019-2020")))


@pytest.fixture(scope="module")
def ranker() -> UnitRanker:
    return UnitRanker(repo_analyzer())


@pytest.mark.parametrize("question", [
    "When did WAASA visit the JICA Vietnam Ho Chi Minh Office, and which other visit was made in the same month?",
    "When was the visit to the JICA Ho Chi Minh office? What else did they visit that month?",
    "In which month did WAASA visit the JICA Vietnam office, and what other visit was in the same month?",
])
def test_the_entries_of_the_same_month_are_quoted_with_the_date(ranker: UnitRanker, question: str) -> None:
    passage = _passage()
    result = SearchResult(query=question, relevant=True, confidence=0.9, passages=[passage])
    answer = compose.compose_knowledge_answer(question, result, selector=_Selector(ranker)).answer
    assert "Esuhai" in answer and "JICA Vietnam" in answer and "December 2019" in answer.split("\n\n")[0], answer
    assert "Japan Foreign Trade Council" not in answer and "North Branch" not in answer, answer


@pytest.mark.parametrize("question,asks", [
    ("which other visit was made in the same month?", True),
    ("did they also go somewhere in that month?", True),
    ("同じ月にほかにどこを訪問しましたか", True),
    ("同月の訪問は？", True),
    ("When did WAASA visit the JICA office?", False),
    ("いつJICAを訪問しましたか", False),
])
def test_a_question_asks_for_the_same_period(question: str, asks: bool) -> None:
    assert AnswerTypes.load().asks_same_period(question) is asks


def test_no_same_period_asked_keeps_the_one_entry(ranker: UnitRanker) -> None:
    selection = ranker.select("When did WAASA visit the JICA Vietnam Ho Chi Minh Office?", [_passage()])
    assert not any("Esuhai" in t for t in selection.picked[0][1]), selection.picked
    assert selection.period is None


class _Selector:
    def __init__(self, ranker: UnitRanker) -> None:
        self.ranker = ranker
        self.analyzer = ranker.analyzer

    def answer_units(self, query, passages, max_passages=3):
        return self.ranker.select(query, passages, max_passages)
