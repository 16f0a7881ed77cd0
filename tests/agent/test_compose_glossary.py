"""Official Japanese names (knowledge/glossary.yaml) in Japanese replies: a Japanese reply that renders an
English list names its items by their official Japanese names, a heading that labels a quote is named in
Japanese, and the quoted passage itself stays in English, marked as such."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.agent import compose
from bot.answers.glossary import Glossary
from bot.contracts import Passage, SearchResult

GLOSSARY = Path(__file__).resolve().parents[2] / "knowledge" / "glossary.yaml"
TERMS = [(en, row["ja"]) for row in yaml.safe_load(GLOSSARY.read_text(encoding="utf-8"))["terms"] for en in row["en"]]


def _answer(text: str, question: str, lang: str = "ja", section: str = "") -> str:
    passage = Passage(text=text, chunk_id="d::1", doc_id="d", title="Doc", section=section, program="", as_of=None)
    result = SearchResult(query=question, relevant=True, confidence=0.9, passages=[passage])
    return compose.compose_knowledge_answer(question, result, lang=lang).answer


@pytest.mark.parametrize(("en", "ja"), TERMS, ids=[en for en, _ in TERMS])
def test_every_term_of_the_glossary_renders_by_its_official_name(en: str, ja: str) -> None:
    assert Glossary.load().find(f"… {en} …") == [ja]  # each spelling whole, not a shorter term inside it
    other = "welding" if en.lower() != "welding" else "painting"
    answer = _answer(f"The items covered are the following:\n\n- {en}\n- {other}\n", "対象となる項目は何ですか")
    lead, quote = answer.split("\n\n")[:2]
    assert ja in lead and Glossary.load().find(other)[0] in lead, answer
    assert "英語の原文" in quote and en in quote  # the quote stays in English, marked as such


def test_a_list_is_named_by_its_items_not_their_explanations() -> None:
    text = ("Support for interns:\n\n- Pre-training for interns (explanations of the business overview; online "
            "sessions)\n- Arrangement of accommodation\n- Internship insurance\n")
    lead = _answer(text, "インターン生への支援にはどのようなものがありますか").split("\n\n")[0]
    assert lead.startswith("資料に挙げられているのは、事前研修、宿泊先の手配、インターンシップ保険です"), lead
    assert "オンライン" not in lead  # a word inside an item's explanation is not an item


def test_a_list_with_an_item_the_glossary_does_not_know_gets_no_partial_naming() -> None:
    text = "Courses must:\n\n- state the details of occupations\n- provide practical courses\n- welding\n"
    first = _answer(text, "講座の要件は何ですか").split("\n\n")[0]
    assert not first.startswith("資料に挙げられているのは"), first


def test_an_english_reply_names_no_terms_in_japanese() -> None:
    answer = _answer("Fields:\n\n- construction\n- shipbuilding / ship industry\n", "Which fields are covered?", "en")
    assert "建設" not in answer and answer.startswith("Fields: construction")


def test_a_heading_that_labels_a_quote_is_named_in_japanese() -> None:
    from bot.query import TextAnalyzer, load_vocabulary

    analyzer = TextAnalyzer(load_vocabulary(GLOSSARY.parent))
    passage = Passage(text="The maximum period is 5 years.", chunk_id="w::1", doc_id="w", title="WAASA",
                      section="Related Information > Technical Intern Training System", program="ssw", as_of=None)
    result = SearchResult(query="q", relevant=True, confidence=0.9, passages=[passage])
    answer = compose.compose_knowledge_answer("最長何年ですか", result, lang="ja", analyzer=analyzer).answer
    assert "「技能実習制度」" in answer and "Technical Intern Training System" not in answer.split("“")[0], answer


# Japanese list questions over the English documents (the real index): the items, in Japanese, first.
@pytest.mark.parametrize(("question", "names"), [
    ("特定技能2号に移行できる分野はどれですか", ["建設", "造船・舶用工業"]),
    ("Reスキル講座の対象分野は何ですか", ["AI", "データサイエンス", "高度なセキュリティ・ネットワーク", "IT利活用"]),
    ("JIPのインターン生への支援にはどのようなものがありますか", ["事前研修", "ビザ取得の支援", "活動支援金"]),
])
def test_a_japanese_list_question_over_an_english_document_names_the_items_in_japanese(
    bot, question: str, names: list[str]
) -> None:
    reply = bot.reply(bot.new_conversation(), question)
    lead = reply.answer.split("\n\n")[0]
    assert all(name in lead for name in names), reply.answer
    assert "英語の原文" in reply.answer.split("\n\n")[1]
