"""Class: a fact stated negated is its negation, never the fact (a negated status read as excellent=true was a wrong
verdict). Every boolean slot read from a statement (excellent, residing_in_japan, english_proficient, the nursing-care
occupation, online / in person) is checked over the negation forms of each language: Japanese keigo and casual
(受けておりません / 受けていません / ではない / じゃない / なし / 取っていない / 持っていない / まだです) and English
(not certified as, haven't got, not yet, no longer, don't, isn't). The same statements without the negation keep the
fact, so the negation is what decides."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

QUOTA_JA = "常勤職員は30名です。技能実習生は何人まで受け入れられますか。"
QUOTA_EN = " We have 45 full-time staff. How many trainees can we accept?"
JIP_JA = "ケニア国籍、30歳です。JIPに応募できますか。"
JIP_EN = " I'm Kenyan, 30. Can I apply for the JIP?"

# (message, slot, value the negated statement means; None: the slot is left unset, so it is asked)
NEGATED = [
    ("優良認定は受けておりませんが、" + QUOTA_JA, "excellent", False),
    ("優良認定は受けていません。" + QUOTA_JA, "excellent", False),
    ("うちは優良ではないです。" + QUOTA_JA, "excellent", False),
    ("優良じゃないけど、" + QUOTA_JA, "excellent", False),
    ("優良認定なし。" + QUOTA_JA, "excellent", False),
    ("優良認定は取っていないです。" + QUOTA_JA, "excellent", False),
    ("優良の認定は持っていません。" + QUOTA_JA, "excellent", False),
    ("優良認定はまだです。" + QUOTA_JA, "excellent", False),
    ("We are not certified as excellent." + QUOTA_EN, "excellent", False),
    ("We haven't got excellent status." + QUOTA_EN, "excellent", False),
    ("We are not yet excellent." + QUOTA_EN, "excellent", False),
    ("We're not an excellent implementing organization." + QUOTA_EN, "excellent", False),
    ("We don't have excellent certification." + QUOTA_EN, "excellent", False),
    ("東京には住んでいません。" + JIP_JA, "residing_in_japan", False),
    ("日本では働いていません。" + JIP_JA, "residing_in_japan", False),
    ("I don't live in Japan." + JIP_EN, "residing_in_japan", False),
    ("I'm not currently living in Tokyo." + JIP_EN, "residing_in_japan", False),
    ("I no longer live in Japan." + JIP_EN, "residing_in_japan", False),
    ("英語は得意ではありません。" + JIP_JA, "english_proficient", False),
    ("英語は話せません。" + JIP_JA, "english_proficient", False),
    ("英語はあまりできないです。" + JIP_JA, "english_proficient", False),
    ("My English isn't good." + JIP_EN, "english_proficient", False),
    ("I don't speak English." + JIP_EN, "english_proficient", False),
    ("介護職種ではありません。" + QUOTA_JA, "occupation", "general"),
    ("介護じゃないです。" + QUOTA_JA, "occupation", "general"),
    ("We are not a nursing care home." + QUOTA_EN, "occupation", "general"),
    ("オンラインではありません。20日間のJIPインターンシップの支援金はいくらですか。", "mode", None),
]

AFFIRMED = [
    ("優良認定を受けております。" + QUOTA_JA, "excellent", True),
    ("うちは優良です。" + QUOTA_JA, "excellent", True),
    ("We are certified as excellent." + QUOTA_EN, "excellent", True),
    ("We have excellent status." + QUOTA_EN, "excellent", True),
    ("東京に住んでいます。" + JIP_JA, "residing_in_japan", True),
    ("I live in Japan." + JIP_EN, "residing_in_japan", True),
    ("英語は得意です。" + JIP_JA, "english_proficient", True),
    ("My English is good." + JIP_EN, "english_proficient", True),
    ("介護職種です。" + QUOTA_JA, "occupation", "nursing_care"),
    ("We are a nursing care home." + QUOTA_EN, "occupation", "nursing_care"),
    ("オンラインです。20日間のJIPインターンシップの支援金はいくらですか。", "mode", "online"),
]


@pytest.mark.parametrize(("text", "slot", "value"), NEGATED)
def test_a_negated_fact_is_read_as_its_negation(text: str, slot: str, value: object) -> None:
    assert UNDERSTANDER.parse(text).slots.get(slot) == value


@pytest.mark.parametrize(("text", "slot", "value"), AFFIRMED)
def test_the_same_fact_stated_plainly_is_the_fact(text: str, slot: str, value: object) -> None:
    assert UNDERSTANDER.parse(text).slots.get(slot) == value


@pytest.mark.parametrize(("text", "slot", "value"), [
    # a value stated plainly beside a negated one is the value ("not online but in person")
    ("オンラインではなく対面で20日間のJIPインターンシップの支援金はいくらですか。", "mode", "in_person"),
    ("It will be in person, not online: 20 days. How much are the JIP support funds?", "mode", "in_person"),
    # the supervising organization's status is not the user's ("監理団体は優良ではない")
    ("当社は優良ですが、監理団体は優良ではありません。" + QUOTA_JA, "excellent", True),
])
def test_a_plain_value_beside_a_negated_one_wins(text: str, slot: str, value: object) -> None:
    assert UNDERSTANDER.parse(text).slots.get(slot) == value
