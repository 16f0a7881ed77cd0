"""Classes of the 2026-12-04g batch.

1. A stage's limit asked ("what are the No.1 and No.2 limits (exactly)?", "what is the No.2 limit?", "max for No.3?",
   「1号と2号の上限は？」) beside someone else's working ("my colleague says the basic number is 17 so No.2 = 34",
   同僚が言うには…) and after a lead that introduces the user ("I work at a supervising organization and one client has
   350 ...") runs the trainee quota on the stated count: the working never replaces the count nor hides the question.
2. A company describing itself with an approximate size ("弊社は従業員40名ほどの…会社です") and asking whether a JIP
   candidate meets the requirements (応募資格を満たしていますか, 参加要件を満たしていますか) runs jip_eligibility on the
   candidate: the count is background, the quota is not the task, so its exact value is never asked for. A time
   「まで」 (これまで, 今まで, いつまで, 8月まで) is not a quota asked (「何人まで」 still is).
"""

from __future__ import annotations

import pytest

from support import converse
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

STAGE_LIMIT_BESIDE_OTHERS_WORKING = [
    ("I work at a supervising organization and one client has 350 regular full-time employees (normal company, not "
     "excellent). My colleague says basic number is 17 so the No.2 limit is 17x2 = 34. Is that correct? What are the "
     "No.1 and No.2 limits exactly?", 350),
    ("I'm in charge at a kanri dantai and one member company has 120 full-time staff. My boss said the No.1 limit is "
     "6. What is the No.2 limit?", 120),
    ("I work for a supervising organization and a client has 200 full-time employees. Someone told me it is 10. "
     "What's the max for No.3?", 200),
    ("We have 350 full-time employees. My colleague says basic number is 17 so the No.2 limit is 34. Is that correct? "
     "What are the No.1 and No.2 limits exactly?", 350),
    ("監理団体の職員です。受入れ企業は常勤職員350人の一般の会社です。同僚が言うには基本人数は17なので2号の上限は34人とのことですが、正しいですか？"
     "1号と2号の上限は正確には何人ですか？", 350),
    ("監理団体で働いています。取引先の常勤職員は120人です。同僚が言うには1号は6人だそうです。1号と2号の上限は？", 120),
]


@pytest.mark.parametrize(("text", "count"), STAGE_LIMIT_BESIDE_OTHERS_WORKING)
def test_a_stage_limit_asked_beside_others_working_reads_the_quota(text: str, count: int) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert "trainee_quota" in parsed.intents, parsed
    assert parsed.slots.get("full_time_employees") == count


@pytest.mark.parametrize(("text", "count"), STAGE_LIMIT_BESIDE_OTHERS_WORKING[:1] + STAGE_LIMIT_BESIDE_OTHERS_WORKING[4:5])
def test_a_stage_limit_asked_beside_others_working_runs_the_quota(bot, text: str, count: int) -> None:
    reply = converse(bot, text)
    calls = [c for c in reply.tool_calls if c.name == "trainee_quota"]
    assert calls and calls[0].args["full_time_employees"] == count, (reply.tool_calls, reply.answer)
    assert "17" in reply.answer and "35" in reply.answer


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
