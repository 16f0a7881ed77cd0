"""A figure quoted as what a rule says ("the page I read says 30% but our consultant keeps saying one third, which is
it?", 「サイトには30%とありますが、コンサルタントは3分の1と言っています」, "I heard it can be up to 30%") is a claim to
check, never a share of the user's plan: the message is a rule question, answered from the rule book and the documents
(the document's 30% and the official one third), not asked for the plan's hours. A plan's own figures beside such a
claim are still computed."""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calculators, calls_named
from tests.knowledge import repo_understander

FIRST = "What are the three kinds of work that a technical intern training plan is divided into?"

CLAIMS = [
    "ok thanks. and what's the upper limit for peripheral work? the page I read says 30% but our consultant keeps "
    "saying one third, which is it?",
    "What's the cap on peripheral work? Our supervising organization says 1/3, but a blog I found says 30%.",
    "I heard peripheral work can be up to 30% of the training hours, but my boss told me one third. Which is right?",
    "周辺業務の上限はどれくらいですか？サイトには30%とありますが、コンサルタントは3分の1と言っています。どちらが正しいですか？",
    "周辺作業って3割までと聞きましたが、3分の1までと書いてある資料もあります。どっちですか？",
]
IDS = ["en-page-says-consultant-says", "en-organization-says-blog-says", "en-heard-boss-told", "ja-site-consultant",
       "ja-kiita-kaite-aru"]


@pytest.mark.parametrize("text", CLAIMS, ids=IDS)
def test_a_quoted_rule_figure_is_a_rule_question(text: str) -> None:
    parsed = repo_understander().parse(text)
    assert parsed.asks_knowledge
    assert not parsed.intents
    assert not {"required_hours", "related_hours", "peripheral_hours", "peripheral_share"} & set(parsed.slots)


@pytest.mark.parametrize("text", CLAIMS, ids=IDS)
def test_the_reply_states_both_limits_without_asking_for_hours(bot, text: str) -> None:
    reply = converse(bot, FIRST, text)
    assert not calculators(reply), reply.tool_calls
    assert "30%" in reply.answer
    assert any(w in reply.answer for w in ("one third", "1/3", "3分の1")), reply.answer


@pytest.mark.parametrize("text", [
    "Our welding plan: required 1200 hours, related 500 hours, peripheral 300 hours. I heard peripheral work can be "
    "up to 30%, does ours pass?",
    "必須作業1200時間、関連作業500時間、周辺作業300時間の計画です。周辺作業は3割までと聞きましたが、大丈夫ですか？",
], ids=["en", "ja"])
def test_a_plan_beside_a_claim_is_computed(bot, text: str) -> None:
    call = calls_named(converse(bot, text), "training_time_split")
    assert call and (call[-1].args["required_hours"], call[-1].args["related_hours"],
                     call[-1].args["peripheral_hours"]) == (1200, 500, 300)
