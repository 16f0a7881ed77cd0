"""The coming system only asked about ("How many trainees could we accept under the current rules? And I heard the
system will be replaced by 育成就労 - from when exactly, and will our number change?", 「育成就労に変わると聞きました。いつ
からですか？」) is no statement that the company's case is under it: with a headcount, the current table is computed and
the replacement's update note follows. A case stated or asked as the new system's ("under the new system, how many?",
「育成就労になったら何人？」, "we will accept them under 育成就労") stays that special case. Before, en6d-16 got the
not-covered reply for the new system and no numbers."""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calls_named
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

ASKED_ABOUT = [
    ("We're a 60-person auto parts maker in Aichi, all full-time, no trainees yet. How many technical intern trainees "
     "could we accept under the current rules? And I heard the system will be replaced by 育成就労 - from when exactly, "
     "and will our number change?", 60),
    ("We have 45 full-time staff. How many trainees can we take now? Also, when does 育成就労 start?", 45),
    ("常勤60名の部品メーカーです。今の制度で技能実習生を何人受け入れられますか？育成就労に変わると聞きましたが、いつからですか？", 60),
    ("常勤45人です。技能実習生は何人まで？あと、育成就労っていつから始まるんですか？", 45),
    ("We have 70 full-time staff. How many trainees under the current rules, and how will it change under the new "
     "育成就労 system?", 70),
    ("常勤70名です。今の制度で何人受け入れられますか？育成就労になったらどう変わりますか？", 70),
]

UNDER_THE_NEW_SYSTEM = [
    "I heard the technical intern system will be replaced by 育成就労 in 2027. We have 50 full-time staff. Under the new "
    "system, how many foreign workers can we take per year? Same as now?",
    "I read that the technical intern system will end and the new 育成就労 system starts. From when exactly? And with "
    "60 employees how many people could we accept under the new system?",
    "We have 50 full-time staff and we will accept them under 育成就労. How many?",
    "技能実習制度が2027年から育成就労という制度に変わると聞きました。当社は常勤40名の会社ですが、育成就労になったら何人受け入れ"
    "られるのでしょうか？",
    "2027年から技能実習が育成就労っていう制度に変わるそうですね。うちは常勤40人の縫製工場ですが、新しい制度だと何人まで受け入れ"
    "られますか？",
    "常勤120名です。育成就労の受入れ枠は？",
    "We have 50 staff. I heard about 育成就労 starting in 2027. How many can we accept under it?",
]


@pytest.mark.parametrize(("text", "count"), ASKED_ABOUT)
def test_asking_about_the_coming_system_is_no_case_of_it(text: str, count: int) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.slots.get("full_time_employees") == count
    assert "special_case" not in parsed.slots


@pytest.mark.parametrize("text", UNDER_THE_NEW_SYSTEM)
def test_a_case_under_the_new_system_stays_its_special_case(text: str) -> None:
    assert UNDERSTANDER.parse(text).slots.get("special_case") == "employment_for_skill_development"


@pytest.mark.parametrize(("text", "count"), ASKED_ABOUT)
def test_the_current_table_is_computed(bot, text: str, count: int) -> None:
    reply = converse(bot, text)
    calls = calls_named(reply, "trainee_quota")
    assert [c.args["full_time_employees"] for c in calls] == [count]
    assert "special_case" not in calls[0].args
    assert calls[0].result["computed"] is True
    assert "2027" in reply.answer  # the replacement's update note
