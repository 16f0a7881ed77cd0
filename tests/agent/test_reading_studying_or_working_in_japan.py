"""Studying or working in a place in Japan means residing in Japan.

Studying / working at a place in Japan (a language school in Osaka) is residing in Japan; a language school abroad is not."""

from __future__ import annotations

import pytest

from tests.agent.reading_checks import slots_of
from tests.knowledge import repo_understander

U = repo_understander()


@pytest.mark.parametrize("text", [
    "I'm from the Philippines and currently studying my master's in Osaka. I'm 26. Am I eligible for the JIP?",
    "Vietnamese, 24, doing my PhD at a university in Sendai right now. Can I join the internship program?",
    "フィリピン人で、いま東京の専門学校に留学中です（２２歳、日本語N3）。JIPに申し込めますか？",
    "ネパール出身で、今は大阪の会社で働いています。29歳です。応募できますか？",
    "hello sir im nepali 29 years old, now i am studying in japanese language school in osaka and i have N3. can i "
    "join METI japan internship program?",
    "I'm Vietnamese, 24, N2, studying at a Japanese language school in Fukuoka. Can I apply to JIP?",
    "I am Indian, 26, working at a company in Nagoya. Can I apply for the JIP?",
    "大阪の日本語学校に通っています。ネパール国籍、29歳、N3です。JIPに応募できますか？",
], ids=["en-studying-masters-in-osaka", "en-phd-at-a-university-in-sendai", "ja-tokyo-no-senmon-gakkou-ni-ryuugaku",
        "ja-osaka-no-kaisha-de-hataraite", "en-studying-in-language-school-in-osaka", "en-language-school-in-fukuoka",
        "en-working-at-a-company-in-nagoya", "ja-osaka-no-nihongo-gakkou-ni-kayotte"])
def test_studying_or_working_in_japan_is_residing_in_japan(text: str) -> None:
    assert slots_of(text).get("residing_in_japan") is True


def test_a_language_school_abroad_is_not_japan() -> None:
    text = "I study in english language school in Manila, Filipino, 25, N3. can i apply to jip?"
    assert U.parse(text).slots.get("residing_in_japan") is False
