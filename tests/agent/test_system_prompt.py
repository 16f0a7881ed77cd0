"""The LLM's system prompt takes its rule values (program years, the peripheral-work shares) from the rule book."""

from __future__ import annotations

import re
from pathlib import Path

from bot.agent.llm import system_prompt
from bot.settings import Settings


def test_the_system_prompt_follows_the_rule_book(tmp_path: Path, knowledge_copy: Path) -> None:
    settings = Settings(_env_file=None, data_dir=tmp_path / "data", knowledge_dir=knowledge_copy, llm=None)
    before = system_prompt(settings)
    jip = knowledge_copy / "rules" / "jip.yaml"
    year = re.search(r"^program_year: (\S+)$", jip.read_text(encoding="utf-8"), re.M).group(1)
    assert f"JIP, {year}" in before
    jip.write_text(jip.read_text(encoding="utf-8").replace(f"program_year: {year}", "program_year: FY2031"),
                   encoding="utf-8")
    after = system_prompt(settings)
    assert "JIP, FY2031" in after and f"JIP, {year}" not in after
    assert "{{" not in after and "{%" not in after
