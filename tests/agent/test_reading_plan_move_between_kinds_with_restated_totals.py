"""A move between plan kinds told with the restated totals: when the user restates every part ("必須1000・関連500・周辺300
で見直して", "required 1000, related 500, peripheral 300"), those figures win; the move alone ("関連に入れてた700時間のうち
200時間は、実は必須作業でした", "of the 700 related hours, 200 are actually required work") moves 200 hours from related
to required, and the source's hours before the move (700) are no plan total (ja7d-09 read 800/200/300).
Pack ``moves`` and the plan kinds' bare-figure lists (knowledge/nlu/*.yaml); bot/agent/understand.py `_plan_total`."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize(("text", "plan"), [
    ("必須1000・関連500・周辺300で見直してもらえますか。", (1000, 500, 300)),
    ("すみません、関連に入れてた700時間のうち200時間は、実は必須作業（本体の組立）でした。必須1000・関連500・周辺300で見直して"
     "もらえますか。", (1000, 500, 300)),
    ("必須業務1000、関連業務500、周辺業務300でお願いします。", (1000, 500, 300)),
    ("訂正です。必須900／関連600／周辺300です。", (900, 600, 300)),
], ids=["ja-bare-list", "ja-case-turn-2", "ja-gyomu-list", "ja-slash-list"])
def test_the_restated_parts_win(text: str, plan: tuple) -> None:
    parsed = UNDERSTANDER.parse(text)
    slots = parsed.slots
    assert (slots["required_hours"], slots["related_hours"], slots["peripheral_hours"]) == plan


@pytest.mark.parametrize(("text", "source", "target"), [
    ("すみません、関連に入れてた700時間のうち200時間は、実は必須作業でした。見直してもらえますか。", "related_hours", "required_hours"),
    ("関連の700時間のうち200時間は必須業務でした。", "related_hours", "required_hours"),
    ("周辺に入れていた300時間のうち200時間は実は関連業務でした。", "peripheral_hours", "related_hours"),
    ("Sorry, of the 700 related hours, 200 are actually required work. Can you recheck?", "related_hours",
     "required_hours"),
    ("200 of the 700 hours we put under related were actually required.", "related_hours", "required_hours"),
    ("Out of the 300 peripheral hours, 200 are really related work.", "peripheral_hours", "related_hours"),
], ids=["ja-case", "ja-no-verb", "ja-peripheral-to-related", "en-of-the-700", "en-200-of-the-700",
        "en-out-of-peripheral"])
def test_hours_of_one_kind_said_to_be_another_are_a_move(text: str, source: str, target: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.increments == {source: -200, target: 200}
    assert "total_hours" not in parsed.slots
    assert not {"required_hours", "related_hours", "peripheral_hours"} & set(parsed.slots)


@pytest.mark.parametrize(("turns", "plan"), [
    (["技能実習計画の時間配分チェックお願いします。必須800時間、関連700時間、周辺300時間です。",
      "すみません、関連に入れてた700時間のうち200時間は、実は必須作業（本体の組立）でした。必須1000・関連500・周辺300で見直してもらえますか。"],
     (1000, 500, 300)),
    (["技能実習計画の時間配分チェックお願いします。必須800時間、関連700時間、周辺300時間です。",
      "すみません、関連に入れてた700時間のうち200時間は、実は必須作業でした。見直してもらえますか。"], (1000, 500, 300)),
    (["Please check our training plan: required 800 hours, related 700 hours, peripheral 300 hours.",
      "Sorry, of the 700 related hours, 200 are actually required work. Can you recheck?"], (1000, 500, 300)),
], ids=["ja-case", "ja-move-only", "en-move-only"])
def test_the_reply_checks_the_moved_plan(bot, turns: list[str], plan: tuple) -> None:
    from support import converse

    reply = converse(bot, *turns)
    call = next(c for c in reply.tool_calls if c.name == "training_time_split")
    assert (call.args["required_hours"], call.args["related_hours"], call.args["peripheral_hours"]) == plan
