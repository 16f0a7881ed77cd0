"""Class: each ask of a message is answered whatever its order and kind. A procedure asked ("how to apply?",
申請はどうやるんでしょう) is open while no quoted unit is the opening of the steps, even when another ask's unit (the
posting rule, the MHLW step) was quoted first; a yes/no lead does not replace the other asks' units."""

from __future__ import annotations

import pytest

from bot.answers.types import AnswerTypes
from tests.agent.each_asking_part import answered


@pytest.mark.parametrize("question", [
    "how to apply for the Re-Skills course certification? can we send paper forms by post?",
    "can we send paper forms by post? and how do we apply for the Re-Skills course certification?",
    "Re-Skills講座の認定はどうやって申請しますか？書類は郵送でもいいですか？",
])
def test_procedure_beside_the_posting_rule_gets_the_steps(bot, question: str) -> None:
    answered(bot, question, r"e-Gov", r"(?:ID|password|パスワード)", r"(?:post|郵送|1-3-1)")


@pytest.mark.parametrize("question", [
    "第四次産業革命スキル習得講座の認定って、講座側にはどんな要件があるんですか？申請はどうやるんでしょう。それと、認定されれば厚労省の"
    "教育訓練給付の対象にも自動的になりますか？",
    "What requirements must a Re-Skills course meet? How do we apply? And does certification automatically make it "
    "eligible for the MHLW Training and Education Benefits?",
])
def test_requirements_procedure_and_yes_no_each_answered(bot, question: str) -> None:
    answered(bot, question, r"50\s*%", r"e-Gov", r"(?i)(?:separately|別途)")


@pytest.mark.parametrize("sentence", ["申請はどうやるんでしょう。", "登録はどうやればいいの？", "申請はどうやったらできますか？"])
def test_how_it_is_done_asks_the_procedure(sentence: str) -> None:
    types = AnswerTypes.load()
    assert "procedure" in types.classify(sentence).types
    assert types.is_question(sentence)


@pytest.mark.parametrize("question", ["認定を受けるには実習の割合がどれくらい必要ですか？",
                                      "Reスキル講座の認定を受けるには、実習の割合はどれくらい必要でしょうか。",
                                      "What share of practical work does a Re-Skills course need to be certified?"])
def test_a_share_needed_is_met_by_the_percentage_unit(bot, question: str) -> None:
    answered(bot, question, r"50\s*%")


@pytest.mark.parametrize("question", [
    "東京都で中小企業向けに外国人材の受け入れを支援してくれる取り組みはありますか？",
    "東京都で中小企業向けに外国人材の受け入れを支援してくれる取り組みはありますか？あと、技能実習はなくなると聞いたのですが本当でしょうか。",
    "Does Tokyo have any program supporting SMEs that take on foreign workers? Also, is it true technical intern "
    "training is being abolished?",
])
def test_tokyo_support_beside_another_program_gets_its_passage(bot, question: str) -> None:
    """A part that names no program but asks what a section is about (the Tokyo SME support project) is not read
    as asking about the program the rest of the message names; it is answered with its passage's units."""
    answered(bot, question, r"(?i)work\s*net", r"(?i)pasona")


def test_tokyo_support_after_another_program_finds_the_project(bot) -> None:
    answered(bot, "技能実習はなくなると聞いたのですが本当でしょうか。それと、東京都で中小企業の外国人材受け入れを支援する取り組みはありますか？",
             r"(?i)work\s*net|pasona")
