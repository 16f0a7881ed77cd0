"""Class: the support a participant gets (インターン生本人にはどういうサポート, 何をしてもらえる, "what do interns get",
"what support is there for interns") asks for a unit that states support (the program's list: visa, flights,
accommodation, insurance, funds, PC), not the rule on who hosts them; support for companies (東京都の中小企業向け
の支援) is no participant's support and still asks for every support program (the list type)."""

from __future__ import annotations

import pytest

from bot.answers.types import AnswerTypes

HOST_RULE = ("In-person internships will take place at small to medium-sized companies with main business locations "
             "in Japan (excluding industry associations, non-profit organizations, and local governments).")
SUPPORT = ("Support for interns: Pre-training for interns; Assistance in obtaining a visa to enter Japan; Arrangement "
           "of round-trip airline tickets; Arrangement of accommodation; Internship insurance.")


@pytest.mark.parametrize("question", [
    "経産省のJIP（インターンシップ事業）でインターン生の受け入れを検討している会社です。インターン生本人にはどういうサポートが用意されているんでしょうか。一通り教えてください。",
    "JIPのインターン生は何をしてもらえますか？",
    "インターン生への支援にはどんなものがありますか",
    "what do JIP interns get?",
    "What support is there for interns in the Japan Internship Program?",
    "What kind of help do the trainees receive?",
    "Tell me the support for participants, all of it.",
])
def test_a_participants_support_needs_a_support_unit(types: AnswerTypes, question: str) -> None:
    ask = types.classify(question)
    assert "support" in ask.hard, ask
    assert types.satisfies(ask, types.detect(SUPPORT), SUPPORT)
    assert not types.satisfies(ask, types.detect(HOST_RULE), HOST_RULE)


@pytest.mark.parametrize("question", [
    "東京都で外国人材を受け入れる中小企業向けの支援って何かあります？",
    "Does Tokyo have any support for SMEs hiring foreign workers?",
    "当方、一般社団法人の業界団体です。会員企業の海外展開支援のため、JIPの対面インターンの受入れ先になれますでしょうか。",
])
def test_support_for_companies_or_a_purpose_is_no_participants_support(types: AnswerTypes, question: str) -> None:
    assert "support" not in types.classify(question).types
