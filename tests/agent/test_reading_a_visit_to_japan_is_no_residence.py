"""Being in Japan on a visit (a tourist visa, a trip, a holiday, a business trip: "I'm in Japan on a tourist visa right
now", "currently in Japan for a short trip", 「観光ビザで日本に滞在中」「旅行で日本に来ています」「出張で東京に来ています」) is no
residence in Japan: where the applicant lives is read from the rest of the message, or asked."""

from __future__ import annotations

import pytest

from tests.agent.reading_checks import slots_of


@pytest.mark.parametrize("text", [
    "I'm in Japan on a tourist visa right now, indian citizen, 27, english fluent, can i apply for jip?",
    "i am in tokyo on holiday, filipino, 27",
    "I'm on a tourist visa in Japan, kenyan, 30",
    "現在観光ビザで日本に滞在中、スリランカ人、26歳",
    "出張で東京に来ています。ベトナム人、28歳",
])
def test_visit_is_no_residence(text: str) -> None:
    assert slots_of(text).get("residing_in_japan") is not True


@pytest.mark.parametrize("text", [
    "currently in Japan for a short trip, I live in Hanoi",
    "I'm in Japan as a tourist, I live in Nairobi",
    "旅行で日本に来ています。普段はハノイに住んでいます",
])
def test_home_said_beside_the_visit_is_where_they_live(text: str) -> None:
    assert slots_of(text)["residing_in_japan"] is False


@pytest.mark.parametrize("text", ["I'm in Japan, kenyan, 27", "日本に住んでいます", "大阪にいます"])
def test_being_in_japan_without_a_visit_is_residence(text: str) -> None:
    assert slots_of(text)["residing_in_japan"] is True
