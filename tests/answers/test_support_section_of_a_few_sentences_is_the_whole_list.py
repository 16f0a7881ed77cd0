"""Class: "is there any support" asks for every support the section lists, also when the best-matching sentence is the
section's last (the Pasona-run project after Tokyo WorkNet, as when the message's background, 「うちは従業員30人の
町工場です。」, or a follow-up's carried program words tip the ranking): a section whose whole prose is a few sentences
is quoted whole (ja7g-08 t2)."""

from __future__ import annotations

import pytest

from tests.agent.each_asking_part import answered

WORKNET, PASONA = r"Tokyo WorkNet", r"Pasona"


@pytest.mark.parametrize("question", [
    "東京の中小企業が外国人を採用するときに使える支援って何かありますか？うちは従業員30人の町工場です。",
    "東京の中小企業が外国人を採用するときに使える支援って何かありますか？",
    "東京で外国人を雇いたい中小企業向けのサポートってありますか？当社は社員20人の工務店です。",
    "Is there any support for small companies in Tokyo that hire foreigners? We are a 30-person machine shop.",
    "Does Tokyo help SMEs that recruit foreign workers? Our company is a small factory with 30 staff.",
])
def test_every_support_of_the_section_is_quoted(bot, question: str) -> None:
    answered(bot, question, WORKNET, PASONA)


@pytest.mark.parametrize("turns", [
    ["特定技能1号から2号に移れる分野ってどれですか？",
     "ありがとうございます。もう一つ、東京の中小企業が外国人を採用するときに使える支援って何かありますか？うちは従業員30人の町工場です。"],
    ["Which fields can move from Specific Skill No. 1 to No. 2?",
     "thanks. one more thing: is there any support for small firms in Tokyo hiring foreigners? we're a 30-person factory."],
])
def test_every_support_is_quoted_in_a_follow_up_on_another_program(bot, turns: list[str]) -> None:
    answered(bot, turns, WORKNET, PASONA)
