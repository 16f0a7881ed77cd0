"""Class: the support for participants (サポート, 支援内容, 何をしてもらえる, "what do interns get") is answered by the
whole support list (visa, flights, accommodation, insurance, funds, PC ...), in Japanese as in English, even when
the user first says they are a host company."""

from __future__ import annotations

import pytest

from tests.agent.each_asking_part import answered

WHOLE = [r"(?i)ビザ|visa", r"(?i)航空券|airline", r"(?i)宿泊|accommodation", r"(?i)保険|insurance"]


@pytest.mark.parametrize("question", [
    "経産省のJIP（インターンシップ事業）でインターン生の受け入れを検討している会社です。インターン生本人にはどういうサポートが用意されているんでしょうか。一通り教えてください。",
    "JIPのインターン生は何をしてもらえますか？",
    "JIPの支援内容を教えてください。",
    "what do JIP interns get?",
    "We plan to host a JIP intern. What support is there for the interns themselves? Please list all of it.",
])
def test_the_participants_support_is_the_whole_list(bot, question: str) -> None:
    answered(bot, question, *WHOLE)
