"""Every refusal says in plain words that the documents do not state or mention what was asked, in the reply's
language ("the documents do not mention / do not state / do not state"; 資料には…記載がありません / 書かれていません),
and keeps what follows it (who to ask, what the documents do say): not found, another country's immigration
rules, an amount the documents lack, and an unstated fact of every asked type and kind."""

from __future__ import annotations

import re

import pytest

from bot.agent import compose
from bot.contracts import Passage, SearchResult

PLAIN = {
    "en": re.compile(r"\b(?:documents?|they)\b[^.]{0,20}\b(?:don't|do not|doesn't|does not) (?:mention|say|state)\b"),
    "ja": re.compile(r"資料には[^。]{0,40}(?:記載がありません|記載はありません|書かれていません)"),
}
# what follows the plain statement: who to ask
ASK = {"en": re.compile(r"\bplease ask\b"), "ja": re.compile(r"お尋ねください")}
REFUSAL_KEYS = ["refuse.not_found", "refuse.foreign_immigration", "refuse.amount_not_stated"]


@pytest.mark.parametrize("lang", ["en", "ja"])
@pytest.mark.parametrize("key", REFUSAL_KEYS)
def test_every_refusal_sentence_says_the_documents_do_not_mention_it(key: str, lang: str) -> None:
    r = compose.default_responses()
    text = compose.refusal(r.say(key, lang), responses=r, lang=lang)
    assert PLAIN[lang].search(text), text


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_not_found_answer_says_so_and_whom_to_ask(lang: str) -> None:
    text = compose.not_found_answer("What is the capital of Mars?", None, lang=lang)
    assert PLAIN[lang].search(text) and ASK[lang].search(text), text


# (type, kind or "", a question of that ask in English, in Japanese): the unstated reply names what is missing
UNSTATED = [
    ("date", "deadline", "What is the application deadline for the internship?", "インターンの応募の締切はいつですか"),
    ("date", "founding", "When was the internship program founded?", "インターンの制度はいつ創設されましたか"),
    ("amount", "salary", "What salary does an intern get?", "インターンの給料はいくらですか"),
    ("amount", "fee", "How much is the application fee for the internship?", "インターンの応募の費用はいくらですか"),
    ("amount", "tax", "Is the internship stipend taxed?", "インターンの手当に税金はかかりますか"),
    ("phone", "", "What is the phone number of the internship office?", "インターンの事務局の電話番号は？"),
    ("address", "", "What is the address of the internship office?", "インターンの事務局の住所は？"),
    ("duration", "", "How long does the internship last?", "インターンは何週間ですか"),
]


@pytest.mark.parametrize("lang", ["en", "ja"])
@pytest.mark.parametrize("type_name,kind,en,ja", UNSTATED)
def test_an_unstated_fact_is_refused_in_plain_words(type_name: str, kind: str, en: str, ja: str, lang: str) -> None:
    passage = Passage(text="Internship destinations are decided after matching by the program office and interviews.",
                      chunk_id="d::1", doc_id="d", title="Doc", section="", program="", as_of=None)
    question = en if lang == "en" else ja
    composed = compose.compose_knowledge_answer(
        question, SearchResult(query=question, relevant=True, confidence=0.9, passages=[passage]), lang=lang)
    assert composed.refused and not composed.answer
    assert PLAIN[lang].search(composed.unstated), composed.unstated
    assert ASK[lang].search(composed.unstated), composed.unstated
    assert "Internship destinations" in composed.unstated  # what they do say follows


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_every_named_missing_fact_reads_as_plain_refusal(lang: str) -> None:
    """Every ``knowledge.asked.<type or kind>`` the catalog names, put into the unstated sentence."""
    r = compose.default_responses()
    names = [k for k in ("other", "date", "deadline", "founding", "duration", "amount", "salary", "fee", "fund", "tax",
                         "number", "phone", "contact", "office", "address", "rate")
             if r.has(f"knowledge.asked.{k}", lang)]
    assert len(names) >= 10
    for name in names:
        text = r.say("knowledge.unstated", lang, what=r.say(f"knowledge.asked.{name}", lang))
        assert PLAIN[lang].search(text), text


FUNDS = ("Activity support funds based on the internship duration (In-person internships, 3,000 yen per day; online "
         "internships, equivalent of 1,000 yen per day in local currency).")


# On-topic facts the quoted unit does not state: the unit about the funds states amounts (and "in local
# currency"), not the exchange rate, a fee, a deadline or a phone number: each is refused, naming what is missing.
@pytest.mark.parametrize("lang,question,named", [
    ("en", "For the online internship support paid in local currency, which exchange rate does the program use?",
     "exchange"),
    ("en", "What conversion rate applies to the online activity funds?", "exchange"),
    ("en", "The online funds are paid in local currency - at what rate of exchange?", "exchange"),
    ("en", "Is there a fee to receive the activity support funds?", "fee"),
    ("en", "What is the deadline to claim the activity support funds?", "deadline"),
    ("en", "What is the phone number for questions about the activity support funds?", "phone"),
    ("ja", "オンラインの活動支援金は現地通貨とのことですが、為替レートは何を使いますか", "為替"),
    ("ja", "活動支援金を現地通貨に換算するときのレートは？", "為替"),
    ("ja", "活動支援金の受け取りに手数料はかかりますか", "費用"),
    ("ja", "活動支援金の申請の締切はいつですか", "締切"),
])
def test_an_on_topic_fact_the_unit_does_not_state_is_refused(lang: str, question: str, named: str) -> None:
    passage = Passage(text=FUNDS, chunk_id="j::1", doc_id="j", title="JIP", section="Support for interns", program="",
                      as_of=None)
    composed = compose.compose_knowledge_answer(
        question, SearchResult(query=question, relevant=True, confidence=0.9, passages=[passage]), lang=lang)
    assert composed.refused and not composed.answer, composed.answer
    assert PLAIN[lang].search(composed.unstated) and named in composed.unstated, composed.unstated
