"""A company describing itself with an approximate size ("弊社は従業員40名ほどの…会社です") and asking whether a JIP candidate
meets the requirements (応募資格を満たしていますか, 参加要件を満たしていますか) runs jip_eligibility on the candidate: the count is
background, the quota is not the task, so its exact value is never asked for. A time 「まで」 (これまで, 今まで, いつまで,
8月まで) is not a quota asked (「何人まで」 still is)."""

from __future__ import annotations

import pytest

from support import converse
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

CANDIDATE_BESIDE_APPROXIMATE_SIZE = [
    "弊社は従業員40名ほどの食品機械部品の加工会社です。経産省のJIP（ジャパン・インターンシップ・プログラム）でのインターン受け入れを検討して"
    "おります。候補者はベトナム国籍の29歳の方で、現在ホーチミン在住、日本語能力試験はN2を取得済み、これまでこのプログラムに参加したことは"
    "ありません。この方は応募資格を満たしておりますでしょうか。",
    "従業員30名ほどの会社です。JIPのインターン候補はネパール国籍の25歳、カトマンズ在住、N3、今まで参加歴なし。この人は応募できますか？",
    "約40人の町工場です。JIPで受け入れたい候補者はインドネシア国籍の27歳、ジャカルタ在住、N2で、これまで参加したことはありません。参加要件を"
    "満たしていますか？",
    "We're a company of about 40 employees. Our JIP candidate is Vietnamese, 29, lives in Ho Chi Minh City, N2, never "
    "joined before. Is she eligible for JIP?",
]


@pytest.mark.parametrize("text", CANDIDATE_BESIDE_APPROXIMATE_SIZE)
def test_a_candidate_beside_an_approximate_size_reads_eligibility(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert "jip_eligibility" in parsed.intents, parsed
    assert "trainee_quota" not in parsed.intents and "trainee_quota" not in parsed.implied, parsed


@pytest.mark.parametrize("text", CANDIDATE_BESIDE_APPROXIMATE_SIZE[:1] + CANDIDATE_BESIDE_APPROXIMATE_SIZE[3:])
def test_a_candidate_beside_an_approximate_size_runs_eligibility_not_the_exact_count(bot, text: str) -> None:
    reply = converse(bot, text)
    assert [c for c in reply.tool_calls if c.name == "jip_eligibility"], reply.answer
    assert not [c for c in reply.tool_calls if c.name == "trainee_quota"], reply.answer
    assert not reply.follow_up, reply.answer


@pytest.mark.parametrize(("text", "count"), [
    ("常勤職員は40人ほどです。実習生は何人まで？", 40),
    ("常勤職員は45人です。1号は最大何人まで受け入れられますか？", 45),
    ("常勤は120人です。2号は12人まで受け入れられますか？", 120),
])
def test_a_quota_asked_with_made_still_reads_the_quota(text: str, count: int) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert "trainee_quota" in (*parsed.intents, *parsed.implied), parsed
    assert parsed.slots.get("full_time_employees") == count
