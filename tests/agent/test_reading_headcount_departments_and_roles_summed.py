"""Staff counted by department or by role with no count noun, summed (pack ``group_sums``).

The class: a workforce told as the people of each department or job, the number first ("5 in the office, 22 on the
floor, 3 drivers, all full time") or each department said to be full-time on its own line (「・製造部　正社員21名」
「・品質管理課　正社員4名」, "production: 40 full-time, office: 9 full-time"), is the departments' sum: never the first
department's number, never a question back for the count. Directors paid only as directors, part-timers and trainees
listed beside them are no department; a part-time group ("2 part time cleaning ladies") is not added. A case counted
per establishment (nursing care) keeps each site's count.
"""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calls_named, slots_of

SUMMED = [
    ("en", "we have 5 in the office, 22 on the floor (welders, grinders), 3 drivers, all full time. plus 2 part time "
           "cleaning ladies 3 days a week. not counting me. how many trainees can we take?", 30),
    ("en", "Our people: 12 on the production line, 4 in the warehouse and 2 in the office. All of them are full-time. "
           "What is our trainee quota?", 18),
    ("en", "We employ 8 welders, 6 machinists, 3 drivers and 2 office staff, all full-time. How many interns?", 19),
    ("en", "production: 40 full-time, office: 9 full-time, warehouse 11 part-time. How many trainees can we accept?", 49),
    ("en", "40 full-time on the line and 9 full-time in the office. Trainee limit?", 49),
    ("ja", "当社の人員です。\n・役員（社長・専務）2名 ※役員報酬のみ\n・製造部 正社員21名\n・品質管理課 正社員4名\n・総務・営業 正社員5名\n"
           "・パート（週3日）6名\n・技能実習生（1号）3名\n1号と2号は何名まで？", 30),
    ("ja", "製造部に正社員21名、品質管理課に正社員4名、総務に正社員5名います。実習生は何人まで受け入れられますか？", 30),
    ("ja", "・製造課：常勤12名\n・検査課：常勤6名\n・事務：常勤3名\n・アルバイト：4名\n技能実習生の受入れ枠を教えてください。", 21),
]


@pytest.mark.parametrize(("lang", "text", "count"), SUMMED, ids=[f"{lang}-{i}" for i, (lang, _, _) in enumerate(SUMMED)])
def test_departments_or_roles_told_by_their_numbers_are_summed(lang: str, text: str, count: int) -> None:
    assert slots_of(text).get("full_time_employees") == count


@pytest.mark.parametrize(("text", "said"), [
    ("hi, i run a small metal shop in saitama. we have 5 in the office, 22 on the floor (welders, grinders), 3 drivers, "
     "all full time. plus 2 part time cleaning ladies 3 days a week. not counting me. we want vietnamese technical "
     "interns, how many can we take at the same time for 1st year and 2nd year? we are not excellent or anything",
     "5 + 22 + 3 = 30"),
    ("人事担当です。当社の人員は次のとおりです。\n・役員（社長・専務）２名　※役員報酬のみで、労働者としての給与は出ていません\n"
     "・製造部　正社員２１名\n・品質管理課　正社員４名\n・総務・営業　正社員５名\n・パート（週３日・１日５時間）６名\n"
     "・技能実習生（１号）３名\n正社員は全員週５日・週４０時間勤務です。優良認定は受けていません。１号と２号、それぞれ同時に何名まで受け入れられますか？",
     "21 + 4 + 5 = 30"),
], ids=["en", "ja"])
def test_the_quota_runs_on_the_departments_sum_and_says_it(bot, text: str, said: str) -> None:
    reply = converse(bot, text)
    assert [call.args["full_time_employees"] for call in calls_named(reply, "trainee_quota")] == [30], reply.answer
    assert said in reply.answer


@pytest.mark.parametrize("text", [
    "We run nursing care homes: Funabashi has 18 full time care staff, Kashiwa has 12. How many trainees?",
    "介護施設です。・A施設：常勤18名\n・B施設：常勤12名\n介護職種で実習生は何人まで？",
], ids=["en", "ja"])
def test_a_case_counted_per_establishment_keeps_each_sites_count(bot, text: str) -> None:
    reply = converse(bot, text)
    counts = sorted(call.args["full_time_employees"] for call in calls_named(reply, "trainee_quota"))
    assert counts == [12, 18], reply.tool_calls
