"""Corrections that give an increment and/or the new figures (fresh batch e), as a table EN and JA.

The class: after a calculator answer, a message that says hours were added or taken away ("we added 10 hours of
exercises", "演習を6時間増やしたら") changes the figure given before by those hours, and the whole the figure is part
of (tasks.yaml `part_of`: practical hours of the total) by the same hours unless the message states the whole or says
it stays ("総時間はそのままで"); the reply's Assumed line says the addition. A new value the message states wins over the
increment ("Now practical is 46 hours of total 90 hours"; "演習を18時間に増やしたら" is 18: に names the new value).
Hours added to no named figure, where two figures could take them, are asked about. A number is never changed.
"""

from __future__ import annotations

import pytest

from support import converse

EN_COURSE = "Our data science course is {total} hours total and {practical} hours are exercises. Can it be certified as Re-Skills course?"
JA_COURSE = "{total}時間の講座で、演習が{practical}時間なんだけど、Re-Skillsの実習の条件って満たしてる？"

EN_STATED = [  # the increment and the new figures: the stated figures win
    "Correction: we added {add} hours of exercises. Now practical is {p} hours of total {t} hours.",
    "We added {add} more hours of practice, so practical is now {p} hours and the total is {t} hours.",
    "update: added another {add} hours of exercises -> practical {p} hours, total {t} hours",
]
EN_INCREMENT = [  # the increment alone: added to the previous practical hours and to the total
    "Correction: we added {add} hours of exercises.",
    "we've added {add} more hours of hands-on work",
    "Actually we increased it by {add} hours of practical work.",
]
JA_TARGET = [  # the new value with に; the total kept or restated
    "じゃあ演習を{p}時間に増やしたらどう？総時間は{t}時間のままで。",
    "演習を{p}時間に増やした場合はどうですか。総時間は{t}時間のままです。",
    "実習を{p}時間に変更したら？総時間は{t}時間で変わらず。",
]
JA_INCREMENT = [  # the increment with the total kept
    "演習を{add}時間増やしたら？総時間はそのままで。",
    "じゃあ演習をあと{add}時間追加したらどう？総時間は変えずに。",
]
FIGURES = [(80, 36, 10), (30, 12, 6), (120, 50, 15)]


def _call(reply):
    calls = [c for c in reply.tool_calls if c.name == "reskills_course_check"]
    assert calls, ("no Re-Skills check", reply.answer[:300])
    return calls[-1].args


@pytest.mark.parametrize("frame", EN_STATED)
@pytest.mark.parametrize("total,practical,add", FIGURES)
def test_english_stated_new_figures_win_over_the_increment(bot, frame, total, practical, add) -> None:
    p, t = practical + add, total + add
    args = _call(converse(bot, EN_COURSE.format(total=total, practical=practical), frame.format(add=add, p=p, t=t)))
    assert (args["practical_hours"], args["total_hours"]) == (p, t)


@pytest.mark.parametrize("frame", EN_INCREMENT)
@pytest.mark.parametrize("total,practical,add", FIGURES)
def test_english_an_increment_alone_adds_to_the_part_and_the_whole_and_says_so(bot, frame, total, practical, add) -> None:
    reply = converse(bot, EN_COURSE.format(total=total, practical=practical), frame.format(add=add))
    args = _call(reply)
    assert (args["practical_hours"], args["total_hours"]) == (practical + add, total + add)
    assumed = reply.answer.split("Assumed:")[1]
    assert f"added {add}" in assumed and str(practical + add) in assumed and str(total + add) in assumed


@pytest.mark.parametrize("frame", JA_TARGET)
@pytest.mark.parametrize("total,practical,add", FIGURES)
def test_japanese_a_value_with_ni_is_the_new_value(bot, frame, total, practical, add) -> None:
    p = practical + add
    args = _call(converse(bot, JA_COURSE.format(total=total, practical=practical), frame.format(p=p, t=total)))
    assert (args["practical_hours"], args["total_hours"]) == (p, total)


@pytest.mark.parametrize("frame", JA_INCREMENT)
@pytest.mark.parametrize("total,practical,add", FIGURES)
def test_japanese_an_increment_with_the_total_kept(bot, frame, total, practical, add) -> None:
    reply = converse(bot, JA_COURSE.format(total=total, practical=practical), frame.format(add=add))
    args = _call(reply)
    assert (args["practical_hours"], args["total_hours"]) == (practical + add, total)
    assert f"{add}時間を加えて" in reply.answer


