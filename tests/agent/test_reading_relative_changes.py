"""Class: a relative change to a value given before, in a hypothetical or a plain follow-up, is a change of that value,
never the value itself. A count said "N more" / "N fewer" ("what if we hire five more japanese staff", "3 fewer staff",
"two more people", 「5人増えたら」「3人減ったら」) is the earlier count plus or minus N (48 + 5 = 53, not 5); hours taken
from one plan part and given to another ("cut 100 hours of peripheral and add them to related", 「周辺を100時間減らして、
その分を関連に回したら」) are a transfer: one part down, the other up by the same hours, and the reply states the new values
and shares. The hypothetical holds for that answer only."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text, change", [
    ("ok. and what if we hire five more japanese staff next april, it will change?", 5),
    ("if we hire 5 more local employees next year, does it change?", 5),
    ("what if we have 3 fewer staff?", -3),
    ("and with two more people?", 2),
    ("what if we get 2 more full-time workers?", 2),
    ("5人増えたらどうなりますか？", 5),
    ("3人減ったら？", -3),
    ("来年4月に日本人スタッフを5人増やしたら変わりますか？", 5),
])
def test_a_count_more_or_fewer_is_an_increment(text: str, change: int) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.increments == {"full_time_employees": change}
    assert "full_time_employees" not in parsed.slots


@pytest.mark.parametrize("text", [
    "what if we hire 5 more vietnamese trainees?",
    "we want 3 more technical intern trainees",
])
def test_more_trainees_are_no_change_of_the_staff(text: str) -> None:
    assert "full_time_employees" not in UNDERSTANDER.parse(text).increments


@pytest.mark.parametrize("text, source, target, hours", [
    ("仮に周辺を100時間減らして、その分を関連に回したらどうなりますか？それぞれの割合も教えてください。", "peripheral_hours",
     "related_hours", 100),
    ("必須業務を50時間減らして、その分を周辺業務に回したら？", "required_hours", "peripheral_hours", 50),
    ("仮に周辺作業を100時間削って、その100時間を関連作業に充てたら？", "peripheral_hours", "related_hours", 100),
    ("what if we cut 100 hours of peripheral and add them to related?", "peripheral_hours", "related_hours", 100),
    ("what if we reduce peripheral by 100 hours and give them to related?", "peripheral_hours", "related_hours", 100),
    ("move 100 h from peripheral to related", "peripheral_hours", "related_hours", 100),
])
def test_hours_taken_from_one_part_and_given_to_another_are_a_transfer(text, source, target, hours) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.increments == {source: -hours, target: hours}
    assert not parsed.asks_knowledge


@pytest.mark.parametrize("first, change, expected", [
    ("Our company have 48 full-time employees. How many No.1 trainee we can take per year?",
     "ok. and what if we hire five more japanese staff next april, it will change?", 53),
    ("We have 32 full-time staff. How many trainees can we accept?", "what if we have 3 fewer staff?", 29),
    ("We have 29 full-time staff. How many trainees can we accept?", "and with two more people?", 31),
    ("常勤職員48人です。1号は年に何人受け入れられますか？", "来年4月に日本人スタッフを5人増やしたら変わりますか？", 53),
    ("常勤職員32人です。技能実習生は何人受け入れられますか？", "3人減ったら？", 29),
])
def test_the_quota_runs_on_the_changed_count(bot, first: str, change: str, expected: int) -> None:
    from support import converse

    reply = converse(bot, first, change)
    calls = [c for c in reply.tool_calls if c.name == "trainee_quota"]
    assert calls and calls[-1].args["full_time_employees"] == expected, reply.answer[:300]
    assert str(expected) in reply.answer


PLAN_JA = "食品製造の実習計画で、総時間1800時間、必須900時間・関連400時間・周辺500時間にしています。これで大丈夫ですか？"
PLAN_EN = "Our food plan: 1800 hours in total, required 900, related 400, peripheral 500 hours. OK?"


@pytest.mark.parametrize("first, change", [
    (PLAN_JA, "仮に周辺を100時間減らして、その分を関連に回したらどうなりますか？それぞれの割合も教えてください。"),
    (PLAN_EN, "what if we cut 100 hours of peripheral and add them to related? what are the shares then?"),
    (PLAN_EN, "and if we move 100 h from peripheral to related?"),
])
def test_the_split_runs_on_the_transferred_hours_and_states_the_shares(bot, first: str, change: str) -> None:
    from support import converse

    reply = converse(bot, first, change)
    calls = [c for c in reply.tool_calls if c.name == "training_time_split"]
    assert calls, reply.answer[:300]
    assert {k: calls[-1].args[k] for k in ("required_hours", "related_hours", "peripheral_hours")} == {
        "required_hours": 900, "related_hours": 500, "peripheral_hours": 400}
    for share in ("50", "27.8", "22.2"):
        assert share in reply.answer
