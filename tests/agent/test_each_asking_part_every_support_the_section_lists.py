"""Class: a "what support is there" ask ("is there support from Tokyo for small companies?", "does Tokyo help SMEs",
「都とかで中小企業向けのサポートがあれば知りたいです」「東京都のサポートを知りたいです」) asks for every support the section
lists: TOKYO WorkNet AND the Pasona-run Small and Medium-sized Businesses Foreign Human Resources Acceptance Support
Project are quoted, not only the best one."""

from __future__ import annotations

import pytest

from tests.agent.each_asking_part import answered


@pytest.mark.parametrize("question", [
    "We run 3 restaurants in Tokyo's 23 wards and are hiring foreigners for the first time. What support is there "
    "for small businesses from Tokyo?",
    "Is there support from Tokyo for small companies hiring foreigners?",
    "Does Tokyo help SMEs that hire foreign workers?",
    "We have 3 restaurants in Tokyo and this is our first foreign hire. I'd like to know if there is support for "
    "small businesses from the city.",
])
def test_every_support_the_section_lists_is_quoted(bot, question: str) -> None:
    answered(bot, question, r"(?i)WorkNet", r"Pasona")


@pytest.mark.parametrize("question", [
    "東京23区で飲食店を3店舗やってます。外国人を雇うのは初めてなので、都とかで中小企業向けのサポートがあれば知りたいです。",
    "都内の中小企業です。外国人材の受け入れに使える東京都のサポートを知りたいです。",
    "東京都の中小企業向けの支援の仕組みはありますか？",
])
def test_every_support_the_section_lists_is_quoted_ja(bot, question: str) -> None:
    answered(bot, question, r"(?i)WorkNet", r"Pasona|パソナ")
