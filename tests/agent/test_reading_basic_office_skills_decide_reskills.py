"""Basic office skills (ExcelとWordの基礎) decide the Re-Skills check; a share of exercises (7割) is never hours."""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calls_named
from tests.knowledge import repo_understander

U = repo_understander()


@pytest.mark.parametrize("text", [
    "社員研修でExcelとWordの基礎、パソコンの基本操作を教えるコースを作ったんだけど、演習が７割くらいある。これってRe-Skills講座として"
    "経産省の認定もらえる？",
    "Excelの基礎を教える講座で、演習が6割です。Re-Skills講座の認定を受けられますか？",
])
def test_basic_office_skills_decide_the_reskills_check(bot, text: str) -> None:
    parsed = U.parse(text)
    assert parsed.slots.get("basic_it_only") is True
    assert "practical_hours" not in parsed.slots and "total_hours" not in parsed.slots
    reply = converse(bot, text)
    (call,) = calls_named(reply, "reskills_course_check")
    assert call.args["basic_it_only"] is True
