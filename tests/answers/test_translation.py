"""Reference translations (knowledge/translations/ja, bot/answers/translation.py): a Japanese reply that quotes
an English unit shows the quote as written and cited, then its Japanese reference translation under a label.

The class: for most knowledge questions a Japanese owner could only read the lead sentence; the facts were in
the English quote. The tests state it over the repository's documents as ingested: every unit has a
translation, each translation keeps the numbers and the official names of its source, and every position a
reply quotes from (first, more, closest) shows it in Japanese and never in English.
"""

from __future__ import annotations

import functools
import re
import shutil
import unicodedata
from pathlib import Path

import pytest

from bot.agent import compose
from bot.agent.responses import Responses
from bot.answers.glossary import Glossary
from bot.answers.translation import LANGUAGE_FILE, Translations, TranslationFile, key
from bot.answers.units import BLOCK, ITEM, LIST, SENTENCE, Unit, decode_units
from bot.chunking import chunk_document
from bot.contracts import Passage, SearchResult
from bot.corpus import Document, load_corpus
from bot.datafile import load_model
from bot.errors import ConfigError
from bot.settings import Settings
from knowledge import KNOWLEDGE, repo_rules

TRANSLATIONS = KNOWLEDGE / "translations"
LABEL = "参考訳"


@functools.cache
def documents() -> list[Document]:
    return load_corpus(KNOWLEDGE / "docs").documents


@functools.cache
def ingested(doc_id: str) -> tuple[tuple[Passage, tuple[Unit, ...]], ...]:
    """The document's chunks as the project's chunker makes them at ingest (default chunk sizes), as passages
    carrying their stored units."""
    doc = next(d for d in documents() if d.id == doc_id)
    settings = Settings(_env_file=None)
    out = []
    for chunk in chunk_document(doc, settings.chunk_size, settings.chunk_overlap):
        meta = chunk.metadata
        passage = Passage(chunk_id=chunk.chunk_id, doc_id=doc.id, title=doc.title, section=str(meta["section"]),
                          program=doc.program, as_of=doc.as_of, text=chunk.text, units=str(meta["units"]))
        out.append((passage, tuple(decode_units(str(meta["units"])) or ())))
    return tuple(out)


def units_of(doc_id: str) -> list[Unit]:
    seen: dict[str, Unit] = {}
    for _, units in ingested(doc_id):
        for unit in units:
            seen.setdefault(unit.text, unit)
    return list(seen.values())


def pieces_of(doc_id: str) -> set[str]:
    """The source pieces units are made of (sentences, list items, the labels of lists and blocks) and the
    section headings a reply names a quote's section by."""
    out = {key(h) for passage, _ in ingested(doc_id) for h in passage.section.split(" > ") if h}
    for unit in units_of(doc_id):
        if unit.kind in (SENTENCE, ITEM):
            out.add(key(unit.text))
        elif unit.kind in (LIST, BLOCK) and unit.label:
            out.add(key(unit.label))
    return out


@functools.cache
def repo_translations() -> Translations:
    return Translations.load(TRANSLATIONS)


def entries() -> list[tuple[str, str, str]]:
    """(document id, English piece, Japanese translation) of every file."""
    out = []
    for path in sorted((TRANSLATIONS / "ja").glob("*.yaml")):
        if path.name == LANGUAGE_FILE:
            continue
        data = load_model(path, TranslationFile, "translation file", ConfigError)
        out += [(data.document, piece["en"], piece["ja"]) for piece in data.pieces]
    return out


DOC_IDS = ["meti-reskills-courses", "waasa-foreign-talent-support", "meti-japan-internship-program",
           "technical-intern-training-system"]


# --- (a) coverage ------------------------------------------------------------------------------------------


def test_every_document_has_one_translation_file_named_by_its_id() -> None:
    assert sorted(d.id for d in documents()) == sorted(DOC_IDS)
    for doc_id in DOC_IDS:
        data = load_model(TRANSLATIONS / "ja" / f"{doc_id}.yaml", TranslationFile, "translation file", ConfigError)
        assert data.document == doc_id and data.source_language == "en"
        header = (TRANSLATIONS / "ja" / f"{doc_id}.yaml").read_text(encoding="utf-8").splitlines()[0]
        assert "unofficial reference translation" in header


