"""A Japanese reply names a term the way the user wrote it too: the official name followed by the user's
spelling (中華人民共和国（中国）, 厚生労働省（厚労省）), so what they asked about is visibly answered."""

from __future__ import annotations

import pytest

from bot.answers.glossary import Glossary


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return Glossary.load()


@pytest.mark.parametrize("question,text,expected", [
    ("JIPってどこの国の人が応募できるんですか？中国人の知り合いが興味あるみたいなんですが。", "中華人民共和国",
     "中華人民共和国（中国）"),
    ("中国籍でも応募できますか？", "中華人民共和国", "中華人民共和国（中国）"),
    ("厚労省の窓口はどこですか？", "厚生労働省", "厚生労働省（厚労省）"),
])
def test_the_users_spelling_follows_the_official_name(glossary: Glossary, question: str, text: str,
                                                      expected: str) -> None:
    assert glossary.as_asked(text, question) == expected


@pytest.mark.parametrize("question,text", [
    ("中華人民共和国の国籍でも応募できますか？", "中華人民共和国"),  # the official name asked: nothing to add
    ("教育訓練給付はもらえますか？", "教育訓練給付制度"),  # a part of the official name
    ("日本にいる人は応募できますか？", "日本に住んでいる人"),  # a phrase, not a name
    ("インドの人は応募できますか？", "中華人民共和国"),  # not asked
])
def test_nothing_is_added_otherwise(glossary: Glossary, question: str, text: str) -> None:
    assert glossary.as_asked(text, question) == text
