"""A course described as basic IT / office skills (Excel, Word, office basics, パソコンの基本操作, タイピング) is
basic_it_only=true: the Re-Skills check gives its verdict (excluded) without asking for hours."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

ASKS = [
    "新入社員向けにExcelとかパソコンの基本操作を教える講座やってるんだけど、これってRe-Skills講座の認定って申請できる？",
    "エクセルとワードの基本を教える研修です。Reスキル講座の認定を受けられますか？",
    "タイピング講座をやっています。Re-Skills講座として認定されますか？",
    # a basic IT course named as one compound word (基礎IT講座, ＩＴの基礎)
    "社内向けに「ITパスポート合格を目指す基礎IT講座」をやってます（全３０時間、そのうち演習１８時間）。Re-Skillsの認定の対象になりますか？",
    "新人向けの基礎ＩＴ研修ですが、Reスキル講座の認定を受けられますか？",
    "Our course teaches Excel and Word basics to new hires. Can it be certified as a Re-Skills course?",
    "We run an office basics course (Excel, PowerPoint). Does it qualify for Re-Skills certification?",
    "We offer a typing course for beginners. Can it get Re-Skills certification?",
]


@pytest.mark.parametrize("text", ASKS)
def test_a_basic_office_course_is_basic_it(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.slots.get("basic_it_only") is True
    assert "reskills_course_check" in parsed.intents


@pytest.mark.parametrize("text", [
    "Our AI course is 40 hours with 24 hours practical. Does it qualify for Re-Skills?",
    "データサイエンスの講座は40時間、うち実習24時間です。Re-Skills講座の認定を受けられますか？",
])
def test_other_courses_are_not(text: str) -> None:
    assert "basic_it_only" not in UNDERSTANDER.parse(text).slots


@pytest.mark.parametrize("text", [ASKS[0], ASKS[3]])
def test_the_check_decides_without_hours(bot, text: str) -> None:
    from support import converse

    reply = converse(bot, text)
    call = next(c for c in reply.tool_calls if c.name == "reskills_course_check")
    assert call.args.get("basic_it_only") is True and not reply.refused


@pytest.mark.parametrize("text", [
    "ok. ours is an intro to computers + MS Office course for beginners, 40 hours, 30 of them hands-on. does it qualify?",
    "our course is an introduction to PCs, 40 hours with 30 hours practice. can it be certified as Re-Skills?",
    "We teach Microsoft Office for absolute beginners, 30 hours, 20 of them practice. Re-Skills certification possible?",
    "はじめての人向けのパソコン入門講座です。全40時間で、そのうち30時間が実習です。Reスキルの認定は受けられますか？",
], ids=["en-intro-to-computers-for-beginners", "en-introduction-to-pcs", "en-office-for-beginners", "ja-pasokon-nyuumon"])
def test_an_introduction_to_computers_or_office_for_beginners_is_basic_it(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.slots.get("basic_it_only") is True
    assert "reskills_course_check" in parsed.intents


@pytest.mark.parametrize("text", [
    "our 40-hour cloud security course for beginners, 22 hours labs - does it qualify for Re-Skills?",
    "an introduction to machine learning, 40 hours with 25 hours of labs: Re-Skills certification possible?",
], ids=["en-security-for-beginners", "en-intro-to-ml"])
def test_a_beginners_course_in_a_covered_field_is_not_basic_it(text: str) -> None:
    assert UNDERSTANDER.parse(text).slots.get("basic_it_only") is not True