@pytest.mark.parametrize("doc_id", DOC_IDS)
def test_every_unit_the_documents_produce_at_ingest_has_a_japanese_translation(doc_id: str) -> None:
    units = units_of(doc_id)
    assert len(units) > 5
    missing = [u.text for u in units if repo_translations().translate(u.text, "ja") is None]
    assert missing == []


@pytest.mark.parametrize("doc_id", DOC_IDS)
def test_quotes_as_a_reply_joins_them_are_translated(doc_id: str) -> None:
    """A reply quotes several units of a passage joined by a space: their translations joined."""
    tops = [u.text for u in units_of(doc_id) if u.parent < 0]
    for a, b in zip(tops, tops[1:]):
        joined = repo_translations().translate(f"{a} {b}", "ja")
        assert joined is not None
        first = repo_translations().translate(a, "ja")
        assert joined.startswith(first.rstrip("。")), (a, b)


@pytest.mark.parametrize("doc_id", DOC_IDS)
def test_no_piece_is_stale(doc_id: str) -> None:
    """Every English piece of a file is a piece its document still produces (an edited document shows up here)."""
    produced = pieces_of(doc_id)
    stale = [en for d, en, _ in entries() if d == doc_id and key(en) not in produced]
    assert stale == []


def test_a_unit_with_a_piece_missing_has_no_translation() -> None:
    table = Translations({"ja": {key("The maximum period is 5 years."): "期間は最長5年です。"}},
                         {"ja": repo_translations().separators["ja"]})
    assert table.translate("The maximum period is 5 years.", "ja") == "期間は最長5年です。"
    assert table.translate("The maximum period is 5 years. Trainees may stay.", "ja") is None
    assert table.translate("The maximum period is 5 years.", "en") is None
    assert table.translate("The maximum period is 5 yearsX", "ja") is None  # a piece ends where pieces are joined


def test_the_key_ignores_quotes_whitespace_and_closing_punctuation() -> None:
    table = Translations({"ja": {key("the “Tokyo WorkNet.”"): "「TOKYO WorkNet」。"}})
    assert table.translate('the  "Tokyo WorkNet."', "ja") == "「TOKYO WorkNet」。"
    assert table.piece("the \u201cTokyo WorkNet.\u201d", "ja") == "「TOKYO WorkNet」。"


def test_lists_and_blocks_join_their_pieces_with_japanese_separators() -> None:
    table = Translations({"ja": {key("Support"): "支援", key("Visa"): "ビザ", key("Tickets"): "航空券",
                                 key("Office"): "窓口", key("Tokyo"): "東京都", key("It is open."): "開いています。"}},
                         {"ja": repo_translations().separators["ja"]})
    assert table.translate("Support: Visa; Tickets.", "ja") == "支援：ビザ；航空券。"
    assert table.translate("Office: Tokyo, Tokyo", "ja") == "窓口：東京都、東京都"
    assert table.translate("It is open. It is open.", "ja") == "開いています。開いています。"
    assert table.translate("Support: Visa; …", "ja") == "支援：ビザ；…"


def test_a_language_without_its_joining_file_joins_as_the_source_does(tmp_path: Path) -> None:
    (tmp_path / "de").mkdir()
    (tmp_path / "de" / "d.yaml").write_text(
        "document: d\npieces:\n  - {en: Support, de: Hilfe}\n  - {en: Visa, de: Visum}\n"
        "  - {en: It is open., de: Es ist offen.}\n", encoding="utf-8")
    table = Translations.load(tmp_path)
    assert table.translate("Support: Visa; Visa.", "de") == "Hilfe: Visum; Visum."
    assert table.translate("It is open. It is open.", "de") == "Es ist offen. Es ist offen."
    assert table.translate("Support: Visa.", "ja") is None


# --- (b) grounding -----------------------------------------------------------------------------------------

