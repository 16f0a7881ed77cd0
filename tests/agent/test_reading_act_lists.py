"""A dialogue act in a language pack may be one pattern or a list of them (one way of saying it each): the list is read
as one alternation, each pattern keeping its own leading flags."""

from __future__ import annotations

import re

from bot.agent.understand import LanguagePack, alternation


def test_each_pattern_keeps_its_own_flags() -> None:
    pattern = alternation(["(?i)on paper", "書類上", "(?is)\\Aactually.*but"])
    assert re.search(pattern, "ON PAPER") and re.search(pattern, "書類上は") and re.search(pattern, "Actually\nyes, BUT")
    assert not re.search(pattern, "paper")


def test_a_pack_reads_a_list_act_as_either(tmp_path) -> None:
    path = tmp_path / "xx.yaml"
    path.write_text("language: xx\nacts:\n  falsify:\n  - '(?i)on paper'\n  - '書類上'\n", encoding="utf-8")
    pack = LanguagePack.load(path)
    assert pack.act("falsify", "On paper we call it required work") and pack.act("falsify", "書類上は")
    assert not pack.act("falsify", "paper or online?")
