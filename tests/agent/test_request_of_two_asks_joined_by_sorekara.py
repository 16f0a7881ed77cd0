"""Class: a request (確認させてください, 教えてください, "please confirm") of two asks joined in its sentence by それから /
あと / それと ("..., and also ..."), one for a period (the first and last day of the application period) and one for a
rule (the deadline of documents sent by post), answers both: each ask is searched and answered by its own unit, though
the message read whole asks for an address no unit beside the period states."""

from __future__ import annotations

import pytest

from tests.agent.each_asking_part import answered
from tests.knowledge import repo_understander

FIRST_DAY = r"9月15日|September 15"
LAST_DAY = r"10月28日|October 28"
POSTMARK = r"消印|postmark"


@pytest.mark.parametrize("question", [
    "行政書士事務所で補助者をしております。第四次産業革命スキル習得講座（Re-Skills）の最初の認定申請について、受付期間の初日と最終日、"
    "それから添付書類を郵送で出す場合の期限の考え方を確認させてください。",
    "Re-Skills講座の最初の認定申請について、受付期間の初日と最終日、あと添付書類を郵送するときの締切の扱いを教えてください。",
    "Re-Skills講座の認定申請の受付期間の初日と最終日、それと添付書類を郵送で送る場合の期限について確認したいです。",
    "For the first Re-Skills certification, please confirm the first and last day of the application period, and also "
    "how the deadline works when the attached documents are sent by post.",
])
def test_the_period_and_the_postmark_rule_are_both_answered(bot, question: str) -> None:
    answered(bot, question, FIRST_DAY, LAST_DAY, POSTMARK)


@pytest.mark.parametrize("sentence,pieces", [
    ("受付期間の初日と最終日、それから添付書類を郵送で出す場合の期限の考え方を確認させてください。", 2),
    ("受付期間、あと申請方法を教えてください。", 2),
    # (それから not followed by a request in its sentence asks nothing of its own)
    ("受付期間が終わって、それから審査があります。", 1),
])
def test_the_request_is_split_at_the_joint(sentence: str, pieces: int) -> None:
    assert len(repo_understander().pack("ja").act_split("knowledge_joined_ask", sentence)) == pieces
