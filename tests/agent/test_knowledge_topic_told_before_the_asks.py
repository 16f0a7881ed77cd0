"""Class: a lead that states what the user is asking about ("I am reading about WAASA.", 「WAASAについて調べています。」),
read as an introduction, gives the asks after it their topic: the whole message is searched with it, an ask naming
nothing of its own is read with it, and so is one whose subject is the topic's pronoun ("when did they visit CINGA?").
A later ask joined in one sentence that points back to the ask before it ("..., and who runs it?") is read with that
ask. An introduction that describes the user ("I'm HR at a company of 40.") is no topic."""

from __future__ import annotations

import pytest

from support import converse
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


def _queries(reply) -> list[str]:
    return [c.args["query"] for c in reply.tool_calls if c.name == "search_knowledge"]


@pytest.mark.parametrize("text", [
    "I am reading about WAASA. what they did in 2019? when did they visit CINGA and why? and did they go to Vietnam "
    "too? pls short answer",
    "I'm researching WAASA. what did they do in 2019? when did they visit CINGA?",
])
def test_every_search_keeps_the_topic_told_first(bot, text: str) -> None:
    reply = converse(bot, text)
    queries = _queries(reply)
    assert len(queries) >= 3 and all("WAASA" in q for q in queries), queries
    assert not reply.refused, reply.answer
    assert "CINGA" in reply.answer and "June" in reply.answer


def test_the_japanese_topic_statement_is_searched_with_each_ask(bot) -> None:
    reply = converse(bot, "WAASAについて調べています。2019年に何をしましたか？CINGAを訪問したのはいつで、なぜですか？")
    assert all("WAASA" in q for q in _queries(reply)), _queries(reply)
    assert not reply.refused and "CINGA" in reply.answer


@pytest.mark.parametrize("lang, text, topic", [
    ("en", "I am reading about WAASA.", True),
    ("en", "I'm looking into the Japan Internship Program.", True),
    ("en", "I'm HR at a small company of 40 people.", False),
    ("ja", "WAASAについて調べています。", True),
    ("ja", "監理団体の担当です。", False),
])
def test_a_topic_statement(lang: str, text: str, topic: bool) -> None:
    assert UNDERSTANDER.pack(lang).act("topic_statement", text) == topic


@pytest.mark.parametrize("lang, text, pronoun", [
    ("en", "when did they visit CINGA and why?", True),
    ("en", "what did the organisation do in 2019?", True),
    ("en", "when was the law passed?", False),
    ("ja", "その団体はいつCINGAを訪問しましたか？", True),
    ("ja", "制度はいつできましたか？", False),
])
def test_a_pronoun_of_the_topic(lang: str, text: str, pronoun: bool) -> None:
    assert UNDERSTANDER.pack(lang).act("topic_pronoun", text) == pronoun


@pytest.mark.parametrize("text", [
    "Does Tokyo offer anything to help small companies, and who runs it?",
    "We're a 30-person printing company in Ota-ku and thinking about hiring foreign staff for the first time. Does "
    "Tokyo offer anything to help small companies like ours, and who runs it?",
])
def test_a_joined_ask_pointing_back_is_read_with_the_ask_before_it(bot, text: str) -> None:
    reply = converse(bot, text)
    queries = _queries(reply)
    assert "who runs it?" not in queries, queries
    assert any(q.endswith("who runs it?") and "Tokyo" in q for q in queries), queries
    assert not reply.refused and "Tokyo WorkNet" in reply.answer
