"""Where the applicant, or the person asked about (彼, she, my friend), works now, stated as a fact (「彼は今オーストラリアで
働いていて」「ドバイで働いています」「シンガポールの会社に勤めています」, "he works in Sydney", "she has a job in Dubai") is where
that person is for the eligibility check (residing_in_japan False outside Japan), never a job sought abroad refused as
outside the documents: in one message and in a message that continues the check, EN and JA. A job sought abroad
(「カナダで働きたいのですが」, "I want to work in Canada, can you help me find a job?") is still one."""

from __future__ import annotations

import pytest

from tests.agent.reading_checks import calls_named
from support import converse
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text", [
    "補足です。彼は今オーストラリアで働いていて、日本には住んでいません。日本語能力試験はN2を持っています。",
    "彼女はドバイで働いています。",
    "私はシドニーで働いています。",
    "友人はタイで働いており、日本には住んでいません。",
    "私は今カナダで仕事をしています。",
    "彼はシドニーで仕事してます。",
    "彼はシンガポールの会社に勤めています。",
    "彼はベトナムで就職しています。",
    "He works in Sydney.",
    "She is working in Dubai now.",
    "My friend works in Sydney and doesn't live in Japan.",
    "He currently has a job in Sydney.",
    "I have a job in Dubai right now.",
    "My current job is in Singapore.",
])
def test_a_place_of_work_stated_is_residence_abroad_not_a_job_sought(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert not parsed.other_request
    assert parsed.slots.get("residing_in_japan") is False


@pytest.mark.parametrize("text", [
    "私はカナダで働いていました。",  # a past job is a fact too
    "ベトナムで就職しました。",
    "He used to work in Toronto.",
])
def test_a_past_place_of_work_is_no_job_sought(text: str) -> None:
    assert not UNDERSTANDER.parse(text).other_request


@pytest.mark.parametrize("text", [
    "カナダで働きたいのですが",
    "カナダで働いてみたいです",
    "ドバイで仕事を探しています。",
    "ドイツで就職したいです。",
    "I want to work in Canada, can you help me find a job?",
    "I'm looking for a job in Canada.",
    "I have a job offer in Canada, can you help me negotiate?",
])
def test_a_job_sought_abroad_is_still_another_request(text: str) -> None:
    assert UNDERSTANDER.parse(text).other_request


@pytest.mark.parametrize("turns", [
    ["経産省のインターンシッププログラム（JIP）について質問です。知り合いのベトナム人（２９歳）が応募を考えています。応募できますか？",
     "補足です。彼は今オーストラリアで働いていて、日本には住んでいません。日本語能力試験はN2を持っています。過去にこのプログラムに"
     "参加したことはありません。"],
    ["JIPに応募したいです。ベトナム人で、29歳です。応募できますか？",
     "今はシドニーで働いています。日本語能力試験はN2です。"],
    ["My friend is Vietnamese and 29. Can he apply for the Japan Internship Program?",
     "He works in Sydney now and doesn't live in Japan. He has JLPT N2."],
    ["I'm Vietnamese, 29. Am I eligible for JIP?", "I have a job in Sydney right now. JLPT N2."],
])
def test_a_place_of_work_in_the_next_turn_continues_the_check(bot, turns: list[str]) -> None:
    reply = converse(bot, *turns)
    assert not reply.refused, reply.answer
    call = calls_named(reply, "jip_eligibility")[-1]
    assert call.args["age"] == 29 and call.args["residing_in_japan"] is False


@pytest.mark.parametrize("text", [
    "知り合いのベトナム人（29歳）は今ドバイで働いています。JIPに応募できますか？",
    "ベトナム人、29歳です。今シドニーで働いていて、日本語能力試験N2です。応募できますか？",
    "My friend is Vietnamese, 29, and works in Dubai now. Can he apply for JIP?",
])
def test_a_place_of_work_in_the_question_is_checked(bot, text: str) -> None:
    reply = converse(bot, text)
    assert not reply.refused, reply.answer
    call = calls_named(reply, "jip_eligibility")[-1]
    assert call.args["age"] == 29 and call.args["residing_in_japan"] is False


@pytest.mark.parametrize("turns", [
    ["ベトナム人、29歳です。JIPに応募できますか？", "シンガポールの会社に勤めています。"],
    ["知り合いのベトナム人（29歳）がJIPに応募できるか知りたいです。", "彼女はシンガポールの会社で働いています。"],
])
def test_the_country_of_the_place_of_work_keeps_the_nationality_told_before(bot, turns: list[str]) -> None:
    call = calls_named(converse(bot, *turns), "jip_eligibility")[-1]
    assert call.args["nationality"] == "Viet Nam" and call.args["residing_in_japan"] is False
