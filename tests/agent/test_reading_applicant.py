"""An applicant's self-description read whole (fresh batch e: enf6-jip-korean-in-vietnam-phone,
enf6-mt-jip-nepal-age-phone), on the reading level.

The class: a phone-style self-introduction gives the JIP arguments in loose shapes, and each is read:
- an ambiguous country name qualified by a word beside it that only one of its countries has in a name ("korean
  passport (south)", "south korean", "korean (north)") is that country;
- a bare age as a sentence of its own after a full stop ("... 5 yrs. 28, english ok") or right after a demonym
  without a comma ("im nepali 30, n2") is the age (never a duration: "vietnamese 3 years in japan" is no age);
- a place right after a verb of living with no preposition ("living kathmandu", "live tokyo") is where the person
  lives when it is a city named in full or a place in Japan (never an ordinary word: "living alone", "live far").
"""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander


def slots(text: str) -> dict:
    return repo_understander().parse(text).slots


@pytest.mark.parametrize("text,iso", [
    ("i have korean passport (south) but live in vietnam 5 yrs. 28, english ok. can apply jip?", "South Korea"),
    ("south korean citizen, 27, english fluent. jip?", "South Korea"),
    ("I hold a korean passport (North), 25, N2. can i apply to jip?", "Democratic People's Republic of Korea"),
    ("north korean, 30, jlpt n3, can i apply jip", "Democratic People's Republic of Korea"),
])
def test_an_ambiguous_country_qualified_beside_it(text, iso) -> None:
    assert slots(text)["nationality"] == iso


def test_an_unqualified_ambiguous_country_stays_unresolved() -> None:
    assert "nationality" not in slots("I am korean, 25, N2. can I apply to jip?")


@pytest.mark.parametrize("lead", ["i have korean passport (south) but live in vietnam 5 yrs.",
                                  "filipino, living in dubai for 3 years.", "nepal citizen, jlpt n2, living kathmandu."])
@pytest.mark.parametrize("age", [19, 28, 40])
@pytest.mark.parametrize("tail", [", english ok. can apply jip?", ". can i apply jip?", ", n2, jip ok?"])
def test_a_bare_age_after_a_full_stop(lead, age, tail) -> None:
    assert slots(f"{lead} {age}{tail}")["age"] == age


@pytest.mark.parametrize("demonym", ["nepali", "vietnamese", "indonesian", "filipino", "kenyan"])
@pytest.mark.parametrize("age", [22, 30, 39])
def test_an_age_right_after_a_demonym(demonym, age) -> None:
    assert slots(f"im {demonym} {age}, n2. can i apply jip?")["age"] == age


@pytest.mark.parametrize("text", ["im vietnamese 3 years in japan, n2. can i apply jip?",
                                  "I'm nepali, 5 yrs in Dubai, N3. jip?"])
def test_a_duration_after_a_demonym_is_no_age(text) -> None:
    assert slots(text).get("age") in (None,)


@pytest.mark.parametrize("verb", ["living", "live", "i live", "based", "residing"])
@pytest.mark.parametrize("place,in_japan", [("kathmandu", False), ("hanoi", False), ("dhaka", False),
                                            ("tokyo", True), ("osaka", True)])
def test_a_place_after_a_verb_of_living_without_in(verb, place, in_japan) -> None:
    assert slots(f"nepal citizen 29, jlpt n2, {verb} {place}. jip ok?")["residing_in_japan"] is in_japan


@pytest.mark.parametrize("word", ["alone", "far", "happily", "with my parents", "off campus"])
def test_an_ordinary_word_after_a_verb_of_living_is_no_place(word) -> None:
    assert "residing_in_japan" not in slots(f"nepal citizen 29, jlpt n2, living {word}. jip ok?")


@pytest.mark.parametrize("lead", ["ネパール国籍", "ベトナム人", "インドネシア出身"])
@pytest.mark.parametrize("age", [19, 30, 41])
@pytest.mark.parametrize("tail", ["、N2、カトマンズ在住です。JIPに応募できますか？", "、英語できます。JIPに応募できますか", "。JIP応募できる？"])
def test_japanese_a_bare_age_as_an_item_of_the_list(lead, age, tail) -> None:
    assert slots(f"{lead}、{age}{tail}")["age"] == age


@pytest.mark.parametrize("text", ["2023年度、JIPに参加しました。今回も応募できますか", "常勤職員、25、介護です。何人受け入れられますか"])
def test_japanese_a_year_or_a_count_is_no_bare_age(text) -> None:
    assert "age" not in slots(text)
