"""A follow-up in a quota conversation that changes a criterion of the last calculation (優良, nursing care) and asks
its figure again ("We are an excellent implementing organisation. In that case what is the upper limit?", 「補足です。
当社は優良な実習実施者です。この場合、1号・2号・3号それぞれの上限は何名になりますか。」) runs that calculation again with the
changed criterion and the headcount held; the words of a limit (上限, maximum) are the calculation's, not a rule
question's (ja7i-10). A limit of a stay asked beside such a fact is still a knowledge question."""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calculators

FIRST_EN = "We have 230 full-time employees. How many technical intern trainees can we accept?"
FIRST_JA = "人事課です。当社の常勤職員は230名（技能実習生は含まず）です。技能実習生の受入れ可能人数を教えてください。"


@pytest.mark.parametrize("first,follow_up,args", [
    (FIRST_EN, "We are an excellent implementing organization, and our supervising organization is excellent too. "
               "In that case what is the upper limit for No.1, No.2 and No.3?", {"excellent": True}),
    (FIRST_EN, "What if it were nursing care? What is the maximum then?", {"occupation": "nursing_care"}),
    (FIRST_EN, "Our company has been certified as excellent. How many can we take then?", {"excellent": True}),
    (FIRST_JA, "補足です。当社は優良な実習実施者の基準を満たしていて（自己評価で6割以上の得点）、監理団体も一般監理団体（優良）です。"
               "この場合、1号・2号・3号それぞれの上限は何名になりますか。", {"excellent": True}),
    (FIRST_JA, "当社は優良な実習実施者です。上限は何人になりますか。", {"excellent": True}),
    (FIRST_JA, "介護職種の場合、上限は何名ですか？", {"occupation": "nursing_care"}),
])
def test_a_changed_criterion_with_its_figure_asked_runs_the_quota_again(bot, first: str, follow_up: str,
                                                                        args: dict) -> None:
    (call,) = calculators(converse(bot, first, follow_up))
    assert call.name == "trainee_quota"
    assert call.args["full_time_employees"] == 230
    assert {k: call.args.get(k) for k in args} == args


@pytest.mark.parametrize("first,follow_up", [
    (FIRST_EN, "We are an excellent organization. What is the maximum period of stay?"),
    (FIRST_JA, "当社は優良です。在留期間の上限は何年ですか？"),
])
def test_a_limit_of_a_stay_beside_a_criterion_is_no_calculation(bot, first: str, follow_up: str) -> None:
    assert not calculators(converse(bot, first, follow_up))
