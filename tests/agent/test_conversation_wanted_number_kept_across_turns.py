"""A number wanted asked against the limit in one turn and the count given in the next: the claim is kept for the task
in the dialogue state (``DialogueState.claims``) and the calculation run on the later turn's facts answers it first,
as when both come in one message (ja7d-04)."""

from __future__ import annotations

import pytest

from support import converse

WANTED_THEN_COUNT = [
    (["グループホームを1か所運営しています。介護職種で技能実習生を2人同時に受け入れたいのですが、可能でしょうか？",
      "常勤は全部で13名です。内訳は介護職員9名、看護師2名、事務1名、ケアマネ1名。ほかに夜勤専門のパートさんが3名います。優良認定はありません。"],
     "2人を同時に受け入れることはできません"),
    (["We run a care home. Can we accept 2 trainees at the same time in nursing care? How many trainees can we take?",
      "We have 9 full-time care workers."],
     "2 No.1 trainees at once is not possible"),
]


@pytest.mark.parametrize(("turns", "said"), WANTED_THEN_COUNT, ids=["ja", "en"])
def test_a_wanted_number_asked_before_the_count_is_answered_with_it(bot, turns: list[str], said: str) -> None:
    reply = converse(bot, *turns)
    assert said in reply.answer, reply.answer


def test_the_wanted_number_is_said_once(bot) -> None:
    reply = converse(bot, *WANTED_THEN_COUNT[0][0], "常勤の介護職員は25名になりました。")
    assert "2人を同時に" not in reply.answer, reply.answer
