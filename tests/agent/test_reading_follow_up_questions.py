"""R5: a follow-up knowledge question is understood from its own words.

Generated as a table: first questions naming a program (EN and JA) x follow-ups that ask their own question without
naming the program. The follow-up's search carries the program of the first question (its terms) and the
follow-up's own words, never the first question's other words (so its answer type and subject are its own); a short
elliptical follow-up ("and for online ones?") still leans on the whole previous question; a follow-up that names
its own program is not given the previous one.
"""

from __future__ import annotations

import itertools

import pytest

from bot.text import normalise
from support import converse

FIRST = {
    "reskills": ["When is the application period for the re-skills course certification?",
                 "What are the requirements for Re-Skills course certification?",
                 "Re-Skills講座の認定申請ってどうやって出すんですか？"],
    "jip": ["Who can apply to the Japan Internship Program?", "JIPの応募資格を教えてください。"],
}
TERMS = {"reskills": "Re-Skills course certification", "jip": "Japan Internship Program"}
FOLLOW_UPS = ["and if uploading the attachments to e-gov doesnt work, where can we send them?",
              "where do we send the documents by post?", "and who do we contact about it?",
              "how long does the review take?",
              "添付書類を電子で送るのが難しい場合はどうすれば？郵送先も教えてください", "問い合わせ先はどこですか？"]
FIRST_WORDS = {"When", "requirements", "どうやって", "Who", "応募資格"}


def search_queries(reply) -> list[str]:
    return [c.args["query"] for c in reply.tool_calls if c.name == "search_knowledge"]


@pytest.mark.parametrize("program,first,follow_up", [
    (program, first, follow) for program, firsts in FIRST.items()
    for first, follow in itertools.product(firsts, FOLLOW_UPS)])
def test_a_follow_up_question_is_searched_with_its_words_and_the_programme(bot, program: str, first: str,
                                                                          follow_up: str) -> None:
    reply = converse(bot, first, follow_up)
    queries = search_queries(reply)
    assert queries, reply.answer[:200]
    # (the follow-up's own search is the first: each of its asks may be searched on its own after it, 「…どうすれば？
    # 郵送先も教えてください」)
    query = queries[0]
    assert TERMS[program] in query, query
    assert normalise(follow_up).rstrip("?") in query, query
    leftover = [w for w in FIRST_WORDS if w in first and w in query and w not in follow_up]
    assert not leftover, (leftover, query)


def test_a_short_elliptical_follow_up_leans_on_the_whole_previous_question(bot) -> None:
    first = "How much is the JIP activity support fund per day for in-person internships?"
    reply = converse(bot, first, "and for online ones?")
    assert "per day" in search_queries(reply)[-1]


@pytest.mark.parametrize("first,follow_up,absent", [
    ("When is the application period for the re-skills course certification?",
     "and what is the maximum period of technical intern training?", "Re-Skills course certification"),
    ("Re-Skills講座の認定申請ってどうやって出すんですか？", "技能実習の最長期間は何年ですか？", "Re-Skills course certification"),
])
def test_a_follow_up_naming_its_own_programme_keeps_it(bot, first: str, follow_up: str, absent: str) -> None:
    assert absent not in search_queries(converse(bot, first, follow_up))[-1]


def test_the_japanese_follow_up_finds_the_postal_address(bot) -> None:
    reply = converse(bot, "Re-Skills講座の認定申請ってどうやって出すんですか？",
                     "添付書類を電子で送るのが難しい場合はどうすれば？郵送先も教えてください")
    assert not reply.refused
    assert "100-8901" in reply.answer, reply.answer[:300]
