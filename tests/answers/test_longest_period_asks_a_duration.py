"""The longest (maximum) period asked is a duration ask, beside a calculation too: "whats the longest a trainee can stay
with us in total?", "the maximum time", 通算で最長何年, 何年まで. "In total" (通算で, 合計で) asks the sum of what is asked, no
subject of its own, and a value asked of the program's own participants (a trainee, 実習生) is the program's value, stated
by its passage without naming them: the "up to five years" unit answers it."""

from __future__ import annotations

import pytest

from bot.answers.types import AnswerTypes
from tests.agent.each_asking_part import answered

LONGEST_STAY = [
    "three questions pls. 1) we are 12 full-timers (a small welding shop), how many jisshusei can we take? 2) if we "
    "become 優良 later how many then, and can we do No.3? 3) whats the longest a trainee can stay with us in total?",
    "We have 40 full-time staff. How many technical intern trainees can we accept? And what is the maximum time a "
    "trainee can stay with us altogether?",
    "質問が3つあります。1) 常勤12名の溶接工場です。実習生は何人受け入れられますか？2) 優良になったら何人ですか？"
    "3) 実習生はうちで通算何年まで働けますか？",
    "how long can a trainee stay with us in total?",
    "what's the maximum time altogether an intern can stay?",
    "実習生は通算で最長何年いられますか",
]
LONGEST_STAY_IDS = ["en-beside-a-quota-longest-in-total", "en-beside-a-quota-maximum-time-altogether",
                    "ja-beside-a-quota-tsuusan-nannen-made", "en-alone-how-long-in-total",
                    "en-alone-maximum-time-altogether", "ja-alone-tsuusan-saichou-nannen"]


@pytest.mark.parametrize("question", LONGEST_STAY, ids=LONGEST_STAY_IDS)
def test_the_longest_stay_beside_a_quota_or_alone_gets_five_years(bot, question: str) -> None:
    answered(bot, question, r"(?:five|5) years|5年")


@pytest.mark.parametrize("question", [
    "whats the longest a trainee can stay with us in total?",
    "What is the longest time an intern can remain in Japan?",
    "what is the maximum time they can work for us?",
    "実習生は通算で最長何年いられますか",
    "何年まで働けますか",
])
def test_the_longest_or_maximum_period_asks_a_duration(types: AnswerTypes, question: str) -> None:
    assert "duration" in types.classify(question).hard


@pytest.mark.parametrize("question", [
    "what is the maximum number of trainees we can employ?",
    "最大で何人受け入れられますか",
])
def test_a_maximum_count_is_no_duration(types: AnswerTypes, question: str) -> None:
    assert "duration" not in types.classify(question).types
