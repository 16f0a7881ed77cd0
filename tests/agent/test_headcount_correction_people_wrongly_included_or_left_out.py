"""A correction saying N people were wrongly INCLUDED in the count given before takes them out of it, and one saying N
people were wrongly LEFT OUT adds them; the reply states the arithmetic. A correction that gives the number again
("no wait, 39", 「すみません、39人でした」) stays a replacement.

The class (ja7q-19): 「常勤42人の会社です」 then 「42人の中に、ベトナムの現地工場に駐在している社員3人を入れてしまっていました」 is
42 - 3 = 39 (before: the 3 was read as the count). Staff of an office abroad are named by the place, the office and how
they are there (駐在している, 出向中の, "3 of them are actually abroad", "3 of those 42 are overseas"); staff at a place in
Japan stay counted. People left out ("I forgot 3 drivers, they are full-time too", 「運転手3人を入れ忘れていました」,
「42人に運転手の3人が入っていませんでした」) are added; part-timers or trainees left out are never added (they do not count).
A count the correction states before the people left out ("sorry, mistake. 41 seishain, I forgot 3 new people from
April", 「すみません、45人でした。運転手3人を入れ忘れていました」) is the corrected count with them in it (forgotten_part_totals
``left_out``), never that count plus them.
"""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calls_named
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

EN_FIRST = "We have 42 full-time employees. How many technical intern trainees can we take?"
JA_FIRST = "常勤42人の会社です。技能実習生は何人まで受け入れられますか？"


@pytest.mark.parametrize("text", [
    "すみません、訂正です。42人の中に、ベトナムの現地工場に駐在している社員3人を入れてしまっていました。",
    "42人の中に、ベトナムの現地工場に駐在している社員3人が入っていました。",
    "42人には、ベトナムの工場に出向中の社員3人も含まれていました。",
    "sorry, those 42 included 3 people posted at our Vietnam plant",
    "We have 42 full-time staff, 3 of them are abroad.",
], ids=["ja-stationed", "ja-were-in", "ja-seconded", "en-posted", "en-are-abroad"])
def test_staff_abroad_said_in_the_count_come_out_of_it(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.slots.get("full_time_employees") == 39, (parsed.slots, parsed.parts)


@pytest.mark.parametrize("text,part", [
    ("sorry, I forgot 3 drivers, they are full-time too.", 3),
    ("sorry, I left out the 3 full-time drivers.", 3),
    ("we didn't count our 2 office staff", 2),
    ("すみません、訂正です。運転手3人を入れ忘れていました。", 3),
    ("すみません、42人に運転手の3人が入っていませんでした。彼らも常勤です。", 3),
    ("事務の2名が抜けていました。", 2),
    # one or two people said in words
    ("sorry, I forgot one driver, he is full-time too", 1),
    ("Oh, I forgot two office staff, they are full time as well.", 2),
    ("運転手を一人入れ忘れていました。", 1),
])
def test_people_left_out_are_an_increment(text: str, part: int) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.increments.get("full_time_employees") == part, (parsed.slots, parsed.increments)


@pytest.mark.parametrize("text", [
    "sorry, I forgot 3 part-time drivers.",
    "I forgot 2 trainees",
    "パート3人を入れ忘れていました",
    "パートさんの3人が入っていませんでした",
    "実習生3人は入っていませんでした",
])
def test_part_timers_or_trainees_left_out_add_nothing(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert "full_time_employees" not in parsed.increments, parsed.increments


@pytest.mark.parametrize("turns,count,said", [
    ([JA_FIRST, "すみません、訂正です。42人の中に、ベトナムの現地工場に駐在している社員3人を入れてしまっていました。"], 39,
     "42 − 3 = 39"),
    ([EN_FIRST, "sorry, correction: 3 of them are actually abroad"], 39, "42 − 3 = 39"),
    ([EN_FIRST, "oh wait, 3 of those 42 are overseas, at our Vietnam plant."], 39, "42 − 3 = 39"),
    ([EN_FIRST, "sorry, I forgot 3 drivers, they are full-time too."], 45, "you added 3 to the 42"),
    ([JA_FIRST, "すみません、訂正です。運転手3人を入れ忘れていました。"], 45, "42人に3人を加えて45人"),
], ids=["ja-included-abroad", "en-are-abroad", "en-of-those-overseas", "en-forgot", "ja-forgot"])
def test_the_quota_reruns_on_the_corrected_count_and_says_the_arithmetic(bot, turns: list[str], count: int,
                                                                         said: str) -> None:
    reply = converse(bot, *turns)
    assert [call.args["full_time_employees"] for call in calls_named(reply, "trainee_quota")] == [count], reply.answer
    assert said in reply.answer


@pytest.mark.parametrize("turns,count", [
    (["we have 38 seishain (full time). jisshusei how many ok?",
      "sorry, mistake. 41 seishain, I forgot 3 new people from April. how many now?"], 41),
    ([EN_FIRST, "sorry, mistake. 45 full-time, I forgot 3 drivers."], 45),
    ([JA_FIRST, "すみません、45人でした。運転手3人を入れ忘れていました。"], 45),
], ids=["en-new-people", "en-drivers", "ja-drivers"])
def test_a_count_stated_before_the_people_left_out_already_holds_them(bot, turns: list[str], count: int) -> None:
    reply = converse(bot, *turns)
    assert [call.args["full_time_employees"] for call in calls_named(reply, "trainee_quota")] == [count], reply.answer


@pytest.mark.parametrize("turns", [
    [EN_FIRST, "no wait, 39"],
    [JA_FIRST, "すみません、39人でした。"],
])
def test_a_number_given_again_replaces_the_count(bot, turns: list[str]) -> None:
    reply = converse(bot, *turns)
    assert [call.args["full_time_employees"] for call in calls_named(reply, "trainee_quota")] == [39], reply.answer
