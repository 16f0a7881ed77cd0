"""Class: a one-kanji Japanese search term (都: the Tokyo government) counts only as a word of its own, never as the
tail of a longer kanji word, so a question about Kyoto or a capital city is not searched as a Tokyo-support question."""
from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

TOKYO_GOVERNMENT = "Tokyo Metropolitan Government"


@pytest.mark.parametrize("text", [
    "京都のおすすめホテルは？",
    "京都で安い宿を教えて",
    "首都圏で働ける仕事はありますか",
    "都道府県ごとの最低賃金は？",
])
def test_one_kanji_term_inside_a_longer_word_is_not_searched(text: str) -> None:
    assert TOKYO_GOVERNMENT not in repo_understander().search_terms(text)


@pytest.mark.parametrize("text", [
    "外国人材の受入れについて都の支援ってありますか？",
    "東京都の中小企業向けの支援は？",
    "東京都がやっている支援みたいなものってありますか？",
    "都が運営している窓口はどこですか",
])
def test_one_kanji_term_as_its_own_word_is_searched(text: str) -> None:
    assert TOKYO_GOVERNMENT in repo_understander().search_terms(text)


def test_compound_that_means_tokyo_is_searched() -> None:
    assert TOKYO_GOVERNMENT in repo_understander().search_terms("都内で町工場をやっています。支援はありますか？")
