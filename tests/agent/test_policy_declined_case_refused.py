"""Class: a calculator result that declines to compute (a case the tool does not cover and names no limit for instead:
company-type training; tasks.yaml ``declines``) makes the reply a refusal (refused=True), its text still saying what
cannot be computed and why. 育成就労's quota is answered by what the rules say of it (from 2027-04-01, years 1-3 counted
together, the Technical Intern Training table never used), not refused: a product decision, see tasks.yaml. Asked whether the case can be computed at all, without the figures ("育成就労の人数枠も
今の表で計算できる？"), the reply saying it cannot is the answer (not refused). A case answered by the rule that replaces the table (construction: never more
trainees than full-time staff) and an ordinary quota stay answers."""

from __future__ import annotations

import pytest

from support import converse


@pytest.mark.parametrize("text", [
    "企業単独型の技能実習で、常勤30人の会社は何人まで受け入れられますか？",
])
def test_a_declined_case_is_refused(bot, text: str) -> None:
    reply = converse(bot, text)
    assert reply.refused
    calls = [c for c in reply.tool_calls if c.name == "trainee_quota"]
    assert calls and calls[-1].args.get("special_case") == "company_type"


@pytest.mark.parametrize("text", [
    "2027年から技能実習が育成就労っていう制度に変わるそうですね。育成就労になったら、常勤40人のうちの会社では何人まで受け入れられますか？",
    "Under the new Employment for Skill Development system from 2027, how many workers can a company with 40 full-time "
    "staff accept?",
    "I heard the technical intern system is ending and new 育成就労 system start. Our client has 40 full time staff, how "
    "many people can they accept in the new system?",
])
def test_the_new_system_quota_is_answered_by_its_rule(bot, text: str) -> None:
    reply = converse(bot, text)
    assert not reply.refused
    calls = [c for c in reply.tool_calls if c.name == "trainee_quota"]
    assert calls and calls[-1].args.get("special_case") == "employment_for_skill_development"
    assert "2027" in reply.answer


@pytest.mark.parametrize("text", [
    "建設会社を経営してます。常勤の社員は２５人。技能実習生は何人まで受け入れられますか？",
    "We are a scaffolding company with 12 full-time staff. How many trainees can we take?",
    "食品製造の会社で常勤は30人です。技能実習生は何人まで受け入れられますか？",
])
def test_a_case_with_its_own_rule_and_the_table_are_answers(bot, text: str) -> None:
    assert not converse(bot, text).refused


@pytest.mark.parametrize("text", [
    "２０２７年から技能実習が育成就労に変わるって聞いたけど、そっちの受入れ人数枠も今の表で計算できる？",
    "Can your quota calculator be used for the Employment for Skill Development system that starts in 2027?",
])
def test_asked_whether_it_can_be_computed_is_an_answer(bot, text: str) -> None:
    reply = converse(bot, text)
    assert not reply.refused
