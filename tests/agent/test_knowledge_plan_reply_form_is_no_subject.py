"""Class: an ask qualified only by the reply's length or detail ("What's the process in short?", "in a nutshell",
"briefly", 「ざっくり教えて」「簡単に説明して」) is the ask without those words: they name no subject, so the search does not
read them as something the documents lack (knowledge_plan.without_reply_form, pack act ``reply_form``), and the reply
is the one the bare ask gets, never a refusal."""

from __future__ import annotations

import pytest

from bot.agent.knowledge_plan import without_reply_form
from bot.agent.understand import LanguagePack
from tests.conftest import REPO_ROOT

# (the ask with its reply-form words, the same ask without them)
ASKS = [
    ("hi, we're preparing a Re-Skills certification application for one of our courses. What's the process in short?",
     "hi, we're preparing a Re-Skills certification application for one of our courses. What's the process?"),
    ("In a nutshell, how do we apply for Re-Skills certification?", "how do we apply for Re-Skills certification?"),
    ("How do we apply for the Re-Skills course certification, briefly?",
     "How do we apply for the Re-Skills course certification?"),
    ("Can you explain in simple terms how long a technical intern can stay?",
     "Can you explain how long a technical intern can stay?"),
    ("Reスキル講座の認定申請の流れをざっくり教えてください", "Reスキル講座の認定申請の流れを教えてください"),
    ("Reスキル講座の申請方法を簡単に教えてください。", "Reスキル講座の申請方法を教えてください。"),
    ("ざっくりでいいので、技能実習の期間を教えて", "技能実習の期間を教えて"),
]


@pytest.mark.parametrize("asked,bare", ASKS)
def test_an_ask_in_short_is_answered_as_the_bare_ask(bot, asked: str, bare: str) -> None:
    reply = bot.reply(bot.new_conversation(), asked)
    plain = bot.reply(bot.new_conversation(), bare)
    assert not reply.refused, reply.answer[:300]
    assert reply.answer == plain.answer, (reply.answer[:300], plain.answer[:300])


@pytest.mark.parametrize("lang,query,bare", [
    ("en", "What's the process in short?", "What's the process?"),
    ("en", "In a nutshell, how do we apply?", "how do we apply?"),
    ("en", "how do we apply, briefly?", "how do we apply?"),
    ("ja", "申請の流れをざっくり教えてください", "申請の流れを教えてください"),
    ("ja", "申請方法を簡単に説明してください", "申請方法を説明してください"),
    # a word of a subject stays: "short-term" is no reply form, nor 「簡単に申請できますか」's ease of applying
    ("en", "Is there a short-term internship?", "Is there a short-term internship?"),
    ("ja", "簡単に申請できますか", "簡単に申請できますか"),
])
def test_reply_form_words_leave_the_query(lang: str, query: str, bare: str) -> None:
    assert without_reply_form(query, LanguagePack.load(REPO_ROOT / "knowledge" / "nlu" / f"{lang}.yaml")) == bare
