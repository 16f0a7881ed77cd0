"""Class: in-scope questions are not refused by the focus rule or by a type read from the wrong sentence.

- asks for documents to prepare ("what papers must I prepare?"): the verb of gathering is no subject the
  documents leave out; the certificates are quoted;
- comparison questions ("the difference between X and Y? how much of each is allowed?"): "difference" and
  "allowed" frame the ask (allowed is not the "allowance" of support funds); both items are quoted;
- membership ("how many ...? is X one of them?"): the subject of the membership sentence is no subject of the
  value asked; the count is quoted, and no restriction of another term leads the answer;
- "can X host / do Y" answered by an exclusion, after a self-introduction (市役所の国際交流担当です): the 担当 of
  who the user is asks for no office.
"""

from __future__ import annotations

import pytest


def _ask(bot, text: str):
    return bot.reply(bot.new_conversation(), text)


@pytest.mark.parametrize("question", [
    "i graduated from Tribhuvan University in 2021. what papers must i prepare for the japan internship program (JIP)?",
    "What documents should I prepare to apply for JIP as a graduate?",
    "JIPに応募する卒業生は、どんな書類を準備すればいいですか？",
])
def test_documents_to_prepare_are_answered(bot, question: str) -> None:
    reply = _ask(bot, question)
    assert not reply.refused
    assert "certificate of graduation" in reply.answer or "卒業証明書" in reply.answer


@pytest.mark.parametrize("question", [
    "sorry english not my first language. in technical intern training what is the difference between 'related "
    "work' and 'peripheral work'? how much of each is allowed?",
    "What's the difference between related work and peripheral work in technical intern training, and how much of "
    "each is allowed?",
    "技能実習の関連業務と周辺業務の違いは何ですか？それぞれどのくらいまで認められますか？",
])
def test_a_comparison_of_two_named_things_quotes_both(bot, question: str) -> None:
    reply = _ask(bot, question)
    assert not reply.refused
    assert "50%" in reply.answer and "30%" in reply.answer
    assert "3,000 yen" not in reply.answer  # "allowed" is no support fund


@pytest.mark.parametrize("question", [
    "how many occupations and tasks are open for technical intern training? is caregiving one of them?",
    "How many occupations does technical intern training cover? Is nursing care one of them?",
    "技能実習の対象職種と作業はいくつありますか？介護もその中に入っていますか？",
])
def test_a_count_with_a_membership_ask_is_answered(bot, question: str) -> None:
    reply = _ask(bot, question)
    assert not reply.refused
    assert "85" in reply.answer
    assert not reply.answer.startswith("Only in part")


@pytest.mark.parametrize("question", [
    "市役所の国際交流担当です。経済産業省のジャパン・インターンシップ・プログラム（JIP）で、海外の若手人材を当市役所でインターンとして受け入れることは可能でしょうか。",
    "県庁の産業政策担当です。JIPのインターンを県庁で受け入れることはできますか。",
    "I'm in charge of international exchange at a city office. Can our city office host a JIP intern?",
])
def test_can_x_host_is_answered_by_the_exclusion(bot, question: str) -> None:
    reply = _ask(bot, question)
    assert not reply.refused
    assert "local governments" in reply.answer
    assert reply.answer.startswith(("No", "いいえ"))
