"""Three asks (the course requirements, the providers' requirements, the procedure) each get their unit: the 50% practical
share and the examinations, what the organizations must ensure, the e-Gov steps."""

from __future__ import annotations

import pytest

from tests.agent.each_asking_part import answered


@pytest.mark.parametrize("question", [
    "第四次産業革命スキル習得講座の認定制度について伺います。講座に求められる要件と、講座を実施する機関側の要件、それから"
    "申請方法（どのシステムから申請するのか等）をご教示いただけますでしょうか。",
    "For the Re-Skills course certification, what are the requirements for the courses, what are the requirements for "
    "the organizations running them, and how do we apply (which system)?",
])
def test_three_asks_each_get_their_unit(bot, question: str) -> None:
    answered(bot, question, r"50%", r"e-Gov", r"Organizations running the training courses")