_MONTHS = {name: n for n, names in enumerate(
    [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
     ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
     ("december", "dec")], start=1) for name in names}
_WORDS = {w: n for n, w in enumerate(["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                                      "ten", "eleven", "twelve"])}
_NUMBER = re.compile(r"\d+(?:,\d{3})+(?!\d)|\d+")


def numbers(text: str) -> set[int]:
    """The numbers written in digits (full-width ones too; "3,000" is one number)."""
    return {int(n.replace(",", "")) for n in _NUMBER.findall(unicodedata.normalize("NFKC", text))}


def spelled(text: str) -> set[int]:
    """The numbers an English text writes as words ("five years") or as a month's name next to a number
    ("August 1, 2024", "2019 June"; not the verb in "may apply")."""
    words = {_WORDS[w] for w in re.findall(r"[a-z]+", text.lower()) if w in _WORDS}
    dated = re.findall(r"\b([A-Za-z]+)(?= \d)|(?<=\d )([A-Za-z]+)\b", text)
    return words | {_MONTHS[w.lower()] for pair in dated for w in pair if w.lower() in _MONTHS}


@pytest.mark.parametrize(("doc_id", "en", "ja"), entries(), ids=[f"{d}:{en[:40]}" for d, en, _ in entries()])
def test_the_translation_keeps_every_number_and_adds_none(doc_id: str, en: str, ja: str) -> None:
    source, given = numbers(en), numbers(ja)
    assert source <= given, f"numbers of the source missing in the translation: {source - given}"
    assert given <= source | spelled(en), f"numbers the source does not state: {given - source - spelled(en)}"
    assert spelled(en) <= given, f"numbers the source spells out missing in digits: {spelled(en) - given}"


# Pieces that are names kept as written in Japanese too (a slogan's English name).
KEPT_AS_WRITTEN = {"Connected Industries"}


@pytest.mark.parametrize(("doc_id", "en", "ja"), entries(), ids=[f"{d}:{en[:40]}" for d, en, _ in entries()])
def test_the_translation_is_japanese(doc_id: str, en: str, ja: str) -> None:
    assert re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", ja) or en in KEPT_AS_WRITTEN, ja
    assert ja != en or en in KEPT_AS_WRITTEN


# Glossary terms inside an official name that the glossary does not have: the name is translated whole.
INSIDE_NAMES = {"IT Utilization": "the division 情報技術利用促進課 (IT Utilization Promotion Division)"}


@pytest.mark.parametrize(("doc_id", "en", "ja"), entries(), ids=[f"{d}:{en[:40]}" for d, en, _ in entries()])
def test_the_translation_uses_the_official_japanese_names(doc_id: str, en: str, ja: str) -> None:
    for term, spellings in Glossary.load().spellings(en).items():
        if term in INSIDE_NAMES:
            continue
        assert any(s in ja for s in spellings), f"{term!r} is not named {spellings[0]!r}"


@pytest.mark.parametrize(("doc_id", "en", "ja"), entries(), ids=[f"{d}:{en[:40]}" for d, en, _ in entries()])
def test_dates_are_written_the_japanese_way(doc_id: str, en: str, ja: str) -> None:
    for month, day, year in re.findall(r"\b([A-Z][a-z]+) (\d{1,2}), (\d{4})", en):
        assert f"{year}年{_MONTHS[month.lower()]}月{day}日" in ja


# --- (c) replies -------------------------------------------------------------------------------------------


def _reply(question: str, doc_id: str, lang: str, responses=None) -> compose.Composed:
    passages = [p for p, _ in ingested(doc_id)]
    result = SearchResult(query=question, relevant=True, confidence=0.9, passages=passages)
    return compose.compose_knowledge_answer(question, result, lang=lang, responses=responses)


# Japanese questions whose answer is quoted from an English unit, several phrasings per fact.
QUESTIONS = [
    ("特定技能2号に移行できる分野はどれですか？", "waasa-foreign-talent-support"),
    ("特定技能2号へはどの分野から移れますか", "waasa-foreign-talent-support"),
    ("改正入管法はいつ施行されましたか？", "waasa-foreign-talent-support"),
    ("パソナは何をしていますか？", "waasa-foreign-talent-support"),
    ("技能実習の対象職種はいくつありますか？", "technical-intern-training-system"),
    ("周辺業務は総実習時間の何%までですか？", "technical-intern-training-system"),
    ("JIPの応募資格を教えてください", "meti-japan-internship-program"),
    ("インターンシップ先はどのように決まりますか？", "meti-japan-internship-program"),
    ("Reスキル講座の申請の受付期間はいつですか？", "meti-reskills-courses"),
    ("Reスキル講座の申請書類の郵送先はどこですか", "meti-reskills-courses"),
]


@pytest.mark.parametrize(("question", "doc_id"), QUESTIONS)
def test_a_japanese_reply_shows_the_quote_then_its_reference_translation(question: str, doc_id: str) -> None:
    composed = _reply(question, doc_id, "ja")
    answer = composed.answer
    assert "英語の原文" in answer and LABEL in answer, answer
    quote = re.search(r"によると：\u201c(.+?)\u201d \[1\]", answer)
    assert quote is not None, answer
    translation = repo_translations().translate(quote.group(1), "ja")
    assert translation and f"{LABEL}（当プロジェクトによる非公式の訳）：{translation}" in answer
    assert answer.index(quote.group(1)) < answer.index(translation)  # the original first, then the translation
    # the citation still quotes the English document
    assert composed.quotes[0] in quote.group(1) and not re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", composed.quotes[0])


@pytest.mark.parametrize(("question", "doc_id"), [
    ("Which fields can move to Specific Skill No. 2?", "waasa-foreign-talent-support"),
    ("When did the revised Immigration Control Act come into effect?", "waasa-foreign-talent-support"),
    ("What are the JIP application requirements?", "meti-japan-internship-program"),
    ("When is the application period for Re-Skills courses?", "meti-reskills-courses"),
])
def test_an_english_reply_shows_no_translation(question: str, doc_id: str) -> None:
    answer = _reply(question, doc_id, "en").answer
    assert LABEL not in answer and "Reference translation" not in answer, answer
    assert not re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", answer), answer


@functools.cache
def repo_responses() -> Responses:
    return Responses(KNOWLEDGE / "responses", repo_rules())


@pytest.mark.parametrize("position", ["knowledge.first", "knowledge.more", "knowledge.closest"])
@pytest.mark.parametrize("doc_id", DOC_IDS)
def test_every_quoted_position_shows_the_translation_of_every_top_unit(position: str, doc_id: str) -> None:
    responses = repo_responses()
    for unit in units_of(doc_id):
        if unit.parent >= 0:
            continue
        line = compose._quoted(responses, position, "ja", unit.text, "[2]")
        translation = repo_translations().translate(unit.text, "ja")
        assert f"\u201c{unit.text}\u201d [2]" in line and "英語の原文" in line
        assert line.endswith(f"{LABEL}（当プロジェクトによる非公式の訳）：{translation}"), line
        assert compose._quoted(responses, position, "en", unit.text, "[2]") == responses.say(
            position, "en", quote=unit.text, marker="[2]", label="")


@pytest.mark.parametrize("doc_id", DOC_IDS)
def test_every_section_heading_has_a_translation(doc_id: str) -> None:
    headings = {h for passage, _ in ingested(doc_id) for h in passage.section.split(" > ") if h}
    assert [h for h in headings if repo_translations().piece(h, "ja") is None] == []


def test_a_heading_that_labels_a_quote_is_named_by_its_translation() -> None:
    heading = '3. Collaboration with the "Training and Education Benefits System" of the Ministry of Health, Labour and Welfare'
    quote = "To receive a designation under MHLW's Training and Education Benefits System, an application needs to be filed separately with MHLW."
    line = compose._quoted(repo_responses(), "knowledge.first", "ja", quote, "[1]", heading)
    assert line.startswith("資料の「3. 厚生労働省の『教育訓練給付制度』との連携」（英語の原文）によると"), line
    assert "Collaboration" not in line and LABEL in line
    english = compose._quoted(repo_responses(), "knowledge.first", "en", quote, "[1]", heading)
    assert english.startswith(heading)


def test_a_bulleted_quote_keeps_its_translation_inside_the_bullet() -> None:
    text = "Currently, only the two fields of “construction” and “shipbuilding / ship industry” can be transferred from No. 1."
    line = compose._quoted(repo_responses(), "knowledge.more", "ja", text, "[2]")
    bullet, _, translation = line.partition("\n\n")
    assert bullet.startswith("- （英語の原文）") and translation.startswith("  参考訳")
    assert "「建設」と「造船・舶用工業」" in translation


# --- (d) degrading -----------------------------------------------------------------------------------------


def _copy_without(tmp_path: Path, drop: str | None, broken: str | None = None) -> Path:
    dest = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, dest)
    if drop:
        (dest / "translations" / "ja" / f"{drop}.yaml").unlink()
    if broken:
        (dest / "translations" / "ja" / f"{broken}.yaml").write_text("document: [unclosed\n", encoding="utf-8")
    return dest


SSW_QUESTION = "特定技能2号に移行できる分野はどれですか？"
SSW_DOC = "waasa-foreign-talent-support"


def _without_translations(question: str, doc_id: str) -> str:
    responses = Responses(KNOWLEDGE / "responses", repo_rules())
    responses.translations = Translations()  # type: ignore[attr-defined]
    return _reply(question, doc_id, "ja", responses).answer


def test_a_missing_translation_file_gives_todays_reply(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _copy_without(tmp_path, drop=SSW_DOC)
    monkeypatch.setenv("BOT_KNOWLEDGE_DIR", str(folder))
    responses = Responses(folder / "responses", repo_rules())  # carries no translations: the configured folder's
    answer = _reply(SSW_QUESTION, SSW_DOC, "ja", responses).answer
    assert LABEL not in answer and "英語の原文" in answer
    assert answer == _without_translations(SSW_QUESTION, SSW_DOC)
    # the other documents' translations are still shown
    assert LABEL in _reply("周辺業務は総実習時間の何%までですか？", "technical-intern-training-system", "ja",
                           responses).answer


def test_a_broken_translation_file_is_left_out_not_a_crash(tmp_path: Path) -> None:
    folder = _copy_without(tmp_path, drop=None, broken=SSW_DOC)
    with pytest.raises(ConfigError, match=SSW_DOC):
        Translations.load(folder / "translations")  # strict: what the test suite and staff tools read
    responses = Responses(folder / "responses", repo_rules())
    responses.translations = Translations.for_knowledge(folder)  # type: ignore[attr-defined]
    answer = _reply(SSW_QUESTION, SSW_DOC, "ja", responses).answer
    assert answer == _without_translations(SSW_QUESTION, SSW_DOC)


def test_a_catalog_without_the_label_gives_todays_reply(tmp_path: Path) -> None:
    folder = _copy_without(tmp_path, drop=None)
    catalog = folder / "responses" / "ja.yaml"
    text = catalog.read_text(encoding="utf-8")
    catalog.write_text(re.sub(r"\n  reference_translation:\n(?:    .*\n)+", "\n", text), encoding="utf-8")
    responses = Responses(folder / "responses", repo_rules())
    assert not responses.has("knowledge.reference_translation.first", "ja")
    assert _reply(SSW_QUESTION, SSW_DOC, "ja", responses).answer == _without_translations(SSW_QUESTION, SSW_DOC)


def test_a_piece_needs_both_languages(tmp_path: Path) -> None:
    (tmp_path / "ja").mkdir()
    (tmp_path / "ja" / "d.yaml").write_text("document: d\npieces:\n  - {en: A sentence., fr: Une phrase.}\n",
                                            encoding="utf-8")
    with pytest.raises(ConfigError, match="needs the keys"):
        Translations.load(tmp_path)
    assert Translations.load(tmp_path, strict=False).translate("A sentence.", "ja") is None
