"""Class: a negation binds only within its own clause. A stated ability in brackets or in a relative clause
(「26歳の方（英語が堪能です）に来てもらえないか」, "a graduate who speaks English well, can't we invite him?", "wouldn't a
graduate who is fluent in English be eligible?") is not negated by the request's or the main clause's negation: the
same sentence with and without a following negated clause reads the same (EN and JA). A negation of the ability
itself still negates it."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

# (with a negation in another clause, the same without it)
PAIRS = [
    ("中国の大学を卒業した26歳の方（英語が堪能です）に来てもらえないかと思っているのですが、この方はJIPに応募できますか？",
     "中国の大学を卒業した26歳の方（英語が堪能です）に来てもらいたいと思っているのですが、この方はJIPに応募できますか？"),
    ("ベトナム人の卒業生（英語が話せます）を呼べないか検討中です。JIPに応募できますか？",
     "ベトナム人の卒業生（英語が話せます）を呼ぼうと検討中です。JIPに応募できますか？"),
    ("インドの学生（英語が得意です）に来てもらえないでしょうか。JIPの対象になりますか？",
     "インドの学生（英語が得意です）に来てもらいたいです。JIPの対象になりますか？"),
    ("A 26-year-old Chinese graduate who speaks English well, can't we invite him to the JIP?",
     "A 26-year-old Chinese graduate who speaks English well, can we invite him to the JIP?"),
    ("Wouldn't a Chinese graduate who is fluent in English be eligible for the JIP?",
     "Would a Chinese graduate who is fluent in English be eligible for the JIP?"),
    ("Couldn't we bring over a Kenyan graduate (fluent in English) through the JIP?",
     "Could we bring over a Kenyan graduate (fluent in English) through the JIP?"),
]
NEGATED = [
    "英語は堪能ではありません。JIPに応募できますか？",
    "英語が得意な方ではありません。",
    "英語はビジネスレベルには達していません。",
    "He does not speak English well. Can he apply for the JIP?",
    "I am someone who is not fluent in English.",
]
# a cue inside the noun phrase the negated verb takes is negated with it
NEGATED_EXCELLENT = ["常勤職員は45名です。優良な実習実施者の認定を取得しておりません。"]


@pytest.mark.parametrize("negated, plain", PAIRS)
def test_a_negation_of_another_clause_leaves_the_ability_stated(negated: str, plain: str) -> None:
    assert UNDERSTANDER.parse(plain).slots.get("english_proficient") is True
    assert UNDERSTANDER.parse(negated).slots.get("english_proficient") is True


@pytest.mark.parametrize("text", NEGATED)
def test_a_negation_of_the_ability_itself_still_negates_it(text: str) -> None:
    assert UNDERSTANDER.parse(text).slots.get("english_proficient") is False


@pytest.mark.parametrize("text", NEGATED_EXCELLENT)
def test_a_cue_in_the_negated_verbs_object_is_negated(text: str) -> None:
    assert UNDERSTANDER.parse(text).slots.get("excellent") is False
