"""A pasted rule, then the user's own figures and "what does it mean for us (in practice)?" / "how does this apply to
us?" / 「うちの場合はどうなりますか」: the calculator runs on the user's figures (never on the rule's threshold), and no
part is said left out of a difference between the rule's threshold and the user's count."""

from __future__ import annotations

import pytest

from tests.agent.reading_checks import calls_named, slots_of
from support import converse

NURSING_EN = (
    "Our supervising org sent us this line and I don't get it: '*For nursing care occupations, full-time employees are "
    "limited to those whose main job is nursing care. In addition, if the recipient company is small (with less than 30 "
    "full-time employees), the maximum number of recipients per year is limited to 10% of the number of full-time "
    "employees.' What does it mean for us in practice? We're a day service center with 25 full-time care workers.")
NURSING_JA = (
    "監理団体からこの一文が送られてきましたが、よくわかりません：「介護職種については、常勤職員数は主たる業務が介護である者に限ります。"
    "また、常勤職員30人以下の小規模な受入れ企業の場合、年間の受入れ上限は常勤職員数の10％です。」うちの場合はどうなりますか？"
    "常勤の介護職員が25人のデイサービスです。")


@pytest.mark.parametrize("text, tool, args", [
    (NURSING_EN, "trainee_quota", {"full_time_employees": 25, "occupation": "nursing_care"}),
    (NURSING_JA, "trainee_quota", {"full_time_employees": 25, "occupation": "nursing_care"}),
    ("The rule says: 'the number of full-time employees does not include technical intern trainees'. How does this "
     "apply to us? We have 52 full-time employees.", "trainee_quota", {"full_time_employees": 52}),
    ("I read that practical courses must be at least 50% of the curricula. What would that mean for our course in "
     "practice? It's 60 hours total with 24 hours of exercises.", "reskills_course_check",
     {"practical_hours": 24, "total_hours": 60}),
])
def test_the_calculator_runs_on_the_users_figures(bot, text, tool, args):
    reply = converse(bot, text)
    assert not reply.refused
    calls = calls_named(reply, tool)
    assert calls and all(calls[0].args.get(k) == v for k, v in args.items()), reply.tool_calls


def test_no_part_is_said_left_out_of_the_rules_threshold(bot):
    reply = converse(bot, NURSING_EN)
    assert "in other roles" not in reply.answer and "30 − 5" not in reply.answer
    assert slots_of(NURSING_EN).get("full_time_employees") == 25


@pytest.mark.parametrize("text", [
    "What does the nursing care rule mean for small companies?",
    "How does this rule apply to companies with fewer than 30 staff?",
])
def test_a_rule_asked_of_others_with_no_own_figures_runs_no_calculator(bot, text):
    reply = converse(bot, text)
    assert not calls_named(reply, "trainee_quota")
