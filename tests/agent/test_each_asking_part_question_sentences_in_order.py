"""Class: each question sentence of a knowledge message is an ask answered by its own unit. Each is searched on its
own beside the whole message; a request beside the questions ("…もあわせて教えてください。") asks too; a request that
asks for no answer (「…受付期間を確認したいです。」) announces the question after it, which is read with it (「何日から
何日まででしたか？」 asks the period's dates). Of asks listed in order, a first the documents do not answer says so,
and the later ones are still answered."""

from __future__ import annotations

import pytest

from tests.agent.each_asking_part import answered


@pytest.mark.parametrize("question", [
    "ＩＴ研修会社の事務局です。経産省の「第四次産業革命スキル習得講座」の最初の認定申請の受付期間を確認したいです。何日から何日まで"
    "でしたか？どの時期以降に開講する講座が対象でしたか？申請方法（紙かオンラインか）もあわせて教えてください。",
    "Reスキル講座の最初の認定申請の受付期間を確認したいです。何日から何日まででしたか？どの時期以降に開講する講座が対象でしたか？"
    "申請方法もあわせて教えてください。",
    "I'd like to confirm the first application period for the Re-Skills course certification. From which day to which "
    "day was it? From when did the courses have to start? Please also tell me how to apply.",
])
def test_three_asks_with_an_announcing_request_are_each_answered(bot, question: str) -> None:
    answered(bot, question, r"October 28, 2017", r"April 2018", r"e-Gov")


def test_the_plan_searches_each_ask_on_its_own(bot) -> None:
    conversation = bot.new_conversation()
    reply = bot.reply(conversation, "Reスキル講座の最初の認定申請の受付期間を確認したいです。何日から何日まででしたか？"
                                    "どの時期以降に開講する講座が対象でしたか？申請方法もあわせて教えてください。")
    queries = [call.args["query"] for call in reply.tool_calls if call.name == "search_knowledge"]
    assert len(queries) == 4, queries  # the whole message, then each ask on its own
    assert queries[1].endswith("受付期間を確認したいです。何日から何日まででしたか?")  # read with its announcement
    assert "どの時期以降" in queries[2] and "受付期間" not in queries[2]
    assert "申請方法" in queries[3]


@pytest.mark.parametrize(("question", "later"), [
    ("技能実習制度について、次の2点を教えてください：全国の監理団体の数、最長の実習期間。", r"up to five years"),
    ("I need two details on technical intern training: the number of supervising organizations nationwide, and the "
     "longest training period.", r"up to five years"),
])
def test_a_later_listed_ask_is_answered_when_the_first_is_not_stated(bot, question: str, later: str) -> None:
    answer = answered(bot, question, later, r"記載はありません|do not mention")
    assert answer.index(later) > answer.index("記載はありません" if "記載" in answer else "do not mention")
