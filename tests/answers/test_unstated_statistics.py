"""Class: a statistic of a subject (a count as it stands, a rate or share of its applicants: "how many courses are
certified right now", "the acceptance rate", "how many % get picked", 採択率, 何件認定, 合格率) or a list of its
instances ("which schools offer them", "which companies hosted interns", どの学校が開講) needs a unit that states
that figure or names those instances; a rule's number (an age range, 50% of a curriculum's hours, a per-day fund)
or the rule on who may host does not carry it. Who may ("which companies can host?") asks a condition instead."""

from __future__ import annotations

import pytest

from bot.answers.types import AnswerTypes
from tests.answers.type_checks import carries


RULES = [
    "In principle, those who are 18 to 40 years old as of August 1, 2024.",
    "provide practical courses, including practical work training, accounting for at least 50% of the curricula as a whole",
    "Activity support funds based on the internship duration (In-person internships, 3,000 yen per day).",
    "In-person internships will take place at small to medium-sized companies with main business locations in Japan "
    "(excluding industry associations, non-profit organizations, and local governments).",
    "Organizations running the training courses should: stably continue to hold such courses based on certain conditions.",
]

STATISTICS = [
    "whats the acceptance rate of the japan internship program? how many % of applicants get picked?",
    "What is the success rate for JIP applications?",
    "What percentage of applicants are selected for the internship?",
    "how many re-skills courses are certified right now?",
    "How many courses have been certified so far under Re-Skills?",
    "JIPの採択率はどのくらいですか？",
    "リスキル講座の認定の合格率を教えてください",
    "応募者のうち何割くらいが採択されますか？",
    "認定されている講座は何件ありますか？",
    "これまでに何件認定されましたか",
]

INSTANCES = [
    "which schools offer re-skills courses?",
    "Which companies hosted JIP interns last year?",
    "Which universities take part in the Japan Internship Program?",
    "Give me the list of certified courses.",
    "リスキル講座はどの学校が開講していますか？",
    "JIPのインターン生はどの企業が受け入れていますか？",
]


@pytest.mark.parametrize("question", STATISTICS + INSTANCES)
def test_a_rule_does_not_state_a_statistic_or_instances(types: AnswerTypes, question: str) -> None:
    assert types.classify(question).hard, question
    for unit in RULES:
        assert not carries(types, question, unit), (question, unit)


@pytest.mark.parametrize("question,unit", [
    ("What is the acceptance rate of JIP?", "The acceptance rate in FY2023 was 35%."),
    ("how many % of applicants get picked?", "About 30% of applicants were selected."),
    ("JIPの採択率はどのくらいですか？", "採択率は約3割でした。"),
    ("How many courses have been certified so far?", "A total of 73 courses were certified in the first round."),
    ("which schools offer re-skills courses?", "Certified courses are offered by Example Academy Co., Ltd. and Sample University of Tokyo."),
    ("どの学校が開講していますか？", "株式会社サンプルが開講しています。"),
])
def test_a_unit_that_states_the_statistic_or_names_instances_answers(types: AnswerTypes, question: str, unit: str) -> None:
    assert carries(types, question, unit)


@pytest.mark.parametrize("question", [
    "Which companies can host JIP interns?",
    "Which organizations are excluded as host companies?",
    "どの企業が受け入れできますか？",
    "How many trainees can we accept with 45 full-time staff?",
    "What share of the curriculum must be practical work?",
])
def test_who_may_or_a_rules_share_is_no_statistic(types: AnswerTypes, question: str) -> None:
    ask = types.classify(question)
    assert "instances" not in ask.types
    assert "selection_rate" not in ask.kinds.get("number", ())
    assert "tally" not in ask.kinds.get("number", ())
