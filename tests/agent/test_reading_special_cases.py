"""A quota question about the Employment for Skill Development system (育成就労, from 2027-04-01) is that special
case: the tool names the rule instead of computing with the Technical Intern Training table."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

NAMES_EN = ["Employment for Skill Development system", "employment for skills development", "ikusei shuro",
            "Ikusei-Shuuro", "育成就労"]
FRAMES_EN = [
    "After the switch to the {} in 2027, how many trainees could we accept with 80 full-time staff?",
    "Under the {}, what is the quota for a company with 45 employees?",
    "we have 120 staff. how many workers can we take under {}?",
]
FRAMES_JA = [
    "2027年4月に育成就労制度へ移行した後の受入れ人数枠を、常勤職員80名で試算してください。",
    "育成就労になったら、従業員45人の会社は何人受け入れられますか？",
    "常勤120名です。育成就労の受入れ枠は？",
]


@pytest.mark.parametrize("frame", FRAMES_EN)
@pytest.mark.parametrize("name", NAMES_EN)
def test_an_english_quota_question_about_esd_is_the_special_case(name: str, frame: str) -> None:
    assert UNDERSTANDER.parse(frame.format(name)).slots.get("special_case") == "employment_for_skill_development"


@pytest.mark.parametrize("text", FRAMES_JA)
def test_a_japanese_quota_question_about_esd_is_the_special_case(text: str) -> None:
    assert UNDERSTANDER.parse(text).slots.get("special_case") == "employment_for_skill_development"


@pytest.mark.parametrize("text", ["We have 80 full-time staff. How many trainees can we accept?",
                                  "常勤職員80名です。技能実習生は何人受け入れられますか？"])
def test_a_plain_quota_question_is_no_special_case(text: str) -> None:
    assert UNDERSTANDER.parse(text).slots.get("special_case") is None


@pytest.mark.parametrize("word", ["ikusei", "shuro", "tokutei", "ippan", "kanri", "dantai"])
def test_a_word_written_after_a_regex_escape_in_the_packs_is_never_respelled(word: str) -> None:
    """The typo reader's targets are the packs' words: a pattern's ``\\b`` is not a letter of the next word (it
    once made "ikusei" a typo of "bikusei")."""
    assert word in UNDERSTANDER.parse(f"what about {word} for 45 employees?").text.lower()
