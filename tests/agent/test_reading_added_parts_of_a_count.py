"""A group named beside a full-time count and added to it: one that counts by the rule (directors paid as employees and
working full-time, staff stated as full-time) is added, one that does not (a director not stated as paid as a worker)
is not, and the reply says both; the user's own total of them all ("私も入れれば51名") is a claim, not the count.
Before, 「常勤の社員が48名、使用人兼務役員が2名（…給与も出ていてフルタイム勤務）、それに代表取締役の私が1名」 ran the quota
on 48 (the rule: officers count only when paid as workers, so 48 + 2 = 50)."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

JA15 = ("金型メーカーの社長です。常勤の社員が48名、使用人兼務役員が2名（工場長と営業部長で、給与も出ていてフルタイム勤務）、"
        "それに代表取締役の私が1名。私も入れれば51名なので、基本人数枠は6名ですよね？申請前に念のため確認させてください。")


@pytest.mark.parametrize("text,count,notes", [
    (JA15, 50, ["assume.officers_added", "assume.officers_not_added"]),
    ("We have 48 full-time employees, plus 2 directors who are also employees (paid a salary, full-time), and 1 "
     "director (me, the CEO). Counting me that's 51, so the basic number is 6, right? How many trainees can we take?",
     50, ["assume.officers_added", "assume.officers_not_added"]),
    ("正社員40名、それに常勤の嘱託社員が3名います。実習生は何人まで？", 43, ["assume.full_time_added"]),
    ("We have 40 full-time employees plus 3 full-time contract staff. How many trainees can we accept?", 43,
     ["assume.full_time_added"]),
])
def test_a_group_that_counts_is_added_one_that_does_not_is_said(text: str, count: int, notes: list[str]) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert "trainee_quota" in parsed.intents
    assert parsed.slots["full_time_employees"] == count
    assert [k for k, _ in parsed.notes if k.startswith("assume.")] == notes


@pytest.mark.parametrize("text,count", [
    ("常勤は50名で、そのうち取締役が2名（従業員としての給与あり）です。何人受け入れられますか", 50),  # inside, not added
    ("We have 50 employees including 2 directors who are paid a salary. How many trainees?", 50),
    ("社員は45名、役員3名を含めての数です。受け入れ人数は？", 45),
    ("常勤30名、ほかに週3日勤務の非常勤職員6名がいます。何人まで？", 30),  # part-time staff are not added
    ("We have 28 full-timers and 10 part-timers. How many trainees can we take?", 28),
])
def test_a_group_inside_the_count_or_not_full_time_is_not_added(text: str, count: int) -> None:
    assert UNDERSTANDER.parse(text).slots["full_time_employees"] == count


def test_the_bot_runs_the_quota_on_the_counted_staff_and_says_why(bot) -> None:
    from support import converse

    reply = converse(bot, JA15)
    call = next(c for c in reply.tool_calls if c.name == "trainee_quota")
    assert call.args["full_time_employees"] == 50
    assert "48 + 2 = 50" in reply.answer


@pytest.mark.parametrize("text", [
    "小規模のデイサービスを運営しています。常勤の介護職員が18名、ほかに常勤の事務員3名と看護師2名がいます。介護の技能実習生は"
    "何人まで受け入れられますか？",
    "We run a care home with 18 full-time care workers, plus 3 full-time office staff. How many nursing care trainees "
    "can we take?",
])
def test_in_nursing_care_other_roles_are_never_added(text: str) -> None:
    """There only staff whose main job is care count (the nursing-care table)."""
    assert UNDERSTANDER.parse(text).slots["full_time_employees"] == 18
