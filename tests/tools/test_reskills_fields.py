"""R7: one source for the Re-Skills course fields: the rule book's keywords (knowledge/rules/reskills.yaml).

Every keyword, English and Japanese, reaches the same covered field through the tool (passed straight as the
course subject) and through a chat message (the Understander reads the field from the same keywords); Latin keywords
match as whole words (a keyword inside another word does not count), Japanese ones as substrings (NFKC, full-width
letters included); no second list of field words is left in the language packs.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
import yaml

from bot.agent.understand import Understander
from bot.tools.reskills import match_field, reskills_course_check
from tests.knowledge import repo_rules, repo_understander

KNOWLEDGE = Path(__file__).resolve().parents[2] / "knowledge"
RULES = repo_rules()
UNDERSTANDER = repo_understander()
FIELDS = RULES.reskills.fields
KEYWORDS = [(keyword, rule.id) for rule in FIELDS for keyword in rule.keywords]
LATIN = [(k, i) for k, i in KEYWORDS if k.isascii()]
JAPANESE = [(k, i) for k, i in KEYWORDS if not k.isascii()]


def test_the_rule_book_has_japanese_keywords_for_every_field() -> None:
    for rule in FIELDS:
        assert any(not k.isascii() for k in rule.keywords), rule.id


@pytest.mark.parametrize("keyword,field_id", KEYWORDS)
def test_every_keyword_reaches_its_field_through_the_tool(keyword: str, field_id: str) -> None:
    result = reskills_course_check(30, 40, keyword, rules=RULES)
    assert result.matched_field_id == field_id
    wide = unicodedata.normalize("NFKC", keyword).upper() if keyword.isascii() else keyword
    assert match_field(wide, FIELDS).id == field_id


@pytest.mark.parametrize("keyword,field_id", LATIN)
@pytest.mark.parametrize("frame", ["Does our {k} course qualify for Re-Skills certification? 40 hours total, 24 "
                                   "hours practical.", "Re-Skills check: a {k} workshop, 40 hours with 24 hours of "
                                   "practice"])
def test_every_english_keyword_reaches_the_same_field_through_a_chat_message(frame: str, keyword: str,
                                                                            field_id: str) -> None:
    slots = UNDERSTANDER.parse(frame.format(k=keyword)).slots
    assert "field" in slots, slots
    assert match_field(slots["field"], FIELDS).id == field_id


@pytest.mark.parametrize("keyword,field_id", JAPANESE + [(k.upper(), i) for k, i in LATIN if len(k) <= 4])
@pytest.mark.parametrize("frame", ["Re-Skillsの認定を受けられますか？私たちの{k}講座は総時間40時間、実習24時間です。",
                                   "{k}のコース（総時間40時間、実習24時間）はReスキル講座の認定対象になりますか？"])
def test_every_japanese_keyword_reaches_the_same_field_through_a_chat_message(frame: str, keyword: str,
                                                                             field_id: str) -> None:
    slots = UNDERSTANDER.parse(frame.format(k=keyword)).slots
    assert "field" in slots, slots
    assert match_field(slots["field"], FIELDS).id == field_id


@pytest.mark.parametrize("text", ["said", "clouds of dust", "detail", "plain", "aid"])
def test_a_latin_keyword_inside_another_word_is_no_field(text: str) -> None:
    assert match_field(text, FIELDS) is None


def test_no_second_list_of_field_words_in_the_language_packs() -> None:
    for path in (KNOWLEDGE / "nlu").glob("??.yaml"):
        pack = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert "field_cues" not in (pack.get("patterns") or {}), path
        assert "field" not in (pack.get("words") or {}), path


def test_a_japanese_subject_passed_straight_to_the_tool_is_covered() -> None:
    for subject in ("データサイエンス", "機械学習", "クラウドセキュリティ", "ＡＩ講座"):
        assert reskills_course_check(30, 40, subject, rules=RULES).matched_field_id is not None, subject
