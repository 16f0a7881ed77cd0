"""Class: a typo in a Japanese word written in romaji inside English ("kanri datnai", "jisshusie") is read as the word
typed right is: the typo is corrected to the domain word, then the romaji reading turns it into its English words, so
the value it states still reaches the calculator (an ippan kanri dantai is an excellent supervising organization)."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("typed,right", [
    ("What if we become excellent and our kanri datnai is also excellent (ippan)?",
     "What if we become excellent and our kanri dantai is also excellent (ippan)?"),
    ("our kanri dantia is also excellent (ippan)", "our kanri dantai is also excellent (ippan)"),
    ("How many jisshusie can we accept? We have 40 full-time employees.",
     "How many jisshusei can we accept? We have 40 full-time employees."),
])
def test_a_romaji_typo_reads_as_the_word(typed: str, right: str) -> None:
    got, want = UNDERSTANDER.parse(typed), UNDERSTANDER.parse(right)
    assert got.slots == want.slots
    assert got.text == want.text


def test_the_typo_reaches_the_calculator(bot) -> None:
    from support import converse
    from tests.agent.reading_checks import calls_named

    reply = converse(bot, "We run a nursing home with 18 full-time care staff. We are not yuryo. How many kaigo "
                          "jisshusei can we accept?",
                     "What if we become excellent and our kanri datnai is also excellent (ippan)?")
    calls = calls_named(reply, "trainee_quota")
    assert calls and calls[-1].args.get("supervisor_excellent") is True and calls[-1].args.get("excellent") is True
