"""Each ask of a message is answered (EN and JA phrasings): a second ask whether a length is limited gets the
unit that states it (the renewal of No. 2 is indefinite); a date asked of two subjects ("the year each one
started") gets each subject's year; the quota table asked about the replacement gets the rule book's case."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("question", [
    "Which fields allow moving up from Specific Skill No.1 to No.2? Is the number of years for No.2 limited?",
    "What sectors can a Specific Skill No. 1 worker move up to No. 2 in? Is the number of years in No. 2 limited?",
    "特定技能1号から2号に移れる分野はどこですか？2号の在留年数に上限はありますか？",
])
def test_whether_no2_is_limited_is_answered_beside_the_fields(bot, question: str) -> None:
    reply = bot.reply(bot.new_conversation(), question)
    assert not reply.refused
    assert "indefinite" in reply.answer or "更新の上限がない" in reply.answer
    assert "construction" in reply.answer or "建設" in reply.answer


@pytest.mark.parametrize("question", [
    "Which is older, the Technical Intern Training system or the Specific Skills status? Give me the year each one started.",
    "Which came first, Specific Skills or the technical intern training system? Tell me the years they were established.",
])
def test_each_subjects_year_is_quoted(bot, question: str) -> None:
    reply = bot.reply(bot.new_conversation(), question)
    assert "1993" in reply.answer and "2019" in reply.answer


@pytest.mark.parametrize("question", [
    "I heard the technical intern training system is being abolished. When does the replacement system start, "
    "what is it called, and will the current quota table still apply to it?",
    "技能実習制度は廃止されるそうですが、新しい制度はいつから始まりますか？今の人数枠の表は引き続き適用されますか？",
])
def test_the_quota_case_of_the_replacement_is_said(bot, question: str) -> None:
    reply = bot.reply(bot.new_conversation(), question)
    assert "updates.titp.replaced-2027" in reply.answer and "updates.titp.esd-quota" in reply.answer


@pytest.mark.parametrize("question", [
    "How do we file a Re-Skills course application electronically, and who do we call to get the login ID and password?",
    "Who do we call for the login ID, and how do we file the Re-Skills application electronically?",
])
def test_two_questions_in_one_sentence_are_each_answered(bot, question: str) -> None:
    reply = bot.reply(bot.new_conversation(), question)
    assert "e-Gov" in reply.answer and "03-3501-2646" in reply.answer


@pytest.mark.parametrize("question", [
    "What is the maximum period of technical intern training?",
    "How long can a technical intern trainee stay at most?",
    "技能実習は最長何年ですか？",
    "技能実習制度っていつ始まった制度なんですか？あと、実習期間は最長で何年まで可能ですか？",
])
def test_a_maximum_is_quoted_with_the_condition_it_holds_under(bot, question: str) -> None:
    reply = bot.reply(bot.new_conversation(), question)
    assert "5" in reply.answer or "five" in reply.answer
    assert "excellent" in reply.answer or "優良" in reply.answer
