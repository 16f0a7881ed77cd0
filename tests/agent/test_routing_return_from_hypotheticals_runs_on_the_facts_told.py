"""A return from hypotheticals ("ok back to our real situation, how many No.2 can we have?", 「実際の人数に戻すと？」 after
"what if we become an excellent organization?" and "and how many if we had 120 staff instead?") asks the last
calculation again on the facts told: a hypothetical holds for its own answer only (「優良になったら」 is one too), so the
quota runs on the real headcount as a standard organisation; never a refusal for an unmentioned "situation"."""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calculators

EN = ["We have 75 full-time employees. How many trainees can we take?", "what if we become an excellent organization?",
      "and how many if we had 120 staff instead?"]
JA = ["常勤職員は75名です。技能実習生は何人受け入れられますか？", "優良になったらどうなりますか？", "120名だったら？"]


@pytest.mark.parametrize("before,back", [
    (EN, "ok back to our real situation, how many No.2 can we have?"),
    (EN, "going back to our actual numbers, what is the quota?"),
    (EN, "and for our real case again?"),
    (JA, "実際の人数に戻すと？"),
    (JA, "現実の状況では2号は何人ですか？"),
    (JA, "話を元に戻して、うちの場合は何人ですか？"),
])
def test_a_return_from_hypotheticals_runs_the_quota_on_the_facts_told(bot, before: list[str], back: str) -> None:
    reply = converse(bot, *before, back)
    assert not reply.refused
    (call,) = calculators(reply)
    assert call.name == "trainee_quota"
    assert call.args["full_time_employees"] == 75
    assert not call.args.get("excellent")

