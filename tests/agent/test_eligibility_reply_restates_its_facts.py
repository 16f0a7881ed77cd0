"""A JIP eligibility reply restates the facts it used (the country, the age, the language level) in the reply's language."""

from __future__ import annotations

import re

import pytest

from bot.tools import run_tool
from tests.knowledge import repo_rules

RULES = repo_rules()

FACTS = [
    {"nationality": "Kenya", "age": 28},
    {"nationality": "Indonesia", "age": 45, "residing_in_japan": False},
    {"nationality": "Viet Nam", "age": 25, "residing_in_japan": False, "jlpt_level": "N2",
     "english_proficient": False, "participated_fiscal_years": []},
    {"nationality": "Nepal", "age": 30, "participated_fiscal_years": [2020]},
]

COUNTRY = {"en": {"Kenya": "Kenya", "Indonesia": "Indonesia", "Viet Nam": "Viet Nam", "Nepal": "Nepal"},
           "ja": {"Kenya": "ケニア", "Indonesia": "インドネシア", "Viet Nam": "ベトナム", "Nepal": "ネパール"}}


@pytest.mark.parametrize("facts", FACTS)
@pytest.mark.parametrize("lang", ["en", "ja"])
def test_the_eligibility_explanation_names_the_facts_it_used(facts: dict, lang: str) -> None:
    result = run_tool("jip_eligibility", facts, RULES, lang=lang).result
    words = result["explanation"]
    assert COUNTRY[lang][facts["nationality"]] in words, words
    if result["eligible"] != "unknown" or lang == "ja":  # an open English verdict lists the facts after it
        assert re.search(rf"(?<!\d){facts['age']}(?!\d)", words), words
    if facts.get("jlpt_level"):
        assert facts["jlpt_level"] in words
    if lang == "ja":
        assert re.search(r"[\u3040-\u30ff]", words)


@pytest.mark.parametrize("message,country", [
    ("ケニア国籍の28歳です。JIPに応募できますか？", "ケニア"),
    ("インドネシア人で45歳です。ジャカルタ在住。JIPに応募できますか？", "インドネシア"),
])
def test_the_japanese_eligibility_reply_names_the_country_given(bot, message: str, country: str) -> None:
    reply = bot.reply(bot.new_conversation(), message)
    assert [c.name for c in reply.tool_calls if c.name != "search_knowledge"] == ["jip_eligibility"]
    assert country in reply.answer, reply.answer
