"""A date the question states outside a start the documents state ("launched in and after April 2018" and a course
starting in January 2018) is answered "no" with its consequence said in words (not covered, 対象になりません), not only
the two dates side by side."""

from __future__ import annotations

import pytest

from tests.agent.each_asking_part import answered


@pytest.mark.parametrize("question,said", [
    ("Our AI course will start in January 2018. Can it be certified in this first round (the September-October 2017 "
     "applications)?", r"January 2018 is before that, so it is not covered"),
])
def test_a_date_before_the_start_says_not_covered(bot, question: str, said: str) -> None:
    answered(bot, question, said)


@pytest.mark.parametrize("key,lang,said", [
    ("knowledge.limit.after", "en", "so it is not covered"), ("knowledge.limit.before", "en", "so it is not covered"),
    ("knowledge.limit.after", "ja", "対象になりません"), ("knowledge.limit.before", "ja", "対象になりません"),
])
def test_each_language_says_the_consequence(key: str, lang: str, said: str) -> None:
    from bot.agent.responses import Responses
    from bot.rules import RuleBook
    from tests.knowledge import KNOWLEDGE

    responses = Responses(KNOWLEDGE / "responses", RuleBook.load(KNOWLEDGE / "rules"))
    assert said in responses.say(key, lang, x="", with_="", bound="April 2018", asked="January 2018")
