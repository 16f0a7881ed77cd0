"""The class: every "Note" a reply adds from knowledge/rules/updates.yaml (facts newer than the quoted source) is
in the reply's language. A Japanese reply words each note through its catalog (knowledge/responses/ja.yaml
``update_note.<row id without "updates.">``) with the official Japanese names and dates in Japanese form, reading
the same values (the row's ``data``) as the English note; the rule ids and confidences are cited as in English.
A catalog without the wording shows the English note, marked as English; English replies are unchanged.
"""

from __future__ import annotations

import calendar
import re
import shutil
from pathlib import Path

import pytest

from bot.agent import compose, update_notes
from bot.agent.responses import Responses
from bot.contracts import Passage
from bot.datafile import parse_yaml
from bot.rules import RuleBook, UpdateRule
from bot.text import detect_language

KNOWLEDGE = Path(__file__).resolve().parents[2] / "knowledge"
# every form a document's date takes (front matter `as_of`), and none
AS_OF = ["FY2024", "2020-01", "2017-09-15", None]
# Latin words a Japanese note may keep: the program's own abbreviation
KEPT_LATIN = {"JIP"}


@pytest.fixture(scope="module")
def book() -> RuleBook:
    return RuleBook.load(KNOWLEDGE / "rules")


@pytest.fixture(scope="module")
def responses(book: RuleBook) -> Responses:
    return Responses(KNOWLEDGE / "responses", book)


def noted(book: RuleBook) -> list[UpdateRule]:
    return [row for row in book.updates.updates if row.note]


def key(row: UpdateRule) -> str:
    return "update_note." + row.id.removeprefix("updates.")


def without_citation(note: str) -> str:
    return re.sub(r"\s*\[`[^\]]*\]\s*$", "", note)


def english_words(text: str) -> list[str]:
    return [w for w in re.findall(r"[A-Za-z]{2,}", text) if w not in KEPT_LATIN]


_MONTHS = {name: i for i, name in enumerate(calendar.month_name) if name}


def numbers(text: str) -> list[float]:
    """The numbers a note states, in one form for both languages: "May 2022" and 2022年5月, "(ii)" and 2号,
    "one third" and 3分の1, 2023-08-31 and 2023年8月31日 read alike."""
    text = re.sub(r"\b(%s) (\d{4})" % "|".join(_MONTHS), lambda m: f"{m[2]} {_MONTHS[m[1]]}", text)
    text = text.replace("(ii)", " 2 ").replace("(i)", " 1 ").replace("one third", "1/3")
    text = re.sub(r"(\d+)分の(\d+)", r"\2/\1", text)
    return sorted(float(n) for n in re.findall(r"\d+(?:\.\d+)?", text))


def test_every_row_with_a_note_has_a_japanese_wording(book: RuleBook, responses: Responses) -> None:
    rows = noted(book)
    assert len(rows) >= 9
    assert not [row.id for row in rows if not responses.has(key(row), "ja")]


@pytest.mark.parametrize("as_of", AS_OF)
def test_each_japanese_note_is_japanese_and_states_the_english_values(
    book: RuleBook, responses: Responses, as_of: str | None
) -> None:
    for row in noted(book):
        english = update_notes._row_note(row, book.updates, as_of, responses, "en")
        japanese = update_notes._row_note(row, book.updates, as_of, responses, "ja")
        assert english.lang == "en" and japanese.lang == "ja", row.id
        assert detect_language(japanese) == "ja" and not english_words(japanese), (row.id, japanese)
        assert numbers(japanese) == numbers(english), (row.id, english, japanese)
        assert "{" not in japanese and "{" not in english


def test_japanese_notes_use_the_official_names(book: RuleBook, responses: Responses) -> None:
    said = {row.id: update_notes._row_note(row, book.updates, "2020-01", responses, "ja") for row in noted(book)}
    assert "特定技能1号" in said["updates.ssw.fields-2024"] and "特定技能2号" in said["updates.ssw.ii.fields-2023"]
    assert "技能実習制度" in said["updates.titp.replaced-2027"] and "育成就労" in said["updates.titp.replaced-2027"]
    assert "周辺業務" in said["updates.titp.peripheral-share"]
    assert "第四次産業革命スキル習得講座" in said["updates.reskills.later-rounds"]
    # dates in Japanese form, the source's own date too
    assert "2027年4月1日" in said["updates.titp.replaced-2027"]
    assert "2020年1月" in said["updates.ssw.general"]
    assert "2024年度" in update_notes._row_note(
        next(r for r in noted(book) if r.id == "updates.jip.call"), book.updates, "FY2024", responses, "ja")


def test_a_note_reads_its_values_from_the_rows_data(book: RuleBook, responses: Responses) -> None:
    """No value of a note is typed in its wording: changing the row's data changes both notes."""
    row = next(r for r in noted(book) if r.id == "updates.ssw.ii.fields-2023")
    changed = row.model_copy(update={"data": {**row.data, "fields": 99}})
    assert "99 fields" in update_notes._row_note(changed, book.updates, None, responses, "en")
    assert "99分野" in update_notes._row_note(changed, book.updates, None, responses, "ja")


SSW = Passage(chunk_id="waasa::2", doc_id="waasa-foreign-talent-support", program="ssw", as_of="2020-01",
              title="WAASA", section="Related Information > Specific Skill System",
              text="\u201cSpecific Skill No. 1\u201d can work for 5 years only in the field of 14 industries.")
