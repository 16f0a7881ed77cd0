"""Follow-ups and corrections fill the pending task (batch f, class 2) instead of being refused as knowledge
questions. The class, as generated variants:

- a care facility's count of caregivers, singular or plural, "fulltime" before or after, starts the nursing-care
  quota ("care facility here, 8 caregiver fulltime. how many trainee can?");
- "total fulltime caregiver is N" (and its variants) replaces the count of a correction, whatever number the
  correction names before it ("wait sorry, 8 is only night shift. total ...");
- a course someone runs, offers or develops asked about for Re-Skills certification starts the Re-Skills check;
- a practical part given as a share of a stated total ("36 hours in total, and exactly half of that is hands-on
  exercises", "その半分が演習") is that share of the total: the task derives the practical hours.
"""

from __future__ import annotations

import itertools

import pytest

from bot.agent import nlu
from support import converse
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


def _calculator(reply):
    calls = [call for call in reply.tool_calls if call.name != "search_knowledge"]
    assert calls, (reply.answer, reply.tool_calls)
    return calls[-1]


CARE_FIRST = [
    "care facility here, {n} caregiver fulltime. how many trainee can?",
    "care facility here, {n} fulltime caregiver. how many trainees can we accept?",
    "we run a nursing home with {n} caregivers full-time. how many trainees can we accept?",
    "kaigo facility, {n} care worker fulltime. how many jisshusei can we take?",
]
CARE_CORRECTION = [
    "wait sorry mali, {m} is only night shift. total fulltime caregiver is {n}",
    "sorry, {m} was only the night shift. total caregivers are {n}",
    "oh wait, {m} is night shift only. our full-time caregivers are {n}",
    "my mistake, {m} is only the night shift. the total full-time care workers is {n}",
]


@pytest.mark.parametrize("template,n", list(itertools.product(CARE_FIRST, (8, 14, 25))))
def test_a_care_facility_count_starts_the_nursing_quota(template: str, n: int) -> None:
    parsed = UNDERSTANDER.parse(template.format(n=n))
    assert nlu.QUOTA in parsed.intents + parsed.implied
    assert parsed.slots.get("full_time_employees") == n
    assert parsed.slots.get("occupation") == "nursing_care"


@pytest.mark.parametrize("template,m,n", [(t, m, n) for t in CARE_CORRECTION for m, n in ((8, 14), (12, 31))])
def test_a_total_of_caregivers_replaces_the_count(template: str, m: int, n: int) -> None:
    parsed = UNDERSTANDER.parse(template.format(m=m, n=n))
    assert parsed.slots.get("full_time_employees") == n
    assert parsed.correction


@pytest.mark.parametrize("first", CARE_FIRST[:2])
@pytest.mark.parametrize("correction", CARE_CORRECTION[:2])
def test_the_correction_recomputes_the_nursing_quota(bot, first: str, correction: str) -> None:
    call = _calculator(converse(bot, first.format(n=8), correction.format(m=8, n=14)))
    assert call.name == "trainee_quota"
    assert call.args.get("full_time_employees") == 14
    assert call.args.get("occupation") == "nursing_care"


OWN_COURSE = [
    "A student's employer runs an IoT data analytics course and wants METI Re-Skills certification. Would it qualify?",
    "Our partner offers a cloud computing course and wants Re-Skills certification. Is it eligible?",
    "My company developed an AI bootcamp. Could it qualify for Re-Skills certification?",
]
SHARE_OF_TOTAL = [
    ("It's {t} hours in total, and exactly half of that is hands-on exercises and project presentations.", 50),
    ("{t} hours in total; half of it is practical work.", 50),
    ("The course is {t} hours and practical work is half.", 50),
    ("{t} hours overall, and a quarter of that is lab exercises.", 25),
    ("全部で{t}時間で、その半分が演習です。", 50),
]


@pytest.mark.parametrize("text", OWN_COURSE)
def test_a_course_someone_runs_asked_about_starts_the_reskills_check(text: str) -> None:
    assert UNDERSTANDER.parse(text).intents == [nlu.RESKILLS]


@pytest.mark.parametrize("template,share", SHARE_OF_TOTAL)
@pytest.mark.parametrize("total", (36, 40, 90))
def test_a_share_of_the_stated_total_is_read(template: str, share: int, total: int) -> None:
    parsed = UNDERSTANDER.parse(template.format(t=total))
    assert parsed.slots.get("total_hours") == total
    assert parsed.slots.get("practical_share") == share


@pytest.mark.parametrize("first", OWN_COURSE[:2])
@pytest.mark.parametrize("template,share", SHARE_OF_TOTAL[:2])
def test_the_share_fills_the_reskills_check(bot, first: str, template: str, share: int) -> None:
    call = _calculator(converse(bot, first, template.format(t=36)))
    assert call.name == "reskills_course_check"
    assert call.args.get("total_hours") == 36
    assert call.args.get("practical_hours") == 36 * share / 100
