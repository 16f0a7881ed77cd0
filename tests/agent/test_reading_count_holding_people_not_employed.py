"""A count said to hold people who are not the company's employees now (knowledge/nlu/*.yaml ``contained_parts``).

The class: a count (given now or corrected after an earlier turn) said to include trainees together with staff of
another company (dispatched by an agency, "haken", contractors: 派遣・業務委託) or people hired who have not joined yet
(内定者, "new grads starting in April"): every such part comes out of the count (45 − 6 − 3 = 36, 205 − 6 − 8 = 191) and
the reply says the subtraction.
"""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calls_named, slots_of

ONE_MESSAGE = [
    ("We have 45 people on the payroll, including 6 trainees and 3 haken workers from an agency. How many trainees can "
     "we take?", 36),
    ("Our 60 staff include 4 trainees and 5 agency temps. What is our quota?", 51),
    ("The 80 employees I mentioned include 6 new grads who will join in April and 2 dispatched workers. Quota?", 72),
    ("従業員は50名で、そのうち派遣社員が5名、技能実習生が3名います。実習生は何人まで受け入れられますか？", 42),
    ("120人という数字に、内定者10人と技能実習生6人が含まれています。1号の枠は？", 104),
    ("さっきの53名ですが、業務委託のスタッフ3名と実習生4名も入れて数えてました。", 46),
]


@pytest.mark.parametrize(("text", "count"), ONE_MESSAGE)
def test_people_not_employed_come_out_of_the_count(text, count) -> None:
    assert slots_of(text).get("full_time_employees") == count


CORRECTIONS = [
    ("How many technical intern trainees can a small factory with 45 people take?",
     "oh wait sorry, I counted wrong. the 45 includes the 6 trainees we already have (3 first year, 3 second year) and "
     "3 haken guys from an agency, they are not our employees. all the others are full-time. can you recalculate?",
     36, "45 − 6 − 3 = 36"),
    ("正社員が205人の会社です。技能実習生（1号）は同時に何人まで受け入れられますか？",
     "すみません、訂正させてください。205人という数字に、来年4月入社予定でまだ入社していない内定者6人と、いま在籍している技能実習生8人が"
     "含まれていました。この2つを除いて計算し直すとどうなりますか？",
     191, "205 − 6 − 8 = 191"),
]


@pytest.mark.parametrize(("first", "second", "count", "said"), CORRECTIONS, ids=["en", "ja"])
def test_a_correction_takes_the_parts_not_employed_out_of_the_earlier_count(bot, first, second, count, said) -> None:
    reply = converse(bot, first, second)
    assert [call.args["full_time_employees"] for call in calls_named(reply, "trainee_quota")] == [count]
    assert said in reply.answer
