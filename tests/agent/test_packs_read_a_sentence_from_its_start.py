"""Class: a pattern of the language packs or answer types whose branch starts with an unbounded run of "anything but a
sentence end" ([^.?!]*, [^。、？]*) is tried by the regex engine from every position of the message and scans to the
sentence's end each time: quadratic in a long sentence. On a 4,000-character message (the longest the bot reads) the
act `unlawful` alone took over a second, and 100 s on 40,000 characters. Such a branch is anchored where a sentence
starts ((?<![^.?!])): the same matches, the same spans (the leftmost match started there anyway), one pass.

Structural (every string of knowledge/**/*.yaml is checked), and behavioural for the four patterns anchored: what
they read in the middle of a message they still read."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from re import _constants as C  # the pattern's parsed form: which branch starts with what
from re import _parser as P
from typing import Any

import pytest
import yaml

from bot.agent.understand import commands_of
from tests.knowledge import repo_understander

KNOWLEDGE = Path(__file__).resolve().parents[2] / "knowledge"
UNDERSTANDER = repo_understander()


def _strings(data: Any, where: str) -> Iterator[tuple[str, str]]:
    if isinstance(data, str):
        yield where, data
    elif isinstance(data, dict):
        for key, value in data.items():
            yield from _strings(value, f"{where}.{key}")
    elif isinstance(data, list):
        for i, value in enumerate(data):
            yield from _strings(value, f"{where}[{i}]")


def _unbounded_negated_run(item: tuple) -> bool:
    op, arg = item
    if op not in (C.MAX_REPEAT, C.MIN_REPEAT):
        return False
    low, high, sub = arg
    if low != 0 or high != C.MAXREPEAT or len(sub.data) != 1:
        return False
    sop, sarg = sub.data[0]
    return sop == C.NOT_LITERAL or (sop == C.IN and bool(sarg) and sarg[0][0] == C.NEGATE)


def _starts_with_scan(items: list) -> bool:
    """The sequence starts with such a run, or a lookahead or group that does."""
    if not items:
        return False
    op, arg = items[0]
    if _unbounded_negated_run(items[0]):
        return True
    if op == C.ASSERT and arg[0] == 1:  # a lookahead is tried from every position too
        return _starts_with_scan(list(arg[1].data))
    if op == C.SUBPATTERN:
        return _starts_with_scan(list(arg[-1].data))
    if op == C.BRANCH:
        return any(_starts_with_scan(list(branch.data)) for branch in arg[1])
    return False


def scanning_patterns() -> list[str]:
    found = []
    for path in sorted(KNOWLEDGE.rglob("*.yaml")):
        for where, text in _strings(yaml.safe_load(path.read_text(encoding="utf-8")), ""):
            try:
                parsed = P.parse(text)
            except (re.error, OverflowError, RecursionError):
                continue  # not a pattern
            if _starts_with_scan(list(parsed.data)):
                found.append(f"{path.relative_to(KNOWLEDGE)}{where}: {text[:80]}")
    return found


def test_no_pattern_scans_a_sentence_from_every_position():
    assert scanning_patterns() == []


def test_the_check_finds_an_unanchored_run_and_passes_an_anchored_one():
    assert _starts_with_scan(list(P.parse(r"[^.?!]*\bhow many\b").data))
    assert _starts_with_scan(list(P.parse(r"(?i)(?=[^.?!]*\bpassport)(?:[^.?!]*\bkeep)").data))
    assert _starts_with_scan(list(P.parse(r"\bfoo|[^。]*?住んでいました").data))
    assert not _starts_with_scan(list(P.parse(r"(?<![^.?!])[^.?!]*\bhow many\b").data))
    assert not _starts_with_scan(list(P.parse(r"\bhow many[^.?!]*").data))


@pytest.mark.parametrize(
    "message",
    [
        "Thanks for the answer. How can we keep the trainees' passports in the office so they don't run away?",
        "ありがとうございます。実習生が失踪しないように、パスポートを会社で預かってもいいですか。",
    ],
)
def test_an_unlawful_request_after_another_sentence_is_still_read(message: str):
    parsed = UNDERSTANDER.parse(message)
    assert parsed.unlawful, commands_of(parsed)


@pytest.mark.parametrize(
    ("message", "act"),
    [
        ("JIPについて質問です。日本に住んでいる人はダメだと聞きました。", "hearsay"),
        ("質問があります。以前、大阪に住んでいました。", "past_stay"),
    ],
)
def test_a_japanese_clause_after_another_is_still_read(message: str, act: str):
    pack = UNDERSTANDER.pack("ja")
    assert pack is not None and pack.act(act, message)


def test_a_question_about_others_counted_after_a_statement_is_still_blanked():
    """The applicant's facts are never read from "how many ... interns took part": blanked in any sentence."""
    parsed = UNDERSTANDER.parse("We are a university in Nairobi. How many Kenyan interns took part in the JIP in FY2023?")
    assert "nationality" not in parsed.slots and "participated_fiscal_years" not in parsed.slots
