"""Query understanding: normalisation, exact-term tokens, vocabulary expansion, bad input."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings as hyp_settings, strategies as st

from bot.errors import ConfigError
from bot.query import TextAnalyzer, Vocabulary, load_vocabulary, normalize


@pytest.fixture(scope="module")
def analyzer(repo_root_module: Path) -> TextAnalyzer:
    return TextAnalyzer(load_vocabulary(repo_root_module / "knowledge"))


@pytest.fixture(scope="module")
def repo_root_module() -> Path:
    return Path(__file__).resolve().parent.parent


def concepts(analyzer: TextAnalyzer, text: str) -> list[str]:
    return analyzer.analyze(text).concepts


# --- normalisation ----------------------------------------------------------------------------------
def test_normalize_folds_width_case_and_whitespace() -> None:
    assert normalize("  ＪＬＰＴ　Ｎ３\tlevel\n\n").text == "jlpt n3 level"


def test_normalize_strips_control_format_and_terminal_codes() -> None:
    text = "e-\u200bGov\x00 app\x1b[31mlication\x07 \u202esystem"
    assert normalize(text).text == "e-gov app lication system"


def test_normalize_unifies_stage_numbers() -> None:
    for variant in ("No. 2", "No.2", "no2", "NO .2"):
        assert normalize(f"Specific Skill {variant}").text == "specific skill no.2"
    assert normalize("no 2 answer").text == "no 2 answer"  # "no" followed by a space is an ordinary word


def test_normalize_caps_length() -> None:
    result = normalize("trainee " * 50_000, max_chars=1000)  # 400,000 characters
    assert result.truncated and len(result.text) <= 1000 and result.original_chars == 400_000
    assert not normalize("short", max_chars=1000).truncated


# --- tokens -------------------------------------------------------------------------------------------
def test_exact_terms_stay_single_tokens(analyzer: TextAnalyzer) -> None:
    tokens = analyzer.document_tokens("Use the e-Gov system; JLPT N3 or higher; Specific Skill No. 2 (OECD/DAC).")
    assert {"e-gov", "n3", "no.2", "oecd/dac", "jlpt"} <= set(tokens)
    assert {"e", "gov", "oecd", "dac"} <= set(tokens)  # parts too, so "e gov" or "DAC" still match


def test_stemming_and_stopwords(analyzer: TextAnalyzer) -> None:
    assert analyzer.tokenize(normalize("The trainees").text) == analyzer.tokenize("trainee")
    assert analyzer.tokenize("what is the") == []


def test_japanese_becomes_character_bigrams(analyzer: TextAnalyzer) -> None:
    assert analyzer.tokenize("技能実習") == ["技能", "能実", "実習"]
    assert analyzer.tokenize("n3レベル") == ["n3", "レベ", "ベル"]


# --- vocabulary ------------------------------------------------------------------------------------
def test_paraphrase_maps_to_concepts(analyzer: TextAnalyzer) -> None:
    assert concepts(analyzer, "How long can a trainee stay?") == ["duration", "trainee"]
    assert "quota" in concepts(analyzer, "How many interns can we take each year?")
    assert "jip" in concepts(analyzer, "Who can apply for the government internship?")
    assert "reskills" in concepts(analyzer, "Is my reskilling course eligible?")


def test_duration_concept_expands_to_document_words(analyzer: TextAnalyzer) -> None:
    unit = next(u for u in analyzer.analyze("How long can a trainee stay?").units if u.concept == "duration")
    assert ("maximum", "period") in unit.terms and "year" in unit.tokens
    assert unit.matched == (("stay",),)  # the user's own word weighs more than its synonyms


def test_stage_variants_and_roman_numerals(analyzer: TextAnalyzer) -> None:
    for text in ("SSW No.2", "SSW No. 2", "SSW number two", "SSW (ii)", "特定技能2号"):
        assert "no2" in concepts(analyzer, text), text
    assert "no1" in concepts(analyzer, "Specified skilled worker (i)")
    # the English pronoun "I" is not the roman numeral (i)
    assert "no1" not in concepts(analyzer, "Can I stay if I change jobs?")


def test_japanese_terms_map_to_english_concepts(analyzer: TextAnalyzer) -> None:
    found = concepts(analyzer, "介護の実習生の受け入れ人数の上限は?")
    assert {"nursing_care", "trainee", "quota"} <= set(found)
    assert set(concepts(analyzer, "周辺業務と必須業務と関連業務")) == {"peripheral_work", "required_work", "related_work"}
    dense = analyzer.analyze("介護の上限").dense_text
    assert "nursing care" in dense  # the dense side gets words the English documents use


def test_unknown_words_become_their_own_units(analyzer: TextAnalyzer) -> None:
    units = analyzer.analyze("How do I apply for a US H-1B visa?").units
    labels = [u.label for u in units]
    assert "h-1b" in labels and "us" in labels and "visa" in labels
    assert "h" not in labels and "1b" not in labels  # parts of a compound are not separate questions


@pytest.mark.parametrize("text", ["", "   ", "\x00\x01\x02", "😀🎉🍣", "?!...", "the of and is"])
def test_nothing_searchable(analyzer: TextAnalyzer, text: str) -> None:
    analysis = analyzer.analyze(text)
    assert analysis.empty and analysis.units == []


@hyp_settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_analyze_never_raises(text: str) -> None:
    analysis = TextAnalyzer(Vocabulary(concepts=[{"id": "x", "terms": ["no.2", "(ii)", "介護"]}])).analyze(text)
    assert isinstance(analysis.text, str) and len(analysis.text) <= 1000


# --- the vocabulary file ---------------------------------------------------------------------------
def test_repo_vocabulary_is_valid(repo_root_module: Path) -> None:
    vocab = load_vocabulary(repo_root_module / "knowledge")
    ids = [c.id for c in vocab.concepts]
    assert len(ids) == len(set(ids)) and len(ids) >= 30
    assert all(isinstance(t, str) and t.strip() for c in vocab.concepts for t in c.terms)
    assert {"trainee", "quota", "duration", "no1", "no2", "jip", "ssw", "titp", "reskills", "jlpt", "egov"} <= set(ids)


def test_missing_vocabulary_is_empty_and_broken_one_is_a_clear_error(tmp_path: Path) -> None:
    assert Vocabulary.load(tmp_path / "none.yaml").concepts == []
    bad = tmp_path / "vocabulary.yaml"
    bad.write_text("concepts: [ {id: x, terms: [] } ]\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="vocabulary.yaml"):
        Vocabulary.load(bad)
    bad.write_text("concepts: [\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="not a valid vocabulary"):
        Vocabulary.load(bad)


def test_document_concepts_name_programs_in_headings(analyzer: TextAnalyzer) -> None:
    assert "ssw" in analyzer.document_concepts("Specific Skill System")
    assert analyzer.document_concepts("Technical Intern Training System") == {"titp"}
    assert analyzer.document_concepts("Support for interns") == set()  # participants, not a program
    assert analyzer.document_concepts("") == set()


def test_whole_terms_decide_unit_strength(analyzer: TextAnalyzer) -> None:
    (quota,) = [u for u in analyzer.analyze("number of trainees per year").units if u.concept == "quota"]
    tokens = frozenset(analyzer.document_tokens("The trainees learn skills."))
    assert not quota.tokens.isdisjoint(tokens)  # shares a word with a quota term ...
    assert quota.strength(tokens) == 0.0  # ... but no whole term
    own = frozenset(analyzer.document_tokens("The number of trainees is limited."))
    assert quota.strength(own) == 1.0


def test_when_questions_ask_for_a_date(analyzer: TextAnalyzer) -> None:
    analysis = analyzer.analyze("When could providers apply?")
    assert "date" in analysis.concepts
    (date,) = [u for u in analysis.units if u.concept == "date"]
    assert date.strength(frozenset(analyzer.document_tokens("Period for acceptance"))) > 0


def test_a_name_that_stopwords_shrink_to_one_common_word_is_not_that_word(analyzer: TextAnalyzer) -> None:
    # "re skills" tokenises to "skill" ("re" is a stopword): "Specific Skill" must not name Re-Skills
    assert analyzer.tokenize("re skills") == ["skill"]
    assert analyzer.document_concepts("Specific Skill System") == {"ssw"}
    assert "reskills" not in analyzer.document_concepts("skills of technical intern trainees")
    assert analyzer.document_concepts("Re-Skills courses") == {"reskills"}
    unit = next(u for u in analyzer.analyze("what are re skills courses").units if u.concept == "reskills")
    assert unit.strength(frozenset(analyzer.document_tokens("Specific Skill No. 1"))) == 0.0
    assert unit.strength(frozenset(analyzer.document_tokens("Re-Skills course certification"))) > 0.0


def test_a_stage_number_is_not_any_bare_number(analyzer: TextAnalyzer) -> None:
    # "no 1" shrinks to "1" without its stopword: "April 1" must not count as stage No. 1
    unit = next(u for u in analyzer.analyze("Specific Skill No. 1 status").units if u.concept == "no1")
    assert unit.strength(frozenset(analyzer.document_tokens("came into effect on April 1, 2019"))) == 0.0
    assert unit.strength(frozenset(analyzer.document_tokens("Specific Skill No. 1 can work for 5 years"))) == 1.0
