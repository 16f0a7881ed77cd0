"""Class: a request for an answer after a question (「TITPって何年にできた制度でしたっけ？対象の職種と作業の数もあわせて知りたい
です。」) asks of its own beside it: each is searched on its own, and the question is still answered from the documents
when the request's answer is an update row's (the newer count of occupations)."""

from __future__ import annotations

import re

import pytest

from support import converse


@pytest.mark.parametrize("question", [
    "TITPって何年にできた制度でしたっけ？対象の職種と作業の数もあわせて知りたいです。",
    "技能実習制度は何年にできましたか？対象の職種と作業の数もあわせて知りたいです。",
    "技能実習制度は何年にできたんですか？対象職種と作業の数も教えてください。",
])
def test_the_question_and_the_request_after_it_are_each_answered(bot, question: str) -> None:
    reply = converse(bot, question)
    assert not reply.refused, reply.answer
    searches = [call for call in reply.tool_calls if call.name == "search_knowledge"]
    assert len(searches) >= 3, reply.tool_calls  # the whole, and each ask on its own
    assert re.search(r"1993|平成\s*5\s*年", reply.answer), reply.answer
    assert re.search(r"85職種|85 occupations|91職種", reply.answer), reply.answer


@pytest.mark.parametrize("question", [
    # a request before the question announces it: one ask, searched whole
    "受付期間を確認したいです。何日から何日まででしたか？",
])
def test_a_request_before_the_question_announces_it(bot, question: str) -> None:
    reply = converse(bot, question)
    searches = [call for call in reply.tool_calls if call.name == "search_knowledge"]
    assert len(searches) == 1, reply.tool_calls


@pytest.mark.parametrize("question", [
    # a request after the question that names nothing asks nothing more
    "技能実習制度は何年にできましたか？ご回答ください。",
    "When was the technical intern training system established? Please answer.",
])
def test_a_request_naming_nothing_asks_nothing_more(bot, question: str) -> None:
    reply = converse(bot, question)
    searches = [call for call in reply.tool_calls if call.name == "search_knowledge"]
    assert len(searches) == 1, reply.tool_calls
    assert "1993" in reply.answer, reply.answer
