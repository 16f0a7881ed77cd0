"""Several citizenships of the user's own (pack act ``several_nationalities``): each country stated is checked
(``nationality`` and ``other_nationalities``), a dual national being eligible through either; a country lived in and
another person's nationality are none of the user's, and one citizenship stays one, EN and JA."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


def _held(text: str) -> set[str]:
    slots = UNDERSTANDER.parse(text).slots
    return {slots.get("nationality"), *slots.get("other_nationalities", [])} - {None}


@pytest.mark.parametrize("text, held", [
    ("Hola. I'm Chilean, 26 years old, living in Valparaíso. My mom is Peruvian so I also have Peruvian nationality "
     "(I have both passports). Can I apply to the METI internship?", {"Chile", "Peru"}),
    ("I'm a dual citizen of Chile and Peru, 26, living in Lima, fluent English. Am I eligible for JIP?",
     {"Chile", "Peru"}),
    ("I'm Chinese but I also hold Thai citizenship. 25 years old, English fluent. Can I apply to JIP?",
     {"China", "Thailand"}),
    ("I have two passports, Ghanaian and British. 30 years old. Can I apply for the Japan Internship Program?",
     {"Ghana", "United Kingdom"}),
    ("チリ国籍ですが、母がペルー人なのでペルーの国籍も持っています。26歳で英語は得意です。JIPに応募できますか？",
     {"Chile", "Peru"}),
    ("私はチリとペルーの国籍を持っています。26歳、サンティアゴ在住です。JIPに応募できますか？", {"Chile", "Peru"}),
    ("ベトナムとフランスの二重国籍です。28歳、英語は流暢です。JIPに応募できますか？", {"Viet Nam", "France"}),
])
def test_each_citizenship_stated_is_checked(text: str, held: set[str]) -> None:
    assert _held(text) == held


@pytest.mark.parametrize("text", [
    "I'm Chilean, 26, living in Peru. Can I apply to the METI internship?",
    "I'm Indian, 29. My husband is Nepali. Can I apply to JIP?",
    "インド国籍、29歳、ネパール在住です。JIPに応募できますか？",
    "私はインド人です。夫はネパール人です。JIPに応募できますか？",
])
def test_one_citizenship_stays_one(text: str) -> None:
    assert "other_nationalities" not in UNDERSTANDER.parse(text).slots


@pytest.mark.parametrize("text, said", [
    ("Hola. I'm Chilean, 26 years old, living in Valparaíso. My mom is Peruvian so I also have Peruvian nationality "
     "(I have both passports). I speak English well. Can I apply to the METI internship?", ("Peru", "Chile")),
    ("チリとペルーの二重国籍です。26歳、サンティアゴ在住で英語は流暢です。JIPに応募できますか？", ("ペルー", "チリ")),
])
def test_the_reply_says_which_citizenship_qualifies(bot, text: str, said: tuple[str, ...]) -> None:
    from support import converse

    reply = converse(bot, text)
    call = next(c for c in reply.tool_calls if c.name == "jip_eligibility")
    assert call.result["eligible"] == "yes"
    assert all(word in reply.answer for word in said)


@pytest.mark.parametrize("text, held", [
    ("I'm a US citizen but I was born in Vietnam and still have Vietnamese citizenship. 30, N1, living in Ho Chi Minh. "
     "JIP?", {"United States", "Viet Nam"}),
    ("I became Canadian in 2015 but kept my Indian citizenship. 33, living in Toronto. Can I apply to JIP?",
     {"Canada", "India"}),
    ("I'm British and I still hold my Nigerian passport. 29, english native. eligible for JIP?",
     {"United Kingdom", "Nigeria"}),
    ("I'm German, I retained Turkish nationality too. 31, fluent English. Can I join JIP?", {"Germany", "Türkiye"}),
    ("アメリカ国籍ですが、ベトナム国籍も持っています。30歳、ホーチミン在住、N1です。JIPに応募できますか？",
     {"United States", "Viet Nam"}),
    ("米国籍ですが、フィリピンの国籍も持っています。27歳です。JIPに応募できますか？", {"United States", "Philippines"}),
])
def test_a_citizenship_kept_or_still_held_beside_another_is_checked(text: str, held: set[str]) -> None:
    # a second citizenship said as kept ("still have", "kept my", "retained") is the user's: the first probe had a
    # dual US/Vietnamese citizen told "not eligible" from the US citizenship alone; JA short names (アメリカ, 米国)
    assert _held(text) == held
