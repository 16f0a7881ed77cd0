"""Class: a yes/no question from a user who says they are of a kind the documents exclude ("We are a small non-profit
organization ... could we host an intern?", 「うちはNPO法人なんですが、…受け入れることはできますか？」) is answered that
they cannot ("No: the documents exclude non-profit organizations, so you cannot host interns", 「…対象外とされているため、
受け入れることはできません」); a question about the kind in the third person keeps the plain exclusion. A word of the
question the documents say in other words (海外から, "from abroad": the documents' "overseas") is no unmentioned
subject, so the exclusion still answers."""

from __future__ import annotations

import pytest

from bot.agent import compose
from bot.contracts import Passage, SearchResult
from tests.agent.each_asking_part import answered

JIP_HOSTS = ("In-person internships will take place at small to medium-sized companies with main business locations "
             "in Japan (excluding industry associations, non-profit organizations, and local governments).")


def _first(question: str, lang: str) -> str:
    passage = Passage(text=JIP_HOSTS, chunk_id="d::1", doc_id="d", title="Doc", section="", program="", as_of=None)
    composed = compose.compose_knowledge_answer(
        question, SearchResult(query=question, relevant=True, confidence=0.9, passages=[passage]), lang=lang)
    return composed.answer.split("\n\n")[0]


@pytest.mark.parametrize("question, named, verb", [
    ("We are a small non-profit organization (registered NPO) in Yokohama. Could we host an intern in person?",
     "non-profit organizations", "cannot host"),
    ("We're an industry association. Can we accept an in-person intern?", "industry associations", "cannot host"),
    ("Our organization is a non-profit. Could we take an intern in person?", "non-profit organizations", "cannot host"),
    ("I'm a non-profit organization's director. Can we apply to host in person?", "non-profit organizations",
     "cannot host"),
])
def test_the_users_own_kind_excluded_says_they_cannot_en(question: str, named: str, verb: str) -> None:
    first = _first(question, "en")
    assert first.startswith("No:") and named in first and verb in first, first


@pytest.mark.parametrize("question, named, verb", [
    ("うちはNPO法人なんですが、対面インターンの受入れ先になれますか？", "非営利団体", "受け入れることはできません"),
    ("当社は業界団体ですが、対面インターンの受入先になれますか？", "業界団体", "受け入れることはできません"),
    ("当団体はNPO法人です。対面インターンを受け入れられますか？", "非営利団体", "受け入れることはできません"),
])
def test_the_users_own_kind_excluded_says_they_cannot_ja(question: str, named: str, verb: str) -> None:
    first = _first(question, "ja")
    assert first.startswith("いいえ") and named in first and verb in first, first


@pytest.mark.parametrize("question, lang", [
    ("Can non-profit organizations host in-person interns?", "en"),
    ("Could a local government host an in-person intern?", "en"),
    ("NPO法人でも対面インターンを受け入れられますか？", "ja"),
])
def test_a_kind_asked_about_in_the_third_person_keeps_the_plain_exclusion(question: str, lang: str) -> None:
    first = _first(question, lang)
    assert first.startswith(("No:", "いいえ")) and "cannot" not in first and "できません" not in first, first


@pytest.mark.parametrize("question", [
    "うちはNPO法人なんですが、経産省のインターンシップ（JIP）で海外からのインターン生を受け入れることはできますか？受入れ先に"
    "なれる条件を教えてください。",
    "当団体はNPO法人です。JIPで国外からインターン生を受け入れられますか？",
    "We're an NPO in Osaka. Can we host interns from abroad through the Japan Internship Program?",
    "Our organization is a non-profit. Could we take an overseas intern via JIP?",
])
def test_an_npo_asking_to_host_from_abroad_is_told_it_cannot(bot, question: str) -> None:
    answer = answered(bot, question, r"(?i)non-profit|非営利", r"(?i)small to medium")
    first = answer.split("\n\n")[0]
    assert "cannot host" in first or "受け入れることはできません" in first, answer
    assert "海外" not in first and "国外" not in first and "abroad" not in first, answer
