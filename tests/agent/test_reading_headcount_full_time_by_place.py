"""A full-time count given place by place, with part-timers and trainees beside it (knowledge/nlu/establishments.yaml
``site``; knowledge/nlu/ja.yaml ``numbers``).

The class: "Full-time staff right now: main shop 14, station shop 9, central kitchen + office 5. On top of that about 6
part-timers and 2 trainees", 「常勤は本店14名、駅前店9名、セントラルキッチン5名」: each place (a shop, store, outlet,
restaurant or kitchen, named by a word of any case before its kind) is a site, and for a general occupation
the count is the sites' sum (28), never a question back; the part-timers and trainees beside it are not added. A total
said over the places (「常勤職員数は本社と3工場の合計で425名」「従業員は3店舗の合計で40名」) is the count.
"""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calls_named, slots_of

BY_PLACE = [
    ("I own a small chain of 3 bakeries. Full-time staff right now: main shop 14, station shop 9, central kitchen + "
     "office 5. On top of that we have about 6 part-timers (students, 3-4 hours a day) and 2 Vietnamese trainees who "
     "are already with us (No.1). How many trainees can we have at the same time for No.1 and for No.2?", 28),
    ("Full-time: Shibuya store 12, Shinjuku store 8, Yokohama store 4. Plus 10 part-timers. How many trainees?", 24),
    ("We run 3 restaurants. Full-time staff: Ginza restaurant 11, airport restaurant 7, central kitchen 6. What is our "
     "trainee quota?", 24),
    ("Our full-time employees: Osaka shop 20 and Kobe shop 11. How many No.1 trainees at once?", 31),
    ("常勤の従業員は本店14名、駅前店9名、セントラルキッチン5名です。ほかにパートが6名、技能実習生（1号）が2名います。1号と2号は何人まで？", 28),
    ("常勤は本店が14人、駅前店が9人、工場が5人です。実習生は何人まで受け入れられますか？", 28),
    ("渋谷店：常勤12名、新宿店：常勤8名、倉庫：常勤4名。実習生の上限は？", 24),
]

TOTAL_OVER_PLACES = [
    ("監理団体の担当者です。受入れ企業さんの常勤職員数は本社と３工場の合計で４２５名（技能実習生は含みません）。この企業は優良な実習実施者で、"
     "うちは一般監理団体です。\n１号・２号・３号それぞれ、同時に在籍できる上限人数を教えてください。", 425),
    ("常勤職員は本社と2工場の合計で150名です。実習生は何人まで？", 150),
    ("正社員は全拠点の合計で320名（実習生は含まない）。1号の上限は？", 320),
    ("従業員は3店舗の合計で40名です。実習生は何人まで？", 40),
]


@pytest.mark.parametrize(("text", "count"), BY_PLACE + TOTAL_OVER_PLACES)
def test_full_time_staff_by_place_is_their_sum(text: str, count: int) -> None:
    assert slots_of(text).get("full_time_employees") == count


@pytest.mark.parametrize(("text", "count", "excellent"), [(*BY_PLACE[0], False), (*BY_PLACE[4], False),
                                                          (*TOTAL_OVER_PLACES[0], True)])
def test_the_quota_runs_on_the_places_sum(bot, text: str, count: int, excellent: bool) -> None:
    reply = converse(bot, text)
    calls = calls_named(reply, "trainee_quota")
    assert [c.args["full_time_employees"] for c in calls] == [count], reply.tool_calls
    assert bool(calls[0].args.get("excellent")) is excellent
    assert str(count) in reply.answer.replace("４２５", "425")
