"""A follow-up asking to add people who work fewer days or hours than a full-time employee to the count of the last
quota (「あ、それとは別に週３日・１日６時間で来てもらってる契約社員さんが５人います。この人たちも足して４５人で計算し直して
もらえます？」, "we also have 5 contract staff who come 3 days a week, 6 hours a day - can you add them and redo it with
45?") is answered, not refused: they are not full-time employees, so the quota stays on the count given before, and the
reply says why (their weekly hours against the rule's full-time definition) (ja6u-06)."""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calculators

FIRST_JA = "食品加工の会社です。正社員が４０人います。技能実習生は何人まで受け入れできますか"
FIRST_EN = "we're a food processing company with 40 full-time employees. how many trainees can we take?"

CASES = [
    (FIRST_JA, "あ、それとは別に週３日・１日６時間で来てもらってる契約社員さんが５人います。この人たちも足して４５人で計算し直してもらえます？",
     "18"),
    (FIRST_JA, "パートさんが8人、週20時間くらいで働いています。それも含めて48人で計算してください。", "20"),
    (FIRST_JA, "ほかにアルバイトが5人いて、1日4時間です。足して計算し直せますか？", "20"),
    (FIRST_EN, "we also have 5 contract staff who come 3 days a week, 6 hours a day - can you add them and redo it with 45?",
     "18"),
    (FIRST_EN, "there are also 8 part-timers working 20 hours a week, please include them and recalculate with 48", "20"),
    (FIRST_EN, "plus 4 temp workers, 5 hours a day, 3 days a week. can you count them too and redo it?", "15"),
]


@pytest.mark.parametrize("first,follow_up,hours", CASES)
def test_people_under_full_time_hours_are_not_added_to_the_count(bot, first: str, follow_up: str, hours: str) -> None:
    reply = converse(bot, first, follow_up)
    (call,) = calculators(reply)
    assert call.name == "trainee_quota" and call.args["full_time_employees"] == 40
    assert not reply.refused
    assert hours in reply.answer  # their weekly hours, the reason they are not counted
    assert "30" in reply.answer  # the rule's full-time hours a week


@pytest.mark.parametrize("text,lang", [
    ("we also have 5 contract staff who come 3 days a week, 6 hours a day.", "en"),
    ("週3日・1日6時間の契約社員さんが5人います。", "ja"),
    # people said to have been counted in before (contained in the count): taken out by the reading of parts
    ("40人の中に、週20時間くらいのパートさん6人も入れて数えてました。", "ja"),
])
def test_without_the_ask_to_add_them_nothing_changes_the_reading(text: str, lang: str) -> None:
    from bot.agent.conversation import DialogueState
    from bot.agent.slot_reading import people_added_to_count
    from bot.agent.steps import default_tasks
    from tests.knowledge import repo_understander

    understander = repo_understander()
    parsed = understander.parse(text)
    before = dict(parsed.slots)
    state = DialogueState(intent="trainee_quota", slots={"trainee_quota": {"full_time_employees": 40}})
    people_added_to_count(parsed, state, default_tasks(), understander.pack(lang), None)
    assert parsed.slots == before and not parsed.notes
