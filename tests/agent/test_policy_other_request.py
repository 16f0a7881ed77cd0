"""A nationality stated beside a request for something else (a letter, a CV or an essay written; a job in another
country), with no program named, starts no calculator: the request is out of scope and refused (EN + JA). With a
program named, the eligibility check still runs."""

from __future__ import annotations

import pytest

from support import converse


@pytest.mark.parametrize("text", [
    "can you write me a motivation letter for a job application in Canada? im a software developer from Mexico",
    "I'm from Kenya, can you help me write a CV for a job in Germany?",
    "i am nigerian, 25 years old, looking for a software job in Canada, any tips?",
    "カナダでの就職のために志望動機書を書いてもらえますか？メキシコ出身のソフトウェア開発者です",
    "ベトナム人です。履歴書を作成してもらえますか？",
])
def test_a_nationality_beside_another_request_starts_no_calculator(bot, text: str) -> None:
    reply = converse(bot, text)
    assert not [c for c in reply.tool_calls if c.name != "search_knowledge"]
    assert reply.refused


@pytest.mark.parametrize("text", [
    "im from Mexico, can I apply?",
    "I'm from Kenya, 25, JLPT N2. can I apply for the Japan internship program? also can you write my motivation "
    "letter for it?",
])
def test_with_the_program_asked_about_the_check_still_runs(bot, text: str) -> None:
    reply = converse(bot, text)
    assert any(c.name == "jip_eligibility" for c in reply.tool_calls)


from tests.knowledge import repo_understander  # noqa: E402

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text", [
    "im from Mexico, looking for a job in toronto, can you help?",  # a city of the world (GeoNames), lower case
    "I'm Kenyan and want a job in Dubai.",
    "I'm from Bolivia and want a job in Uruguay.",  # any country by its CLDR name, none listed in the packs
    "私はベトナム人です。カナダでの就職を考えています。",
    "私はドバイで働きたい。ケニア人です",
    "ウズベキスタン出身です。カザフスタンに就職したいです。",
])
def test_a_job_in_any_place_abroad_is_another_request(text: str) -> None:
    assert UNDERSTANDER.parse(text).other_request


@pytest.mark.parametrize("text", [
    "I'm Kenyan and want to work in Japan: am I eligible?",
    "I'm from Peru, I work in progress reporting. am i eligible?",  # a word, not a place
    "ベトナム国籍です。大阪の会社で働いています。JIPに応募できますか？",
    "ネパール出身で、日本で働きたいです",
    "インドネシア人の技能実習生の仕事内容は？",
])
def test_a_job_in_japan_or_no_place_is_no_other_request(text: str) -> None:
    assert not UNDERSTANDER.parse(text).other_request
