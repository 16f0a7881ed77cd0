"""A sentence with the figures of the task asked is never an introduction: its numbers are read and the calculator
starts ("We are preparing a course for a client: 60 hours in total, of which 40 hours are exercises. Does it meet
the Re-Skills requirements?"). The figures are read however the user writes them: the practical part named by what
it is made of (「演習・発表など実習にあたる部分が40時間」), "staffs", a remark in brackets after the staff word."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

LEADS = ["We are preparing a machine-learning (AI) course for a client: {t} hours in total, of which {p} hours are "
         "hands-on exercises and presentations.",
         "I'm planning a data course for a customer: {t} hours in total, of which {p} hours are practical work.",
         "We are building a cloud course, {t} hours overall, with {p} hours of hands-on exercises."]
QUESTIONS = ["Does it meet the Re-Skills requirements?", "Can it be certified?", "Is that OK for Re-Skills?"]


@pytest.mark.parametrize("question", QUESTIONS)
@pytest.mark.parametrize("lead", LEADS)
@pytest.mark.parametrize("total,practical", [(60, 40), (90, 30), (120, 61)])
def test_a_lead_with_the_task_figures_is_read(lead: str, question: str, total: int, practical: int) -> None:
    parsed = UNDERSTANDER.parse(lead.format(t=total, p=practical) + " " + question)
    assert parsed.slots.get("total_hours") == total
    assert parsed.slots.get("practical_hours") == practical
    assert "reskills_course_check" in parsed.intents + parsed.implied


@pytest.mark.parametrize("text", [
    "社内向けではなく外部向けに、AI（機械学習）の実践講座を開設する構想がございます。全体で60時間、そのうち演習・発表など"
    "実習にあたる部分が40時間の予定ですが、Re-Skills講座の実習比率の要件は満たしますでしょうか。",
    "外部向けの講座を作る予定です。全体で60時間、演習など実習に当たる部分が40時間です。Reスキルの要件を満たしますか。",
    "講座は全体で60時間、うち演習・発表の部分が40時間です。Re-Skillsの実習比率は大丈夫ですか。",
])
def test_japanese_practical_part_named_by_what_it_is(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert (parsed.slots.get("total_hours"), parsed.slots.get("practical_hours")) == (60, 40)


@pytest.mark.parametrize("text", [
    "my company have 45 staffs full time (not count intern). how many technical intern we can take?",
    "we have 45 staffs. how many technical intern we can take?",
    "45 full time staffs here, how many trainees can we accept?",
])
def test_staffs_is_a_staff_count(text: str) -> None:
    assert UNDERSTANDER.parse(text).slots.get("full_time_employees") == 45


@pytest.mark.parametrize("remark", ["（主たる業務が介護の者）", "（実習生を除く）", "(主に介護)"])
@pytest.mark.parametrize("staff", ["常勤介護職員", "常勤職員", "介護職員"])
def test_a_bracketed_remark_after_the_staff_word_keeps_the_count(staff: str, remark: str) -> None:
    text = f"介護職種の件です。当該事業所の{staff}{remark}は15名、優良ではない一般の実習実施者です。第1号の人数枠を教えてください。"
    assert UNDERSTANDER.parse(text).slots.get("full_time_employees") == 15
