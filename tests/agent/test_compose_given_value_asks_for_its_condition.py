"""A value the user gives with "can everyone" / 条件 ("can everyone stay for 5 years?") asks for its condition (the
excellent-organisation limit), not for the value. So does how to reach a length the question states ("how can we
keep trainees for the full 5 years?", ５年間ずっと受け入れるにはどうしたらいい), and a length stated in Japanese
(５年間受け入れるための条件) is that value as "up to five years" is: they quoted "The maximum period is 5 years"."""

from __future__ import annotations

import pytest

from support import converse


@pytest.mark.parametrize("question", [
    "hi, support staff here. a trainee asked me if everyone in technical intern training can stay for 5 years. "
    "what do the documents say?",
    "Can all technical intern trainees stay for five years?",
    "技能実習生に最長の５年間いてもらうためには、受入れ側にどのような条件が求められるのでしょうか。",
    "技能実習生は誰でも5年間いられるんですか？",
    "How can we keep our technical intern trainees for the full 5 years?",
    "技能実習生を５年間ずっと受け入れるにはどうしたらいいでしょうか？今は３年で帰国してもらってます。",
    "技能実習生を５年間受け入れるための条件は何ですか？",
    "技能実習生に5年間いてもらうには何が必要ですか？",
])
def test_a_given_value_asks_for_its_condition(bot, question: str) -> None:
    reply = converse(bot, question)
    assert not reply.refused, reply.answer
    assert "excellent" in reply.answer
