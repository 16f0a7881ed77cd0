"""Class: a rule's own figure inside a knowledge question is no course data (fresh batch 07c: en7c-19, "Besides the
50% practical part, what else does a course need to get certified as a Re-Skills course?" started the course check and
asked for hours; 「Reスキル講座に認定されたら、受講生は自動で教育訓練給付をもらえますか？」 started it with no figure at all).
A course check needs the user's own course figures: a practical share named as the rule's ("besides the 50% practical
part", "the 50% practical requirement", 「実習50%以上のほかに」) is the rule's threshold, and a certification said as a
premise ("once a course is certified", 「認定されたら」) asks what follows it. With the user's own hours beside them the
course is still checked."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text", [
    "Besides the 50% practical part, what else does a course need to get certified as a Re-Skills course? And what is "
    "required of the organization that runs it?",
    "Apart from the 50% practical rule, what are the other conditions for Re-Skills certification?",
    "Other than the 50% hands-on requirement, what does a Re-Skills course need?",
    "Reスキル講座の認定には実習50%以上のほかに何が必要ですか？",
    "実習50%以上という要件以外に、Reスキル講座の認定条件は何がありますか？",
    "Reスキル講座に認定されたら、受講生は自動で教育訓練給付をもらえますか？",
    "認定を受けた後、講座の内容を変えるときは届け出が必要ですか？",
    "Once a course is certified as a Re-Skills course, do students automatically get the education and training benefit?",
    "If our course gets certified, do participants automatically receive the training benefit?",
])
def test_the_rules_figure_or_premise_asks_knowledge(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert "practical_share" not in parsed.slots, parsed.slots
    assert "reskills_course_check" not in parsed.intents
    assert parsed.asks_knowledge


@pytest.mark.parametrize("text,expected", [
    ("Our course is 40 hours with 15 hours of practice. Does it meet the 50% practical requirement?",
     {"total_hours": 40, "practical_hours": 15}),
    ("コースは全40時間で、実習は15時間です。実習50%以上という要件を満たしていますか？", {"total_hours": 40, "practical_hours": 15}),
    ("Our course is 40h with 25h hands-on. If it is certified, can students get the benefit?",
     {"total_hours": 40, "practical_hours": 25}),
    ("Our 40-hour course is 60% practical. Is that enough for Re-Skills?", {"total_hours": 40, "practical_share": 60}),
])
def test_the_users_own_course_figures_still_check_it(text: str, expected: dict) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert {k: parsed.slots.get(k) for k in expected} == expected, parsed.slots
    assert "reskills_course_check" in parsed.intents


@pytest.mark.parametrize("text", [
    "Is our course eligible for Re-Skills certification?",
    "うちの講座はReスキル講座に認定されますか？",
])
def test_an_own_course_without_figures_is_still_the_check(text: str) -> None:
    assert "reskills_course_check" in UNDERSTANDER.parse(text).intents


@pytest.mark.parametrize("text", [
    "And if we are certified as an excellent organization?",
    "We have 45 full-time staff. If we get certified as excellent, how many trainees can we take?",
    "もし将来うちが優良認定を受けたら、1号の枠はどうなりますか？",
    "常勤45名です。優良な実習実施者の認定を受けたら、上限はどう変わりますか？",
])
def test_a_certification_of_the_organization_is_no_course_premise(text: str) -> None:
    assert not UNDERSTANDER.parse(text).asks_knowledge


@pytest.mark.parametrize("text,expected", [
    ("Besides the 50% practical part, what else does a course need to get certified as a Re-Skills course? And what is "
     "required of the organization that runs it?", "lecturer"),
    ("Reスキル講座に認定されたら、受講生は自動で教育訓練給付をもらえますか？", "自動的にはなりません"),
])
def test_the_reply_is_a_knowledge_answer(bot, text: str, expected: str) -> None:
    from support import converse

    reply = converse(bot, text)
    assert not reply.follow_up and not any(c.name == "reskills_course_check" for c in reply.tool_calls)
    assert expected in reply.answer


@pytest.mark.parametrize("text", [
    "Re-Skills certification: apart from the course requirements (50% practical etc.), what does METI require from the "
    "organisation that runs the course?",
    "Besides the course rules (e.g. 50% practical), what else is needed from the provider for Re-Skills?",
    "Other than the course conditions: 50% hands-on and so on, what does the organisation need for Re-Skills "
    "certification?",
    "Reスキル講座の認定で、講座の要件（実習50%以上など）以外に、講座を運営する事業者には何が求められますか？",
    "実習50%などの講座要件のほかに、実施機関に求められることは何ですか？Reスキルの話です。",
], ids=["en-requirements-in-brackets", "en-rules-eg", "en-conditions-colon", "ja-youken-kakko", "ja-nado-no-youken"])
def test_the_rules_figure_given_as_an_example_of_the_requirements_is_no_course_data(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert "practical_share" not in parsed.slots, parsed.slots
    assert "reskills_course_check" not in parsed.intents
