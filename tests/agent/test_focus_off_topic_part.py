"""Class: a message whose off-topic question (a ramen shop, the weather) would sink its relevance beside a question on
topic is searched without it (bot/retrieval.py), and the search reports the part it left out
(``SearchResult.left_out``): the quote is chosen without that part and the reply opens by naming what the documents
do not mention, then answers the question on topic. In a message relevant as a whole, an off-topic asking part beside
one on topic is left out too ("what is weather in tokyo in august usually? and also what is the age limit ..."), but a
part that only asks for the reply's form ("pls tell me in yen") or a detail of the same subject is not
(tests/test_retrieval_left_out_beside_relevant.py). A message that asks only off topic stays "not in the documents"."""

from __future__ import annotations

import re

import pytest

LEFT_OUT = re.compile(r"do not mention|記載はありません")
RAMEN = ("Which ramen shop near Namba station is the best and cheapest for a family dinner on Sunday? Also how long "
         "can technical interns stay in Japan?")


def test_the_part_on_topic_is_answered_and_the_other_named(bot) -> None:
    reply = bot.reply(bot.new_conversation(), RAMEN)
    assert not reply.refused, reply.answer
    assert re.search(r"five years|5 years", reply.answer), reply.answer
    first = reply.answer.split("\n")[0]
    assert LEFT_OUT.search(first) and re.search(r"(?i)ramen", first), reply.answer


def test_the_search_reports_the_part_it_left_out(retriever) -> None:
    result = retriever.search(RAMEN, k=8)
    assert result.relevant
    assert result.left_out == ["Which ramen shop near Namba station is the best and cheapest for a family dinner on "
                               "Sunday?"]


@pytest.mark.parametrize("question", ["What's the best ramen in Osaka?", "明日の大阪の天気は？"])
def test_a_message_wholly_off_topic_stays_refused(bot, question: str) -> None:
    assert bot.reply(bot.new_conversation(), question).refused


@pytest.mark.parametrize("question", [
    "How long can technical interns stay? And which occupations are covered?",
    "how much salary will i get every month as technical intern trainee in japan? pls tell me in yen",
    # obtaining an ID (IDを取得) is the documents' "to obtain an ID and password", never an off-topic ask
    "Re-Skills講座の認定申請を検討しております。申請はどのような方法で行うのでしょうか。また、事前にIDなどを取得する必要はあり"
    "ますか。問い合わせ先もあわせて教えていただけますと幸いです。",
    "Do we have to obtain an ID before applying for Re-Skills? Who do we call?",
])
def test_nothing_is_left_out_of_a_message_relevant_as_a_whole(retriever, question: str) -> None:
    result = retriever.search(question, k=8)
    assert result.relevant and result.left_out == [], result.left_out
