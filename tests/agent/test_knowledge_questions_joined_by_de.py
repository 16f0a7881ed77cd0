"""Class: two questions joined by 「…で、」 (「どこの国の人が対象で、どんな形で実施されるの？」), each with its own question
word, are two asks, each searched and answered (the nationality rule with China's exclusion, and the online and
in-person forms: ja6r-13). A reason (「…ので、」) or a clause without a question word joins nothing."""

from __future__ import annotations

import pytest

from tests.agent.each_asking_part import answered


@pytest.mark.parametrize("question", [
    "JIP（経産省のインターンシップ）について教えて。どこの国の人が対象で、どんな形で実施されるの？",
    "JIPはどこの国の人が応募できて、どんな形式で行われますか？",
    "経産省のインターンシッププログラムは、どの国の人が対象で、どういう形で実施されるんですか？",
])
def test_each_question_joined_by_de_is_answered(bot, question: str) -> None:
    answered(bot, question, r"China", r"(?i)online", r"(?i)in-person|Japan")


@pytest.mark.parametrize("part, pieces", [
    ("どこの国の人が対象で、どんな形で実施されるの？", 2),
    ("訪問したのはいつで、2020年1月の訪問はどこでしたか？", 2),
    ("日本語が苦手なので、どんな支援があるか知りたい", 1),
    ("東京で、どんな支援がありますか？", 1),
])
def test_the_joint_needs_a_question_word_on_each_side(bot, part: str, pieces: int) -> None:
    from bot.agent.knowledge_plan import _question_pieces

    pack = bot.understander.pack("ja")
    assert len(_question_pieces(part, pack)) == pieces
