"""R1: a total that includes people who are not full-time employees (round 2 of the reading work).

Generated over the class, not a phrasing: a total (digits, full-width digits, number words, any staff noun) that
"includes / incl. / of whom / of which / among them / そのうち / このうち / 内" N trainees or part-timers passes the total
minus N to the quota tool, in either order (the part named first or last), and the reply states the subtraction;
a part-timer stated with hours at or over the rule book's full-time hours a week is NOT subtracted (the reply says
so). Slot checks go through the Understander over the real packs; one reply per language runs the Bot.
"""

from __future__ import annotations

import itertools

import pytest

from bot.agent.understand import Understander
from support import converse
from tests.knowledge import repo_rules, repo_understander

RULES = repo_rules()
UNDERSTANDER = repo_understander()
FULL_TIME_HOURS = RULES.quota.full_time_definition.min_hours_per_week
WEEK_DAYS = RULES.quota.full_time_definition.min_days_per_week

WORDS = {60: "sixty", 45: "forty-five", 10: "ten", 5: "five", 12: "twelve", 80: "eighty"}
FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def count(text: str):
    parsed = UNDERSTANDER.parse(text)
    return parsed.slots.get("full_time_employees"), parsed


def en_total(total: int, form: str) -> str:
    return WORDS[total].capitalize() if form == "words" else str(total)


EN_PART_LAST = [
    "{total} people work in our factory, that includes {part} {who} who work {hours}",
    "We have {total} employees, including {part} {who} ({hours})",
    "We have {total} staff incl. {part} {who} working {hours}",
    "Our company has {total} employees, of whom {part} are {who} working {hours}",
    "{total} employees in total, of which {part} are {who}, {hours}",
    "We employ {total} people; among them {part} are {who} doing {hours}",
    "We have {total} employees and {part} of them are {who} working {hours}",
]
EN_PART_FIRST = [
    "{part} {who} who work {hours} among our {total} employees",
    "Including {part} {who} working {hours}, we have {total} employees",
]
EN_WHO = {"part-timers": "part", "part-time workers": "part", "part time staff": "part",
          "technical intern trainees": "trainee", "trainees": "trainee"}
UNDER = ["4h a day", "20 hours a week", "25 hrs per week", "5 hours a day"]
OVER = ["35 hours a week", "7 hours a day", f"{int(FULL_TIME_HOURS)} hours a week"]


def en_cases():
    for frame, (who, kind), form in itertools.product(EN_PART_LAST + EN_PART_FIRST, EN_WHO.items(),
                                                      ("digits", "words")):
        for total, part in ((60, 10), (45, 5)):
            hours = UNDER[(total + len(frame)) % len(UNDER)]
            said = WORDS[part] if form == "words" else part
            text = frame.format(total=en_total(total, form), part=said, who=who, hours=hours)
            yield pytest.param(text + ". How many trainees can we accept?", total - part, id=text[:60])


@pytest.mark.parametrize("text,expected", list(en_cases()))
def test_english_total_minus_the_part_that_does_not_count(text: str, expected: int) -> None:
    value, parsed = count(text)
    assert value == expected, (text, parsed.slots)
    assert parsed.notes, "the reply must state the subtraction"


@pytest.mark.parametrize("frame", EN_PART_LAST + EN_PART_FIRST)
@pytest.mark.parametrize("hours", OVER)
def test_english_part_timers_at_full_time_hours_stay_counted(frame: str, hours: str) -> None:
    text = frame.format(total=60, part=10, who="part-timers", hours=hours) + ". How many trainees can we accept?"
    value, parsed = count(text)
    assert value == 60, (text, parsed.slots)
    assert [key for key, _ in parsed.notes] == ["reading.part_timers_kept"], parsed.notes


JA_FRAMES = [
    "社員は全部で{total}人です。ただ、そのうち{part}人は{hours}くらいの{who}です",
    "従業員は{total}名で、このうち{part}名が{hours}の{who}です",
    "常勤職員は{total}人います。内{part}人は{who}（{hours}）です",
    "スタッフは{total}人、そのうち{who}が{part}人（{hours}）います",
    "{who}が{part}人（{hours}）含まれていますが、社員は全部で{total}人です",
]
JA_WHO = {"パートさん": "part", "パート": "part", "アルバイト": "part", "非常勤の方": "part"}
JA_UNDER = ["週20時間", "1日4時間", "週25時間"]
JA_OVER = ["週35時間", "1日7時間"]


def ja_cases():
    for frame, who, width in itertools.product(JA_FRAMES, JA_WHO, ("ascii", "full")):
        for total, part in ((60, 10), (45, 5)):
            hours = JA_UNDER[(total + len(frame)) % len(JA_UNDER)]
            text = frame.format(total=total, part=part, who=who, hours=hours) + "。実習生は何人受け入れられますか？"
            if width == "full":
                text = text.translate(FULLWIDTH)
            yield pytest.param(text, total - part, id=text[:40])
    for total, part, width in itertools.product((45, 60), (5, 12), ("ascii", "full")):
        for frame in ("正社員が{total}名いますが、そのうち{part}名はベトナムからの技能実習生です",
                      "社員{total}人（このうち技能実習生が{part}人）です", "従業員は{total}人で、内{part}人は実習生です"):
            text = frame.format(total=total, part=part) + "。受け入れ人数は？"
            if width == "full":
                text = text.translate(FULLWIDTH)
            yield pytest.param(text, total - part, id=text[:40])


@pytest.mark.parametrize("text,expected", list(ja_cases()))
def test_japanese_total_minus_the_part_that_does_not_count(text: str, expected: int) -> None:
    value, parsed = count(text)
    assert value == expected, (text, parsed.slots)
    assert parsed.notes


@pytest.mark.parametrize("frame", JA_FRAMES)
@pytest.mark.parametrize("hours", JA_OVER)
def test_japanese_part_timers_at_full_time_hours_stay_counted(frame: str, hours: str) -> None:
    text = frame.format(total=60, part=10, who="パート", hours=hours) + "。実習生は何人受け入れられますか？"
    value, parsed = count(text)
    assert value == 60, (text, parsed.slots)
    assert [key for key, _ in parsed.notes] == ["reading.part_timers_kept"], parsed.notes


def test_a_day_of_hours_is_counted_over_the_rule_books_working_week() -> None:
    hours_a_day = FULL_TIME_HOURS / WEEK_DAYS
    under = int(hours_a_day) - 1
    value, _ = count(f"We have 60 employees, including 10 part-timers who work {under}h a day. Our quota?")
    assert value == 50


@pytest.mark.parametrize("turns,says", [
    (("Sixty people work in our factory, that includes ten part-timers who work 4h a day. "
      "How many trainees can we accept?",), ["60 − 10 part-timers = 50"]),
    (("社員は全部で60人です。ただ、そのうち10人は週20時間くらいのパートさん。実習生は何人受け入れられますか？",),
     ["60 − パート10人 = 50"]),
    (("正社員が４５名いますが、そのうち５名はベトナムからの技能実習生です。受け入れ人数は？",), ["45 − 5 = 40"]),
    (("We have 60 employees including 10 part-timers working 35 hours a week. How many trainees can we accept?",),
     ["kept them in the 60"]),
])
def test_the_reply_states_the_subtraction_and_why(bot, turns: tuple, says: list[str]) -> None:
    reply = converse(bot, *turns)
    call = [c for c in reply.tool_calls if c.name == "trainee_quota"][-1]
    text = reply.answer + reply.details
    for word in says:
        assert word in text, reply.answer
    assert call.args["full_time_employees"] == int(says[0].split("= ")[-1]) if "=" in says[0] else 60
