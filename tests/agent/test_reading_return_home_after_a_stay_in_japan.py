"""A return from Japan said as done ("went back to Manila", "moved back to vietnam", "returned to Nepal", "now back in
Colombo", 「ベトナムに帰国しました」「今はネパールに戻りました」「ハノイへ帰りました」) is where the applicant lives now, and the stay in
Japan before it (also written as a CV item without its subject: "studied in Japan (graduated 2022)") is over: not
residing in Japan. A return still planned (「来月ネパールに帰国します」) says nothing of where they live now."""

from __future__ import annotations

import pytest

from tests.agent.reading_checks import slots_of


@pytest.mark.parametrize("text", [
    "I'm Sri Lankan, studied in Japan (graduated 2022), now back in Colombo, 29, N2. eligible?",
    "I graduated from a Japanese university in 2023 and went back to Manila, filipino 26 N1. eligible?",
    "i lived in japan for 3 years but moved back to vietnam in 2022",
    "worked in Japan as a trainee, went back home to Hanoi in 2021, 27, vietnamese, N3",
    "I returned to Nepal last year",
    "以前日本に住んでいましたが、今はネパールに戻りました",
    "日本の大学を卒業して、ベトナムに帰国しました",
    "日本で技能実習をして、2021年にハノイへ帰りました",
])
def test_return_home_is_not_residing_in_japan(text: str) -> None:
    assert slots_of(text)["residing_in_japan"] is False


@pytest.mark.parametrize("text", ["I came back to Japan last month, nepali 27", "先月日本に戻ってきました"])
def test_return_to_japan_is_residing_in_japan(text: str) -> None:
    assert slots_of(text)["residing_in_japan"] is True


def test_a_return_still_planned_says_nothing() -> None:
    assert "residing_in_japan" not in slots_of("来月ネパールに帰国します")
