"""Class: a contact asked in a follow-up about the body the previous answer spoke of ("great, whats their phone number
and is it free to use?" after Tokyo's support for SMEs, 「そこの電話番号は？」) is that body's contact: the follow-up is
searched with the previous question's words (pack act ``previous_unit``, knowledge_plan.stands_for_previous), so a
program's office found by the words "phone number" alone (the Re-Skills division's 03-3501-2646) is never quoted; the
documents give no phone for Tokyo's support, so the reply says so (refused). The same ask after a question whose answer
names an office with a number is answered with it (en7k-35)."""

from __future__ import annotations

import re

import pytest

from bot.agent.conversation import DialogueState
from bot.agent.knowledge_plan import stands_for_previous
from tests.agent.each_asking_part import answered

PHONE = r"(?<![\d])0\d{1,3}[-\s‐]?\d{3,4}[-\s‐]?\d{4}(?![\d])"
TOKYO = "is there any help from tokyo for small companies hiring foreign workers?"


@pytest.mark.parametrize("follow_up", [
    "great, whats their phone number and is it free to use?",
    "what's their phone number?",
    "ok thanks. could you give me their telephone number?",
])
def test_no_other_programs_phone_for_the_previous_subject(bot, follow_up: str) -> None:
    answer = answered(bot, [TOKYO, follow_up], r"(?i)documents do not state", refused=True)
    assert not re.search(PHONE, answer), answer


def test_the_office_named_before_keeps_its_number(bot) -> None:
    answered(bot, ["Who do I contact to get the e-Gov ID for a Re-Skills application?", "what's their phone number?"],
             r"03-3501-2646", refused=False)


@pytest.mark.parametrize("text,previous,expected", [
    ("great, whats their phone number and is it free to use?", TOKYO, True),
    ("and its contact details?", TOKYO, True),
    ("そこの電話番号は？", "東京都に外国人を雇う中小企業向けの支援はありますか？", True),
    ("その連絡先を教えてください", "東京都に外国人を雇う中小企業向けの支援はありますか？", True),
    # a phone number asked of a subject named anew is searched on its own words
    ("what is the phone number of the METI division for Re-Skills?", TOKYO, False),
    ("电话", "", False),
])
def test_the_contact_of_whom_stands_for_the_previous_subject(bot, text: str, previous: str, expected: bool) -> None:
    from bot.agent.steps import Turn

    turn = Turn(understander=bot.understander, responses=bot.responses, selector=bot.selector, task_registry=bot.tasks)
    state = DialogueState(last_topic=previous)
    assert stands_for_previous(text, turn.parse(text), state, turn) is expected


@pytest.mark.parametrize("follow_up", [
    "そこの電話番号と、無料かどうか教えてください。",
    "その連絡先と、費用がかかるかどうかを教えてください。",
    "そちらの電話番号と、申し込み方法を教えてください。",
])
def test_a_contact_by_a_pointer_among_joined_asks_is_never_another_programs(bot, follow_up: str) -> None:
    """Class: the same contact asked by a pointer among asks joined in one sentence (「そこの電話番号と、無料かどうか」): it is
    not searched on its own (the words 電話番号 alone find the Re-Skills division's number), so no other program's
    phone is quoted."""
    answer = answered(bot, ["東京都に外国人を雇う中小企業向けの支援はありますか？", follow_up], refused=None)
    assert not re.search(PHONE, answer), answer