@pytest.mark.parametrize("first,change,slot,expected", [
    ("required 1000 hours, related 600 hours, peripheral 400 hours. is this split ok?",
     "we cut 200 hours of peripheral work", "peripheral_hours", 200),
    ("required 1000 hours, related 600 hours, peripheral 400 hours. is this split ok?",
     "what if we add 150 more hours of required work?", "required_hours", 1150),
    ("必須業務1000時間、関連業務600時間、周辺業務400時間の計画は大丈夫？", "周辺業務を200時間減らしたら？", "peripheral_hours", 200),
    ("必須業務1000時間、関連業務600時間、周辺業務400時間の計画は大丈夫？", "必須業務を150時間増やしたら？", "required_hours", 1150),
])
def test_an_increment_of_a_training_plan_figure(bot, first, change, slot, expected) -> None:
    reply = converse(bot, first, change)
    calls = [c for c in reply.tool_calls if c.name == "training_time_split"]
    assert calls and calls[-1].args[slot] == expected


@pytest.mark.parametrize("change", ["we added 10 more hours", "Correction: we added 10 hours."])
def test_hours_added_to_no_named_figure_are_asked_about(bot, change) -> None:
    reply = converse(bot, EN_COURSE.format(total=80, practical=36), change)
    assert not [c for c in reply.tool_calls if c.name == "reskills_course_check"]
    assert "10" in reply.answer and "?" in reply.answer


# the same class over counts and days: "we hired 6 more staff", "職員が6人増えたら", "extend it by 10 days", "10日延長"
@pytest.mark.parametrize("first,change,tool,slot,expected", [
    ("We have 25 full-time employees. How many trainees can we accept?", "we hired 6 more staff",
     "trainee_quota", "full_time_employees", 31),
    ("We have 25 full-time employees. How many trainees can we accept?", "Correction: we've added 16 new employees",
     "trainee_quota", "full_time_employees", 41),
    ("We have 25 full-time employees. How many trainees can we accept?", "3 staff left last month",
     "trainee_quota", "full_time_employees", 22),
    ("常勤職員25人です。技能実習生は何人受け入れられますか？", "職員が6人増えたらどうなりますか？", "trainee_quota",
     "full_time_employees", 31),
    ("常勤職員25人です。技能実習生は何人受け入れられますか？", "訂正です、社員が3人退職しました。", "trainee_quota",
     "full_time_employees", 22),
    ("JIP support funds for a 20-day online internship?", "what if we extend it by 10 days?", "jip_support_funds",
     "days", 30),
    ("JIP support funds for a 20-day online internship?", "sorry, 5 more days", "jip_support_funds", "days", 25),
    ("JIP支援金はオンラインで20日間だといくらですか？", "10日延長したら？", "jip_support_funds", "days", 30),
    ("JIP支援金はオンラインで20日間だといくらですか？", "5日短縮したら？", "jip_support_funds", "days", 15),
])
def test_an_increment_of_a_count_or_days(bot, first, change, tool, slot, expected) -> None:
    reply = converse(bot, first, change)
    calls = [c for c in reply.tool_calls if c.name == tool]
    assert calls and calls[-1].args[slot] == expected, reply.answer[:300]


def test_trainees_hired_are_no_increment_of_the_staff() -> None:
    from tests.knowledge import repo_understander

    parsed = repo_understander().parse("実習生を3人採用したら？")
    assert "full_time_employees" not in parsed.increments


@pytest.mark.parametrize("first,change,expected", [
    (JA_COURSE.format(total=30, practical=12), "実習を10時間増やして、総時間も15時間増やしたら？", (22, 45)),
    (EN_COURSE.format(total=80, practical=36), "we added 10 hours of exercises and the total went up by 15 hours", (46, 95)),
    (EN_COURSE.format(total=80, practical=36), "we added 10 hours of exercises and increased the total by 12 hours", (46, 92)),
])
def test_a_whole_with_its_own_increment_takes_that_one(bot, first, change, expected) -> None:
    args = _call(converse(bot, first, change))
    assert (args["practical_hours"], args["total_hours"]) == expected
