"""A follow-up that turns to ANOTHER course ("and what about our cloud security course? 40 hours total, 22 of that is
labs", 「では、クラウドセキュリティの講座はどうですか？」) is checked as a new course: the basic IT exclusion, field and hours
held of the course before do not carry over (pack act ``new_course``; bot/agent/understand.py `_new_course`,
bot/agent/calculator_plan.py `plan_calculator`). The same course named again ("the same course", 「この講座」) keeps them."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

BASIC_EN = "can an 'Excel and PC basics for office workers' course get Re-Skills certification? 30 hours, 20 of them practice"
BASIC_JA = "「Excel・パソコン基礎」という講座はRe-Skillsの認定を受けられますか？30時間で、そのうち20時間が実習です。"


@pytest.mark.parametrize(("first", "then"), [
    (BASIC_EN, "ok understood. and what about our cloud security course? 40 hours total, 22 of that is labs/exercises, "
               "and it ends with a practical exam"),
    (BASIC_EN, "How about another course: cloud security, 40 hours, 22 hours of labs?"),
    (BASIC_EN, "What about our 'Cloud Security Essentials' course, 40 hours with 22 hours hands-on?"),
    (BASIC_JA, "わかりました。では、クラウドセキュリティの講座はどうですか？全40時間で、そのうち22時間が演習で、最後に実技試験があります。"),
    (BASIC_JA, "別の講座で、クラウドセキュリティが全40時間、そのうち演習が22時間です。認定は受けられますか？"),
], ids=["en-what-about-our-course", "en-another-course", "en-quoted-title", "ja-dewa-kouza-wa-dou", "ja-betsu-no-kouza"])
def test_another_course_does_not_carry_the_basic_it_exclusion(bot, first: str, then: str) -> None:
    from support import converse

    reply = converse(bot, first, then)
    checks = [call for call in reply.tool_calls if call.name == "reskills_course_check"]
    assert checks and checks[-1].args.get("basic_it_only") is not True
    assert (checks[-1].args["practical_hours"], checks[-1].args["total_hours"]) == (22, 40)


@pytest.mark.parametrize(("text", "new"), [
    ("and what about our cloud security course?", True),
    ("how about a second course on AI, 40h with 25h labs", True),
    ("what about the same course with 25 hours practice?", False),
    ("what about this course?", False),
    ("what about the course if we add 5 hours?", False),
    ("では、クラウドセキュリティの講座はどうですか？", True),
    ("もう一つの講座は全40時間です。", True),
    ("じゃあ、この講座は？", False),
    ("では同じ講座で演習を増やしたら？", False),
], ids=["en-our-named", "en-a-second", "en-same", "en-this", "en-the-course-if", "ja-dewa-named", "ja-mou-hitotsu",
        "ja-kono", "ja-onaji"])
def test_only_another_course_is_a_new_course(text: str, new: bool) -> None:
    assert UNDERSTANDER.parse(text).new_course is new
