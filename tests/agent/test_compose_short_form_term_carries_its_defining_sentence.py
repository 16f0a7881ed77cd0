"""Class: a quoted unit that uses a term by its short form ("Obtain forms (Form 1 to Form 6) through the System") carries
the sentence of its passage that names the term in full ("... using the e-Gov Electronic Application System."): the
short form alone does not say what it is (compose._with_defining_sentence), so "where do we get the forms?" names
e-Gov (en6v-08)."""

from __future__ import annotations

import pytest

from bot.agent.compose import _with_defining_sentence
from bot.contracts import Passage
from tests.agent.each_asking_part import answered

PROCEDURE = ("Please file an application through the following procedures, using the e-Gov Electronic Application "
             "System.\n\n(i) Obtain an ID and password for the System.\n\n(ii) Obtain forms (Form 1 to Form 6) through "
             "the System and enter necessary data therein.")


def _passage(text: str) -> Passage:
    return Passage(chunk_id="d::1", doc_id="d", title="T", section="Application method", text=text)


@pytest.mark.parametrize("units,expected_first", [
    (["Obtain forms (Form 1 to Form 6) through the System and enter necessary data therein."],
     "Please file an application through the following procedures, using the e-Gov Electronic Application System."),
    (["Obtain an ID and password for the System."],
     "Please file an application through the following procedures, using the e-Gov Electronic Application System."),
])
def test_a_short_form_carries_the_sentence_naming_it(units: list[str], expected_first: str) -> None:
    assert _with_defining_sentence(_passage(PROCEDURE), units) == [expected_first, *units]


@pytest.mark.parametrize("text,units", [
    # the quote names the term in full already
    (PROCEDURE, ["Please file an application through the following procedures, using the e-Gov Electronic "
                 "Application System.", "Obtain an ID and password for the System."]),
    # no sentence before it names the term
    ("Obtain forms through the System. Use the System.", ["Use the System."]),
    # no short form of a term
    (PROCEDURE, ["Please file an application through the following procedures, using the e-Gov Electronic "
                 "Application System."]),
])
def test_no_defining_sentence_is_added(text: str, units: list[str]) -> None:
    assert _with_defining_sentence(_passage(text), units) == units


@pytest.mark.parametrize("turns", [
    ["hi, we're preparing a Re-Skills certification application for one of our courses. What's the process in short?",
     "Which forms do we have to fill in, and where do we get them?"],
    ["How do we submit the Re-Skills application forms?"],
    ["What is the application procedure for Re-Skills course certification?", "and where do we get the forms?"],
])
def test_the_forms_answer_names_e_gov(bot, turns: list[str]) -> None:
    answered(bot, turns, r"e-Gov Electronic Application System")
