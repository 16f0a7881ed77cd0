"""Tokyo's supports for SMEs are answered as the list of supports, with the Pasona-run project."""

from __future__ import annotations

import pytest

from support import converse


@pytest.mark.parametrize("question", [
    "Tokyo WorkNet what is? and support project for chusho kigyo foreign jinzai, which company help?",
    "Which company helps Tokyo's support project for small companies hiring foreigners?",
    "Does Tokyo have any support for SMEs hiring foreign workers?",
    "東京都で外国人材を受け入れる中小企業向けの支援って何かあります？介護事業所でも使えるものがあれば。",
    "東京都の中小企業向け外国人材受入れ支援事業は、どこの会社が手伝っていますか",
    "東京都って外国人を雇う中小企業の支援、何かある？",
])
def test_tokyo_sme_supports_include_the_pasona_project(bot, question: str) -> None:
    reply = converse(bot, question)
    assert not reply.refused, reply.answer
    assert "Tokyo WorkNet" in reply.answer and "Pasona" in reply.answer, reply.answer
