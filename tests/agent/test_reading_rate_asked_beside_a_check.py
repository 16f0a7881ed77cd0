"""Class: a question for the activity support's rate ("how much per day online?", 「1日いくらですか」, 「日額は？」) beside a
check the message asks for (an eligibility question, another calculator) is a knowledge ask: the funds calculator is
not started, so its missing number of days never hides the check's verdict behind a question (ja5i-30 replied only
「計算するには、もう一つ情報が必要です」 and asked for the days). The rate is searched as the message's further ask and
quoted under the verdict. With a number of days the sum is computed as before."""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calculators
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

BESIDE_A_CHECK = [
    "バングラデシュのダッカにすんでいる31さいのエンジニアです。JLPT N2をもっています。2019年度にJIPにさんかしたことがあります。"
    "2024年度ももういちどおうぼできますか？それから、オンラインインターンの活動支援金は1日いくらですか？",
    "I'm 31 and Nepali, living in Pokhara, English fluent. Can I apply for JIP? Also how much activity support per day "
    "for online?",
    "ネパール人で29歳、カトマンズ在住、JLPT N3です。JIPに応募できますか？対面の支援金の日額も教えてください。",
]


@pytest.mark.parametrize("message", BESIDE_A_CHECK)
def test_the_rate_starts_no_funds_calculation(message: str):
    parsed = UNDERSTANDER.parse(message)
    assert "jip_support_funds" not in parsed.intents
    assert "jip_eligibility" in parsed.intents or parsed.asks_eligibility


@pytest.mark.parametrize("message", BESIDE_A_CHECK[:2])
def test_the_verdict_is_shown_and_the_rate_quoted(bot, message: str):
    reply = converse(bot, message)
    assert [c.name for c in calculators(reply)] == ["jip_eligibility"]
    assert reply.follow_up is None or "day" not in reply.follow_up.lower() and "日間" not in reply.follow_up
    assert "1,000" in reply.answer  # the online rate, from the quoted rule


@pytest.mark.parametrize(
    "message",
    [
        "How much support money do I get per day if I do 20 days online?",
        "対面で30日の場合、支援金は1日いくらで、合計いくらですか？",
    ],
)
def test_with_a_number_of_days_the_sum_is_computed(message: str):
    assert "jip_support_funds" in UNDERSTANDER.parse(message).intents
