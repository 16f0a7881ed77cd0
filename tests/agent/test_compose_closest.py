"""A refusal ("the documents do not state X") says what they DO say on the topic in one short unit with its
citation: a list's lead and at most a few items, or one sentence, never a whole long list or paragraph."""

from __future__ import annotations

import pytest

from bot.agent import compose
from bot.contracts import Passage, SearchResult

LONG_LIST = ("Applicants must meet all the following:\n\n"
             "- The applicants must agree with the purpose of this project and be able to cooperate with the promotion "
             "of globalization of Japanese companies and the expansion of overseas business of companies.\n"
             "- Holding citizenship of the applicable countries or regions.\n"
             "- Proficiency in Japanese language (JLPT level N3 or higher) or proficiency in English.\n"
             "- Those who can dedicate themselves exclusively to the internship at the company.\n"
             "- The applicant must meet other specific conditions required by each company.\n"
             "- Those who have not participated in this program before.\n")
LONG_PARAGRAPH = ("Through the technical training for up to five years (limited to excellent companies under an excellent "
                  "supervisory organization) for young people in developing regions, the program aims to transfer the "
                  "skills, technology, and knowledge cultivated in Japan to developing regions, thereby contributing to "
                  "the human resource development that bears the economic development of their countries and to the "
                  "promotion of international cooperation. The program is reviewed every year by the ministries.")


def _refusal(text: str, question: str, lang: str):
    passage = Passage(text=text, chunk_id="d::1", doc_id="d", title="Doc", section="", program="", as_of=None)
    composed = compose.compose_knowledge_answer(question, SearchResult(query=question, relevant=True, confidence=0.9,
                                                                        passages=[passage]), lang=lang)
    assert composed.refused and composed.answer == "", composed.answer
    closest = composed.unstated.split("\n\n")[1]
    return composed, closest


@pytest.mark.parametrize("lang", ["en", "ja"])
@pytest.mark.parametrize("question", ["What is the application deadline for applicants?", "応募者の申請の締切はいつですか"])
def test_a_list_bearing_topic_is_shown_by_its_lead_and_a_few_items(question: str, lang: str) -> None:
    composed, closest = _refusal(LONG_LIST, question, lang)
    assert "Applicants must meet all the following:" in closest
    assert closest.count(";") <= compose.CLOSEST_ITEMS and "…" in closest  # the rest is marked as left out
    assert "participated in this program" not in closest
    assert len(closest) < compose.CLOSEST_CHARS + 120 and closest.endswith("[1]")
    assert composed.citations()[0]["chunk_id"] == "d::1" and composed.citations()[0]["quote"] in LONG_LIST.replace("\n- ", " ")


@pytest.mark.parametrize("lang", ["en", "ja"])
@pytest.mark.parametrize("question", ["What salary do young people in the training get?", "研修生の給料はいくらですか"])
def test_a_long_paragraph_topic_is_shown_by_one_cut_sentence(question: str, lang: str) -> None:
    composed, closest = _refusal(LONG_PARAGRAPH, question, lang)
    assert "reviewed every year" not in closest  # one sentence, not the paragraph
    assert "…" in closest and len(closest) < compose.CLOSEST_CHARS + 80 and closest.endswith("[1]")
    assert LONG_PARAGRAPH.startswith(composed.citations()[0]["quote"].rstrip(" …")[:60])


def test_a_short_closest_sentence_is_quoted_whole() -> None:
    _, closest = _refusal("The maximum period is 5 years. Trainees must be 18 or older.",
                          "What salary do trainees get for the maximum period?", "en")
    assert "“The maximum period is 5 years.”" in closest or "The maximum period is 5 years." in closest
    assert "…" not in closest
