"""Hours paired with their keyword clause by clause: a message that writes one figure number-first and the next
keyword-first ("120 hours in total, hands-on practice 70 hours") reads both; a thousands separator is not a
clause break; a Japanese label joined with ・ or と ("演習・発表は27時間") still labels the hours."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

TOTAL = ["{t} hours in total", "total {t} hours", "{t} hours total", "in total {t} hours"]
PRACTICAL = ["hands-on practice {p} hours", "{p} hours of practice", "practical {p} hours", "exercises {p} hours",
             "{p} hours hands-on"]


@pytest.mark.parametrize("practical", PRACTICAL)
@pytest.mark.parametrize("total", TOTAL)
@pytest.mark.parametrize("sep", [", ", "; ", ". "])
def test_total_and_practical_hours_in_either_order_per_clause(total: str, practical: str, sep: str) -> None:
    for first, second in ((total, practical), (practical, total)):
        text = f"Our Re-Skills course: {first.format(t=120, p=70)}{sep}{second.format(t=120, p=70)}. Is it ok?"
        slots = UNDERSTANDER.parse(text).slots
        assert (slots.get("total_hours"), slots.get("practical_hours")) == (120, 70), text


def test_a_thousands_separator_does_not_split_a_number() -> None:
    slots = UNDERSTANDER.parse("Re-Skills course: total 1,200 hours with practice 700 hours").slots
    assert (slots.get("total_hours"), slots.get("practical_hours")) == (1200, 700)


@pytest.mark.parametrize("label", ["演習", "演習・発表", "実習・グループワーク", "演習と発表", "実習（演習・発表を含む）", "実技・プレゼンテーション"])
@pytest.mark.parametrize("verb", ["は", "が", ""])
def test_japanese_practical_hours_with_a_joined_label(label: str, verb: str) -> None:
    text = f"総時間60時間のうち、{label}{verb}27時間です。Re-Skills講座の実習要件を満たしますか。"
    slots = UNDERSTANDER.parse(text).slots
    assert (slots.get("total_hours"), slots.get("practical_hours")) == (60, 27), text
