"""Class: a self-description with a bare program ask ("I'm in Bangladesh right now, 28, N2. JIP ok?", "... JIP?",
"Can I do JIP?", 「ネパール国籍、24歳、N3、カトマンズ在住。JIPいける？」): the facts told are the applicant's and the program is
asked for them (pack act ``asks_eligibility``), so the eligibility check's verdict leads the reply, never a quote of how
matching works."""

from __future__ import annotations

import re

import pytest

from support import converse
from tests.agent.reading_checks import calculators

LEAD = {"en": r"^(?:Based on what you told us, you meet|Your eligibility for the FY2024 Japan Internship Program)",
        "ja": r"^(?:FY2024のジャパン・インターンシップ・プログラム（JIP）の応募要件を満たしています|今の情報では、JIPの応募要件を満たすか)"}


@pytest.mark.parametrize("lang,message,nationality", [
    ("en", "I'm in Bangladesh right now, 28, N2. JIP ok?", "Bangladesh"),
    ("en", "I'm Bangladeshi, 28, N2. JIP?", "Bangladesh"),
    ("en", "I'm Vietnamese, 25 years old, N3. JIP possible?", "Viet Nam"),
    ("en", "I'm Indonesian, 26, N2, living in Jakarta. Can I do JIP?", "Indonesia"),
    ("en", "I am from Nepal, 24 years old, JLPT N3. Is JIP ok for me?", "Nepal"),
    ("ja", "ネパール国籍、24歳、N3、カトマンズ在住。JIPいける？", "Nepal"),
    ("ja", "バングラデシュ人、28歳、N2です。JIPは？", "Bangladesh"),
    ("ja", "スリランカ人で27歳、N2です。JIPって可能ですか？", "Sri Lanka"),
])
def test_the_eligibility_answer_leads(bot, lang: str, message: str, nationality: str) -> None:
    reply = converse(bot, message)
    (call,) = calculators(reply)
    assert call.name == "jip_eligibility" and call.args["nationality"] == nationality
    assert re.search(LEAD[lang], reply.answer), reply.answer[:300]


@pytest.mark.parametrize("message", ["JIP?", "What is JIP?", "Is JIP open to Bangladeshi people?"])
def test_a_program_ask_without_ones_facts_is_no_check_of_ones_own(bot, message: str) -> None:
    reply = converse(bot, message)
    assert not re.search(LEAD["en"], reply.answer), reply.answer[:300]