PLAIN = Passage(chunk_id="waasa::9", doc_id="waasa-foreign-talent-support", program="", as_of="2020-01",
                title="WAASA", section="Activity log", text="2019 June: Visit to a company.")


def test_japanese_notes_keep_the_citation_of_their_rows(book: RuleBook, responses: Responses) -> None:
    english = compose.date_notes([SSW], book.updates)
    japanese = compose.date_notes([SSW], book.updates, responses, "ja")
    cite = re.compile(r"\[`[^\]]*\]$")
    assert [cite.search(n)[0] for n in japanese] == [cite.search(n)[0] for n in english]
    assert "`updates.ssw.fields-2024` (H), `updates.ssw.fields-2026` (M)" in japanese[0]
    line = compose.note_line(japanese[0], responses, "ja")
    assert line.startswith("_注記：") and "英語の原文" not in line


def test_a_source_no_row_covers_is_dated_in_the_reply_language(book: RuleBook, responses: Responses) -> None:
    [ja] = compose.date_notes([PLAIN], book.updates, responses, "ja")
    assert "2020年1月" in ja and not english_words(ja)
    assert compose.date_notes([PLAIN], book.updates, responses, "en") == ["Source dated 2020-01."]


def test_english_notes_are_unchanged(book: RuleBook, responses: Responses) -> None:
    for passage in (SSW, PLAIN):
        plain = compose.date_notes([passage], book.updates)
        assert compose.date_notes([passage], book.updates, responses, "en") == plain
        assert all(compose.note_line(n, responses, "en") == f"_Note: {n}_" for n in plain)
    [fields, *_] = compose.date_notes([SSW], book.updates)
    assert fields.startswith("The Specified Skilled Worker (i) fields have changed since this source (2020-01): "
                             "14, then 12 (May 2022), 16 (March 2024); 19 were decided in January 2026.")


def catalog(tmp_path: Path, book: RuleBook, edit) -> Responses:
    """The repository's catalogs in another knowledge folder, the Japanese one changed by ``edit``."""
    import yaml

    folder = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE / "responses", folder / "responses")
    ja = folder / "responses" / "ja.yaml"
    data = parse_yaml(ja.read_text(encoding="utf-8"))
    edit(data)
    ja.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return Responses(folder / "responses", book)


def test_a_catalog_without_the_wording_shows_the_english_note_marked(book: RuleBook, tmp_path: Path) -> None:
    bare = catalog(tmp_path, book, lambda data: data.pop("update_note"))  # an older copy of the catalog
    notes = compose.date_notes([SSW], book.updates, bare, "ja")
    assert notes == compose.date_notes([SSW], book.updates)
    line = compose.note_line(notes[0], bare, "ja")
    assert "英語の原文" in line and "Specified Skilled Worker (i)" in line
    assert compose.date_notes([PLAIN], book.updates, bare, "ja") == ["Source dated 2020-01."]


def test_a_wording_that_names_an_unknown_value_falls_back_to_english(book: RuleBook, tmp_path: Path) -> None:
    def break_one(data: dict) -> None:
        data["update_note"]["ssw"]["fields-2024"] = "{{ d.no_such_value }}分野"

    broken = catalog(tmp_path, book, break_one)
    first, *rest = compose.date_notes([SSW], book.updates, broken, "ja")
    assert first.lang == "en" and first.startswith("The Specified Skilled Worker (i) fields")
    assert all(n.lang == "ja" for n in rest)
    assert "英語の原文" in compose.note_line(first, broken, "ja")


# Japanese knowledge questions of every program a row covers, in several phrasings
JA_QUESTIONS = [
    "JIPの応募資格は？", "JIPに応募できる条件を教えてください",
    "特定技能1号は何分野？", "特定技能1号の対象分野はいくつですか",
    "技能実習の期間は？", "技能実習は最長何年ですか",
    "周辺業務は何%まで？",
    "Reスキル講座の認定の要件は？",
]


@pytest.mark.parametrize("question", JA_QUESTIONS)
def test_a_japanese_answer_has_its_notes_in_japanese(bot, question: str) -> None:
    reply = bot.reply(bot.new_conversation(), question)
    lines = [ln for ln in reply.answer.splitlines() if ln.startswith("_注記")]
    assert lines, reply.answer
    for line in lines:
        assert line.startswith("_注記：") and "英語の原文" not in line, line
        text = without_citation(line.strip("_").removeprefix("注記："))
        assert not english_words(text), line
        assert re.search(r"\[`updates\.[^`]+` \((H|M|L|UNCONFIRMED)\)", line), line


@pytest.mark.parametrize("question", [
    "What are the JIP application requirements?", "How many fields does Specific Skill No. 1 cover?",
    "What is the maximum period of technical intern training?",
])
def test_an_english_answer_keeps_its_english_notes(bot, question: str) -> None:
    reply = bot.reply(bot.new_conversation(), question)
    lines = [ln for ln in reply.answer.splitlines() if ln.startswith("_Note: ")]
    assert lines and not any(detect_language(ln) == "ja" for ln in lines), reply.answer


def test_a_japanese_quota_answer_has_its_note_in_japanese(bot) -> None:
    reply = bot.reply(bot.new_conversation(), "常勤職員45人の会社です。技能実習生は何人受け入れられますか？")
    if "updates.titp.replaced-2027" not in reply.answer:
        pytest.skip("no quoted passage in this reply")
    line = next(ln for ln in reply.answer.splitlines() if "updates.titp.replaced-2027" in ln)
    assert "2027年4月1日" in line and "育成就労" in line and "英語の原文" not in line
