"""In a long list whose entries each state a value (an activity log: a month per entry), a question about one
entry ("When did WAASA attend the Ministry of Justice briefing?") is answered by that entry alone, not by the
whole list nor by another entry that names the document's own organisation; its value feeds the Japanese lead
(2019年7月). Generated over every entry of the log, in English and Japanese."""

from __future__ import annotations

import pytest

from bot.agent import compose
from bot.contracts import Passage, SearchResult

# (month as written, English month, what happened, the organisation in English, in Japanese)
ENTRIES = [
    ("2019 June", "June", "Visit to CINGA to propose a cooperative networking arrangement with WAASA", "", ""),
    ("2019 July", "July", "Attendance at a briefing session sponsored by the Ministry of Justice", "Ministry of Justice", "法務省"),
    ("2019 Oct", "October", "Visit to the Tokyo Metropolitan Bureau of Industry and Labor to explain WAASA’s services",
     "Tokyo Metropolitan Bureau of Industry and Labor", "東京都産業労働局"),
    ("2019 Nov", "November", "Courtesy visit to the Information Promotion Department of the Japan Chamber of Commerce and Industry",
     "Japan Chamber of Commerce and Industry", "日本商工会議所"),
    ("2019 Dec", "December", "Visit to the JICA Vietnam Ho Chi Minh Office", "JICA", "国際協力機構（JICA）"),
    ("2020 Jan", "January", "Visit to the North Branch of the Tokyo Chamber of Commerce and Industry",
     "Tokyo Chamber of Commerce and Industry", "東京商工会議所"),
]
LOG = "\n".join(f"- {month}: {what}" for month, _, what, _, _ in ENTRIES)
JA_MONTH = {"June": 6, "July": 7, "October": 10, "November": 11, "December": 12, "January": 1}


def _answer(question: str, lang: str) -> compose.Composed:
    passage = Passage(text=LOG, chunk_id="w::1", doc_id="w", title="WAASA activities 2019-2020",
                      section="Activity log 2019-2020", program="", as_of=None)
    return compose.compose_knowledge_answer(
        question, SearchResult(query=question, relevant=True, confidence=0.9, passages=[passage]), lang=lang)


@pytest.mark.parametrize("entry", [e for e in ENTRIES if e[3]], ids=lambda e: e[3])
@pytest.mark.parametrize("lang", ["en", "ja"])
def test_the_entry_the_question_names_is_the_answer(entry, lang: str) -> None:
    month, english_month, what, org_en, org_ja = entry
    question = (f"When did WAASA meet the {org_en}?" if lang == "en" else f"WAASAが{org_ja}を訪問したのはいつですか？")
    composed = _answer(question, lang)
    assert f"{month}: {what}" in composed.answer and len(composed.quotes) == 1, composed.answer
    others = [m for m, _, _, _, _ in ENTRIES if m != month]
    assert not any(f"{m}:" in composed.answer for m in others), composed.answer
    if lang == "ja":
        year = month.split()[0]
        assert composed.answer.startswith("資料によると") and f"{year}年{JA_MONTH[english_month]}月" in composed.answer.split("\n\n")[0]


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_a_question_for_the_whole_list_still_gets_the_list(lang: str) -> None:
    question = "What activities did WAASA do in 2019-2020?" if lang == "en" else "WAASAはどんな活動をしましたか？"
    composed = _answer(question, lang)
    assert all(what[:20] in composed.answer for _, _, what, _, _ in ENTRIES), composed.answer
