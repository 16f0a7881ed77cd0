"""The candidates' countries a question on who may apply names ("中国とタイの学生が候補にいます", "we have candidates
from Vietnam and Thailand") each get their status by nationality from the rule book's DAC list and exclusions, beside
what the documents quote (only China's exclusion was said; Thailand's status was missing)."""

from __future__ import annotations

import pytest

from reading_checks import calls_named
from support import converse
from tests.knowledge import repo_understander


@pytest.mark.parametrize("message, said", [
    ("JIPってどこの国の人なら対象ですか？中国とタイの学生が候補にいます。", ["タイは国籍の要件を満たします", "中国は対象外"]),
    ("中国とタイの学生は応募できますか？", ["タイは国籍の要件を満たします", "中国は対象外"]),
    ("JIPはどの国籍が対象ですか？ベトナム出身の候補者がいます。", ["ベトナムは国籍の要件を満たします"]),
    ("Which countries can apply to JIP? We have candidates from Vietnam and Thailand.",
     ["Viet Nam: eligible by nationality", "Thailand: eligible by nationality"]),
    ("Can students from China and Thailand apply to JIP?", ["China: not eligible", "Thailand: eligible by nationality"]),
    ("Which countries are eligible for JIP? One of our candidates is from Brazil.", ["Brazil: eligible by nationality"]),
])
def test_each_named_country_gets_its_status(bot, message: str, said: list[str]) -> None:
    reply = converse(bot, message)
    assert not reply.refused, reply.answer
    for text in said:
        assert text in reply.answer, reply.answer
    assert "jip.nationality" in reply.answer, reply.answer


@pytest.mark.parametrize("message", [
    "I'm Chilean and I also have Peruvian nationality. Can I apply?",  # the user's own citizenships
    "ベトナムとタイの技能実習生を受け入れたいです。何人まで受け入れられますか？",  # another program
    "I live in Thailand. Which countries can apply to JIP?",  # a place lived in, no candidate
    "Can Thai students apply to JIP?",  # one applicant's nationality: the check runs
])
def test_no_candidate_list_where_none_is_named(message: str) -> None:
    assert repo_understander().parse(message).candidate_countries == [], message


def test_one_nationality_asked_still_runs_the_check(bot) -> None:
    reply = converse(bot, "Can Thai students apply to JIP?")
    assert calls_named(reply, "jip_eligibility"), reply.tool_calls
