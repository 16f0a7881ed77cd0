"""Class: a method asked between two ways ("how is it submitted - online or on paper?", 電子申請のみか、書類の郵送も可能か;
answer_types.yaml ``way_alternatives``) is answered with the unit of each way the documents state: the e-Gov
application and the attachments sent by post when sending them electronically is difficult, not only the first
(compose._with_each_way, also for one ask of several: compose.part_answers). Numbered items under one request
(「①申請の受付期間\\n②申請方法（…）\\nを教えてください。」) are each an ask (knowledge_plan._numbered_lines), so the period
and both ways are answered (ja7l-03, en7j-09)."""

from __future__ import annotations

import pytest

from bot.agent.knowledge_plan import asks_in_order
from tests.agent.each_asking_part import answered

EGOV = r"e-Gov Electronic Application System"
POST = r"by post"
NUMBERED = ("研修事業者の担当者です。第四次産業革命スキル習得講座（Re-Skills講座）の認定申請について確認させてください。\n"
            "①申請の受付期間\n②申請方法（電子申請のみか、書類の郵送も可能か）\nを教えてください。")


@pytest.mark.parametrize("question", [
    "How do we submit the Re-Skills application - electronically or by mail?",
    "Is the Re-Skills certification application online only, or can it be sent on paper?",
    "Reスキル講座の申請方法は電子申請のみですか、それとも郵送もできますか？",
    "Reスキル講座の認定申請は電子申請か郵送か、どちらで出しますか？",
    ["When could companies first apply for the Re-Skills course certification?",
     "and how is it submitted - online or on paper?"],
])
def test_each_way_is_quoted(bot, question) -> None:
    answered(bot, question, EGOV, POST)


def test_numbered_asks_each_answered(bot) -> None:
    answered(bot, NUMBERED, r"9月15日", r"10月28日", EGOV, POST)


@pytest.mark.parametrize("text,expected", [
    (NUMBERED, ["①申請の受付期間を教えてください。", "②申請方法（電子申請のみか、書類の郵送も可能か）を教えてください。"]),
    # (once normalised the lines run together)
    ("Re-Skills講座の認定申請について確認させてください。(1)申請の受付期間(2)申請方法(電子申請のみか)を教えてください。",
     ["(1)申請の受付期間を教えてください。", "(2)申請方法(電子申請のみか)を教えてください。"]),
    # one numbered line is no list of asks
    ("Re-Skills講座について。①申請の受付期間を教えてください。", []),
])
def test_numbered_lines_under_one_request(bot, text: str, expected: list[str]) -> None:
    from bot.agent.steps import Turn

    turn = Turn(understander=bot.understander, responses=bot.responses, selector=bot.selector, task_registry=bot.tasks)
    assert asks_in_order(text, turn.parse(text), turn)[0] == expected
