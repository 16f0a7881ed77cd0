"""Applicant facts said with doubt or as changing before the application (knowledge/nlu/en.yaml, ja.yaml).

The classes:
- a JLPT level the applicant is not sure of, between two ("I think I passed N3 but maybe it was N4"): neither is taken
  as held; the check runs for each level and the reply says both outcomes (N3 would meet it, N4 would not);
- a residence negated in a list of places ("so I don't live in the Philippines or in Japan"): not residing in Japan;
- a residence that changes before applying (「来月の修了後にネパールへ帰国して、ネパールから応募した場合」, "if I go back to Nepal
  after graduating and apply from there"): not residing in Japan when applying.
"""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calls_named
from tests.knowledge import repo_understander

UNSURE = [
    ("I took the JLPT last year, I think I passed N3 but maybe it was N4, I don't remember. Can I join the internship?",
     ("N3", "N4")),
    ("My JLPT is N4 or N3, I am not sure. Am I eligible for JIP?", ("N3", "N4")),
    ("I have N2, or maybe it was N3, I lost the certificate. Can I apply to the Japan Internship Program?",
     ("N2", "N3")),
]


@pytest.mark.parametrize(("text", "levels"), UNSURE)
def test_an_unsure_jlpt_level_is_checked_at_both_levels(text, levels) -> None:
    parsed = repo_understander().parse(text)
    assert parsed.scenarios.get("jlpt_level") == levels


@pytest.mark.parametrize("text", [
    "I have JLPT N3 or higher. Can I apply?",
    "Do I need N3 or N2 for the internship?",
    "I passed N3. Am I eligible?",
])
def test_a_sure_level_or_a_question_about_levels_is_no_doubt(text) -> None:
    assert "jlpt_level" not in repo_understander().parse(text).scenarios


def test_an_unsure_level_says_both_outcomes(bot) -> None:
    reply = converse(bot, "I am Indonesian, 24, living in Jakarta. I think I passed N3 but maybe it was N4, I don't "
                          "remember. My English is not good. Can I join the internship?")
    levels = [call.args["jlpt_level"] for call in calls_named(reply, "jip_eligibility")]
    assert levels == ["N3", "N4"]
    assert "N3 or higher" in reply.answer and "N4" in reply.answer


@pytest.mark.parametrize("text", [
    "I have lived and worked in Dubai for 9 years (so I don't live in the Philippines or in Japan). Can I apply?",
    "I am Nepali and I do not live in Nepal or Japan, I live in Qatar. Am I eligible?",
    "I don't live in India nor in Japan anymore, I am in Dubai.",
    "フィリピン国籍ですが、フィリピンにも日本にも住んでいません。ドバイで働いています。応募できますか？",
])
def test_a_residence_negated_in_a_list_of_places_is_not_in_japan(text) -> None:
    assert repo_understander().parse(text).slots.get("residing_in_japan") is False


@pytest.mark.parametrize("turns", [
    ["ネパール国籍で、いま日本の大学院に留学している方（1998年6月生まれ、JLPT N2、過去にJIPへの参加なし）から相談されました。応募できますか？",
     "では、この方が来月の修了後にネパールへ帰国して、ネパールから応募した場合はどうなりますか？"],
    ["ベトナム国籍で、今は東京に住んでいます。26歳、JLPT N2です。JIPに応募できますか？",
     "帰国してからベトナムで応募する場合はどうですか？"],
    ["I'm a Nepali master's student in Tokyo, 26 years old, JLPT N2, never joined JIP. Can I apply to the internship?",
     "What if I go back to Nepal after graduating next month and apply from there?"],
    ["She is Vietnamese, 25, studying in Osaka with JLPT N2. Can she apply to JIP?",
     "And if she applies from Vietnam after she goes back home in March?"],
], ids=["ja-kikoku-shite", "ja-kikoku-shitekara", "en-go-back", "en-apply-from-after"])
def test_a_residence_that_changes_before_applying_is_not_in_japan(bot, turns) -> None:
    reply = converse(bot, *turns)
    calls = calls_named(reply, "jip_eligibility")
    assert calls and calls[-1].args["residing_in_japan"] is False
