"""Groups told by their weekly schedule, each said with its verb and its schedule after it (knowledge/nlu/*.yaml
``schedule_groups``: ja ``after_alone``, en a group whose schedule follows a comma).

The class: 「正社員25名は週5日・1日8時間。契約社員が6名いて、週5日・1日6時間で雇用保険にも入ってます。あとアルバイト4名が週4日・1日5時間
（この人たちも雇用保険は加入）」, "We have 6 contract staff, 5 days a week, 6 hours a day": a count said with its verb
(「6名いて」「4名が」) has its schedule after it when no other group follows in its sentence, so each group is tested
(25 + 6 = 31; the 4 at 20 hours a week are left out); 「雇用保険は加入」 is insurance. 「社員が27名いて、週4日・1日6時間の
パートが5名」 keeps the schedule with the next group.
"""

from __future__ import annotations

import pytest

from tests.agent.reading_checks import slots_of

CASES = [
    ("食品工場（そうざい製造）です。正社員25名は週5日・1日8時間。契約社員が6名いて、週5日・1日6時間で雇用保険にも入ってます。あとアルバイト"
     "4名が週4日・1日5時間（この人たちも雇用保険は加入）。実習生はまだいません。優良の認定はなしです。", 31),
    ("正社員が20名いて、週5日・1日8時間です。パート5名が週3日・1日4時間。実習生は何人まで？", 20),
    ("月〜金・1日8時間の社員が27名、月〜金・1日6時間（週30時間）のスタッフが4名（雇用保険あり）、月〜木・1日5時間のパートが6名います。", 31),
    ("Food factory. 25 regular employees work 5 days a week, 8 hours a day. We have 6 contract staff, 5 days a week, 6 "
     "hours a day, with employment insurance. And 4 part-timers work 4 days a week, 5 hours a day (also insured).", 31),
    ("25 full-time staff work Mon-Fri 8h a day. 6 contract staff (Mon-Fri, 6 hours a day, insured) and 4 part-timers, "
     "4 days a week, 5 hours a day. Quota?", 31),
]


@pytest.mark.parametrize(("text", "count"), CASES)
def test_groups_said_with_their_verb_are_each_tested(text: str, count: int) -> None:
    assert slots_of(text).get("full_time_employees") == count
