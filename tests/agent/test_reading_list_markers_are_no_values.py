"""Class: the marker of a numbered ask is no value (fresh batch 05f: ja5f-19 read 「②日本語ができない人は…」 as 2 days).

Circled numbers (①-⑳, normalised to digits beside the ask's first word), "1)", "(2)", "3.", "Q2:", 「第2問」 number the
asks of a message; the value of a calculator is the figure with its unit ("90日間", "45 staff"), in every calculator,
EN and JA."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

JIP_JA = [
    "JIPについてまとめて質問させてください。①年齢制限は何歳から何歳までで、いつ時点の年齢ですか？②日本語ができない人は応募できませんか？"
    "③対面型とオンライン型で活動支援金の日額はいくらですか？④対面で90日間インターンした場合、支援金の合計はいくらになりますか？",
    "JIPについて質問です。1)年齢制限は？2)日本語ができない人は応募できますか？3)対面で90日間インターンした場合、支援金の合計は？",
    "JIPについて質問です。(1)年齢制限は？(2)日本語ができない人は応募できますか？(3)対面で90日間インターンした場合、支援金の合計は？",
    "JIPについて質問です。1.年齢制限は？2.日本語ができない人は応募できますか？3.対面で90日間インターンした場合、支援金の合計は？",
    "JIPについて質問です。Q1:年齢制限は？Q2:日本語ができない人は応募できますか？Q3:対面で90日間インターンした場合、支援金の合計は？",
    "JIPについて質問です。第1問：年齢制限は？第2問：日本語ができない人は応募できますか？第3問：対面で90日間インターンした場合、支援金の合計は？",
]
JIP_EN = [
    "Questions: (1) is there an age limit? (2) 90 days in person internship, how much support money in total?",
    "① is there an age limit? ② days of support for a 90 day in-person internship, total?",
    "Two things. 1. Age limit? 2. Days: a 90 day in-person internship, how much support money in total?",
    "Q1: is there an age limit? Q2: 90 days in person internship, how much support money in total?",
]


@pytest.mark.parametrize("text", JIP_JA + JIP_EN)
def test_the_days_are_the_figure_with_its_unit(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.slots.get("days") == 90
    assert parsed.slots.get("mode") == "in_person"
    assert "age" not in parsed.slots and "total_hours" not in parsed.slots


@pytest.mark.parametrize("text", [
    "A few questions: 1) what is the quota rule? 2) we have 45 staff, how many trainees can we take?",
    "2) we have 45 full-time staff. How many trainees?",
    "Q2: we have 45 full-time staff. How many trainees?",
    "1) what is the quota? 2) 45 full-time staff, how many trainees?",
    "(3) 45 full-time staff, how many trainees can we take?",
    "①技能実習の人数枠について。②常勤職員45人です。何人受け入れられますか？",
    "1. 年齢制限は？ 2. 常勤職員45人の会社で実習生は何人？",
    "⑵常勤職員は45人です。実習生は何人まで受け入れられますか？",
])
def test_a_quota_reads_the_staff_count_not_the_marker(text: str) -> None:
    assert UNDERSTANDER.parse(text).slots.get("full_time_employees") == 45


@pytest.mark.parametrize("text,expected", [
    ("Plan: 1) required 600 hours 2) related 300 hours 3) peripheral 100 hours. OK?",
     {"required_hours": 600, "related_hours": 300, "peripheral_hours": 100}),
    ("①必須業務600時間、②関連業務300時間、③周辺業務100時間の計画です。大丈夫ですか？",
     {"required_hours": 600, "related_hours": 300, "peripheral_hours": 100}),
    ("Our course: 1. 60 hours total 2. 20 hours practical. Is it eligible for Re-Skills?",
     {"total_hours": 60, "practical_hours": 20}),
])
def test_plans_and_courses_read_their_figures(text: str, expected: dict) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert {k: parsed.slots.get(k) for k in expected} == expected


@pytest.mark.parametrize("text,expected", [
    ("We have 12. How many trainees can we take?", None),  # one "12." ends its sentence: no list, nothing dropped
    ("45 full-time staff. 2. How many trainees?", 45),
])
def test_a_lone_number_with_a_full_stop_is_no_list(text: str, expected) -> None:
    assert UNDERSTANDER.parse(text).slots.get("full_time_employees") == expected


def test_the_jip_calculation_uses_the_days_of_the_numbered_ask(bot) -> None:
    from support import converse

    reply = converse(bot, JIP_JA[0])
    calls = [c for c in reply.tool_calls if c.name == "jip_support_funds"]
    assert calls and any(c.args.get("days") == 90 and c.args.get("mode") == "in_person" for c in calls)
    assert all(c.args.get("days") == 90 for c in calls), [c.args for c in calls]


@pytest.mark.parametrize("text", [
    # a circled number reaches the reader as a digit once normalised: a run 1, 2, 3 … opening sentences is the numbering
    "JIPについてまとめて質問させてください。1年齢制限は何歳から何歳までで、いつ時点の年齢ですか?2日本語ができない人は応募できませんか?"
    "3対面型とオンライン型で活動支援金の日額はいくらですか?4対面で90日間インターンした場合、支援金の合計はいくらになりますか?",
    "1 is there an age limit? 2 days of support for a 90 day in-person internship, total?",
])
def test_a_normalised_circled_number_is_still_a_marker(text: str) -> None:
    assert UNDERSTANDER.parse(text).slots.get("days") == 90


@pytest.mark.parametrize("text", [
    "常勤職員は45人です。1人は事務です。2人は実習生です。何人受け入れられますか？",
    "We have 45 full-time staff. 1 of them is a part-timer. 2 are trainees. How many trainees can we take?",
])
def test_counts_opening_sentences_are_no_run_of_markers(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert 1 in parsed.numbers and 2 in parsed.numbers


@pytest.mark.parametrize("text", [
    "Plan: required (60), related (30), peripheral (10). OK?",
    "Plan: required 60 h, related 30 h, peripheral (10) h. OK?",
])
def test_a_figure_in_brackets_after_a_name_is_a_value(text: str) -> None:
    assert UNDERSTANDER.parse(text).slots.get("peripheral_hours") == 10
