"""Class: a stated period of acceptance answers a when / until-when ask, and the words of the message's other asks
(online or by post, which forms, the steps) are no subject of that value: a message that asks the period and the
method gets the period quoted (with the method answered beside it), never "the documents state no deadline for
e-Gov" while quoting the period itself."""

from __future__ import annotations

import pytest

from tests.agent.each_asking_part import answered

START, END = r"(?:September 15|9月15日)", r"(?:October 28|10月28日)"


@pytest.mark.parametrize("question", [
    "Re-Skills講座（第四次産業革命スキル習得講座）の認定申請について伺います。\n申請の受付期間はいつからいつまででしょうか。"
    "また申請方法はオンラインなのか郵送なのか、提出する様式には何があるのかも知りたいです。",
    "第四次産業革命スキル習得講座の認定申請の受付期間はいつまでですか。申請は電子申請ですか、それとも郵送ですか。",
    "For the Re-Skills course certification, when is the application period? And do we apply online or by post?",
    "Re-Skills certification: from when until when are applications accepted? Is it online or paper by mail, and "
    "which forms do we submit?",
])
def test_the_period_answers_beside_the_method(bot, question: str) -> None:
    answered(bot, question, START, END, r"(?i)e-?gov")


@pytest.mark.parametrize("question", [
    "また申請方法はオンラインなのか郵送なのか、提出する様式には何があるのかも知りたいです。",
    "申請は電子申請ですか、それとも郵送ですか。",
    "紙で郵送するのか、e-Govで出すのか教えてください。",
    "And do we apply online or by post?",
    "Is it online or paper by mail?",
    "Do we send it by mail or through the e-Gov system?",
])
def test_a_choice_of_the_way_to_apply_asks_no_address(types, question: str) -> None:
    assert "address" not in types.classify(question).hard


@pytest.mark.parametrize("question", [
    "添付書類はどこに郵送すればいいですか？",
    "郵送先の住所を教えてください。",
    "Where do we mail the documents, or can we upload online?",
    "What is the postal address for the attachments?",
])
def test_where_to_send_still_asks_the_address(types, question: str) -> None:
    assert "address" in types.classify(question).hard
