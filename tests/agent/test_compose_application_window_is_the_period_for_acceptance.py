"""The application window asked in English ("from which day until which day were the applications received?") is the
"Period for acceptance" (start and end)."""

from __future__ import annotations

import pytest

from support import converse


@pytest.mark.parametrize("question", [
    "Good afternoon. Our company runs also a small IT training school. About the first round of the METI Re-Skills "
    "course certification, from which day until which day were the applications received?",
    "Hello, our small company in Osaka runs data science courses. When exactly was METI taking applications for the "
    "Re-Skills course certification? start and end date please",
    "第四次産業革命スキル習得講座の最初の認定申請は、いつからいつまで受け付けていましたか？",
])
def test_the_application_window_is_the_period_for_acceptance(bot, question: str) -> None:
    reply = converse(bot, question)
    assert not reply.refused
    assert ("September 15, 2017" in reply.answer or "9月15日" in reply.answer)
    assert ("October 28, 2017" in reply.answer or "10月28日" in reply.answer)
