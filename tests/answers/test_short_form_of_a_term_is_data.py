"""Class (review): the short form of a term ("through the System") and the pattern of its full name are data
(``short_form`` in knowledge/answer_types.yaml), read by the answer types and built in one helper
(``AnswerTypes.full_name``); another catalog's patterns are used as they are."""

from __future__ import annotations

import pytest

from bot.answers.types import AnswerTypes


@pytest.mark.parametrize("text, terms", [
    ("Obtain forms (Form 1 to Form 6) through the System and enter necessary data therein.", ["System"]),
    ("Obtain an ID and password for the System.", ["System"]),
    ("using the e-Gov Electronic Application System. Obtain an ID for the System.", []),
    ("The System of the ministry is new.", []),
    ("No short form here.", []),
])
def test_the_repositorys_short_forms(types: AnswerTypes, text: str, terms: list[str]) -> None:
    assert types.short_form_terms(text) == terms


def test_a_catalogs_own_short_form_patterns() -> None:
    types = AnswerTypes.from_data({"short_form": {"x": {"term": r"\bdie ([A-Z]\w+)\b", "full_name": r"\w+-{term}\b"}}})
    assert types.short_form_terms("über die Plattform") == ["Plattform"]
    assert types.short_form_terms("die e-Plattform und die Plattform") == []
    assert types.full_name("Plattform", "die e-Plattform") and not types.full_name("Plattform", "die Plattform")


def test_no_short_form_pattern_is_kept_in_the_code() -> None:
    import inspect

    from bot.agent import compose

    assert "_DEFINED_TERM" not in inspect.getsource(compose)
