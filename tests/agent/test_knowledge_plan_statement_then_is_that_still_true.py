"""Class: a message stating something (quoted from "your documents", 「資料に…と書いてありますが」, or said plainly) and then
asking whether it is still so ("Is that still true now?", 「今もそうですか」) asks a still-current question on that
statement: it is searched and answered as one ask with it, not refused as a request about the documents (the ask alone,
"Is that still true?", names nothing the documents speak of)."""

from __future__ import annotations

import pytest

from tests.agent.each_asking_part import answered
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("question", [
    "One of your documents says only construction and shipbuilding can move up to Specified Skilled Worker No.2. Is "
    "that still true now, at the end of 2026?",
    "Your documents say only construction and shipbuilding can move to Specified Skilled Worker No. 2. Is that still "
    "the case?",
    "Only construction and shipbuilding can move up to Specified Skilled Worker No.2. Is that still true?",
    "According to your documents, only construction and shipbuilding can go to SSW (ii). Does that still apply?",
    "資料に「特定技能2号に移れるのは建設と造船だけ」と書いてありますが、今もそうですか？",
    "資料には特定技能2号は建設と造船だけとありますが、2026年末の今も同じですか？",
    "特定技能2号に移れるのは建設と造船だけ。今もそうですか？",
])
def test_a_statement_then_is_that_still_so_is_answered(bot, question: str) -> None:
    answered(bot, question, r"(?:shipbuilding|造船)", r"(?<![\d.,])11(?![\d])")


@pytest.mark.parametrize("lang, text, act, expected", [
    ("en", "One of your documents says only construction and shipbuilding can move up to No.2.", "claim_in_documents",
     True),
    ("en", "Your documents say the quota is 3.", "claim_in_documents", True),
    ("en", "According to your documents, the stay is 5 years.", "claim_in_documents", True),
    ("en", "Please list your documents.", "claim_in_documents", False),
    ("en", "We read the documents carefully.", "claim_in_documents", False),
    ("ja", "資料に「2号に移れるのは建設と造船だけ」と書いてありますが", "claim_in_documents", True),
    ("ja", "資料では周辺業務は3割までとなっていますが", "claim_in_documents", True),
    ("ja", "資料を送ってください", "claim_in_documents", False),
    ("en", "Is that still true now, at the end of 2026?", "still_so_check", True),
    ("en", "Does that still apply?", "still_so_check", True),
    ("en", "Has that changed since?", "still_so_check", True),
    ("en", "Is it possible to apply online?", "still_so_check", False),
    ("ja", "2026年末の今も同じですか？", "still_so_check", True),
    ("ja", "今もそうですか？", "still_so_check", True),
    ("ja", "申請は今からでもできますか？", "still_so_check", False),
])
def test_the_acts(lang: str, text: str, act: str, expected: bool) -> None:
    assert UNDERSTANDER.pack(lang).act(act, text) == expected
