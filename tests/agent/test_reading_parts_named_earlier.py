"""A correction that names a training plan's parts by the words given for them earlier ("24 hours welding (required
work)", then "welding is only 16 hours") sets those parts to the new values: the word named for the required part
sets the required hours, cleaning/carrying (peripheral words) the peripheral hours, "X stays N" keeps X, and no
number lands in another part (EN + JA)."""

from __future__ import annotations

import pytest

from support import converse
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

EN_WELDING = ("Our trainee's week: 24 hours welding (required work), 10 hours related work, 6 hours cleaning and "
              "carrying material. Is that fine?")
EN_ASSEMBLY = "Plan: 30 hours of assembly (main work), 12 hours related work, 8 hours sweeping. OK?"
JA_WELDING = "実習生の1週間は、溶接（必須業務）24時間、関連業務10時間、清掃・運搬6時間です。大丈夫ですか？"
JA_ASSEMBLY = "組立（主な作業）30時間、関連業務12時間、片付け（周辺）8時間の計画です。問題ありませんか？"


def test_a_part_named_with_its_role_is_remembered_by_its_word() -> None:
    assert UNDERSTANDER.parse(EN_WELDING).part_names == {"welding": "required_hours"}
    assert UNDERSTANDER.parse(JA_WELDING).part_names == {"溶接": "required_hours"}


@pytest.mark.parametrize("turns,hours", [
    ([EN_WELDING, "wait, I checked again: welding is only 16 hours a week and cleaning/carrying is 14 hours. "
                  "related stays 10. still ok?"], (16, 10, 14)),
    ([EN_WELDING, "welding 16 hours, cleaning and carrying 14 hours, related still 10"], (16, 10, 14)),
    ([EN_WELDING, "sorry, welding is actually 16 h and cleaning and carrying 14 h; related unchanged at 10"],
     (16, 10, 14)),
    ([EN_ASSEMBLY, "correction: assembly is 20 hours and sweeping 18 hours, related stays 12"], (20, 12, 18)),
    ([JA_WELDING, "すみません、確認したら溶接は16時間で、清掃・運搬が14時間でした。関連は10時間のままです。大丈夫？"],
     (16, 10, 14)),
    ([JA_WELDING, "訂正です。溶接は実は16時間、清掃と運搬は14時間でした。関連業務は10時間で変わりません"], (16, 10, 14)),
    ([JA_ASSEMBLY, "訂正：組立は20時間、片付けは18時間でした。関連業務は12時間のままです"], (20, 12, 18)),
])
def test_a_correction_by_the_earlier_words_sets_those_parts(bot, turns: list[str], hours: tuple[int, int, int]) -> None:
    reply = converse(bot, *turns)
    call = next(c for c in reply.tool_calls if c.name == "training_time_split")
    args = call.args
    assert (args["required_hours"], args["related_hours"], args["peripheral_hours"]) == hours
