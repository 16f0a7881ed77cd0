"""A knowledge ask beside a calculator answer gets its own quote: one that names again a value the calculation was
given (a laptop "for online"), one about what the message described (「どちらも対象になりますか」), and the item of a
list whose other item is the supporting quote (end to end over the real index)."""

from __future__ import annotations

import re

import pytest

from support import converse


@pytest.mark.parametrize("question, pattern", [
    ("If I do the JIP online internship from home for 45 days, how much activity support money do I get? Is it paid in "
     "yen or my currency? also do they give me a laptop for online?", r"personal computers"),
    ("JIP online internship 30 days, how much support money? and will they give me a PC for the online internship?",
     r"personal computers"),
    ("静岡県で従業員四十名ほどの食品機械メーカーを経営しております。経済産業省のジャパン・インターンシップ・プログラム（JIP）"
     "で、海外の若手人材をインターンとして受け入れてみたいと考えております。\n受け入れ企業側にはどのような条件があるのでしょう"
     "か。また、対面で六十日間受け入れた場合、インターン生への活動支援金はいくらになりますか。業務用のパソコンは当社で用意する"
     "必要がありますでしょうか。", r"パソコン"),
    ("Re-Skills講座の認定要件について教えてください。弊社はIT研修を提供しており、ExcelやWordの使い方などのＩＴ基礎講座と、"
     "クラウドセキュリティの講座があります。どちらも対象になりますか。講座の内容面で求められることも知りたいです。",
     r"セキュリティ"),
])
def test_a_knowledge_ask_beside_a_calculation_gets_its_quote(bot, question: str, pattern: str) -> None:
    reply = converse(bot, question)
    assert not reply.refused, reply.answer
    assert re.search(pattern, reply.answer.split("\n---")[0]), reply.answer


def test_a_refused_part_whose_limit_is_the_supporting_quote_adds_nothing(bot, retriever) -> None:
    """A yes/no part no unit answers by its own words, whose limit is the calculator's supporting quote already: the
    answer says it, the part adds no line (and no error)."""
    from bot.agent import compose
    from bot.agent.responses import default_responses
    from bot.answers.select import Selection
    from bot.answers.types import Ask

    class Refusing:
        analyzer = bot.selector.analyzer

        def answer_units(self, query, passages, max_passages=3):
            return Selection(Ask(), refused=True)

    passages = retriever.search("Re-Skills basic IT skill courses excluded", k=5, program="reskills").passages
    shown = "Fundamental and basic IT skill courses are excluded."
    assert any(shown in p.text for p in passages), [p.chunk_id for p in passages]
    found = compose.part_answers(["Can our basic Excel course be certified too?"], passages, Refusing(), [shown],
                                 default_responses(), "en")
    assert found == [], found
