"""Directors paid only a director's fee, named by who they are, and a trainee, both said in one correction to be inside
the count given before (「その三十二人には社長の俺と専務の女房（二人とも役員報酬だけで給料は出てない）と、去年来たベトナムの実習生1人も
入ってたわ」, "that 32 includes me and my wife as directors (no salary, only director's fees) and 1 trainee"): both come
out, 32 − 2 − 1 = 29, each said. Before, only the trainee came out (31)."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text", [
    "ごめん、その三十二人には社長の俺と専務の女房（二人とも役員報酬だけで給料は出てない）と、去年来たベトナムの実習生1人も入ってたわ。"
    "それ抜いたら何人になる？",
    "すみません、32名には社長の私と専務の妻の2名（役員報酬のみで給与は出ていません）と実習生1名も含まれていました。",
    "訂正です。32人の中に、役員2名（役員報酬のみ）と技能実習生1名が入っていました。",
    "Sorry, that 32 includes me and my wife as directors (no salary, only director's fees) and 1 trainee. "
    "What is it without them?",
    "Oh wait, those 32 people include the two of us directors, my wife and me (we only get director's fees, no salary), "
    "plus 1 trainee from Vietnam. Recalculate without them?",
    "Correction: the 32 included my wife and me, both directors who don't get a salary, and 1 technical intern trainee.",
])
def test_both_exclusions_come_out_of_the_count(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.slots["full_time_employees"] == 29 and not parsed.parts
    assert [key for key, _ in parsed.notes] == ["assume.officers_excluded", "assume.trainees_excluded"]


@pytest.mark.parametrize("turns", [
    ("建具屋をやってます。従業員は三十二人。優良とかは取ってない。実習生って1号で何人まで入れられる？",
     "ごめん、その三十二人には社長の俺と専務の女房（二人とも役員報酬だけで給料は出てない）と、去年来たベトナムの実習生1人も入ってたわ。"
     "それ抜いたら何人になる？2号も。"),
    ("We make wooden fittings, 32 employees, not excellent. How many No.1 trainees can we take?",
     "Oh wait, that 32 includes me and my wife as directors (no salary, only director's fees) and 1 trainee from "
     "Vietnam. How many without them? No.2 as well."),
])
def test_the_quota_runs_again_without_them(bot, turns: tuple[str, str]) -> None:
    from support import converse

    reply = converse(bot, *turns)
    call = next(c for c in reply.tool_calls if c.name == "trainee_quota")
    assert call.args["full_time_employees"] == 29
    assert "29" in reply.answer
