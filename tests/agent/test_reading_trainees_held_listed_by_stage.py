"""The trainees held now listed stage by stage in one sentence ("we currently have 4 in year 1 and 3 in year 2", "4 No.1
and 3 No.2 trainees at the moment", 「今、1年目が4人、2年目が3人います」, 「1号が4名、2号が3名在籍しています」): each stage's number
is held (year 1 is No.1, years 2 and 3 No.2) and the reply compares each with its limit. Before, nothing was read, or
only the last stage. A list asked about ("can we have 4 in year 1 and 3 in year 2?", 「今、1号が4人、2号が3人受け入れられます
か」) holds nothing."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


def _held(text: str) -> dict[str, int]:
    return {c["field"]: c["value"] for c in UNDERSTANDER.parse(text).claims if c.get("held")}


@pytest.mark.parametrize("text,held", [
    ("We currently have 4 in year 1 and 3 in year 2.", {"no1_at_once": 4, "no2_at_once": 3}),
    ("Currently 4 trainees in year 1 and 3 in year 2. Are we over?", {"no1_at_once": 4, "no2_at_once": 3}),
    ("Right now we have 4 first-year and 3 second-year trainees.", {"no1_at_once": 4, "no2_at_once": 3}),
    ("We have 4 No.1 and 3 No.2 trainees at the moment.", {"no1_at_once": 4, "no2_at_once": 3}),
    ("Currently 2 in year 1, 2 in year 2 and 1 in year 3.", {"no1_at_once": 2, "no2_at_once": 3}),
    ("今、1年目が4人、2年目が3人います。", {"no1_at_once": 4, "no2_at_once": 3}),
    ("現在、実習生は1号が4名、2号が3名です。", {"no1_at_once": 4, "no2_at_once": 3}),
    ("いま1号4人と2号3人がいます", {"no1_at_once": 4, "no2_at_once": 3}),
    ("1号が4名、2号が3名在籍しています。", {"no1_at_once": 4, "no2_at_once": 3}),
])
def test_each_stage_is_held(text: str, held: dict[str, int]) -> None:
    assert _held(text) == held
    assert "full_time_employees" not in UNDERSTANDER.parse(text).slots


@pytest.mark.parametrize("text", [
    "Can we have 4 in year 1 and 3 in year 2?",
    "If we have 4 No.1 and 3 No.2 trainees, is that allowed?",
    "We have 30 staff and want 3 No.1 trainees.",
    "今、1号が4人、2号が3人受け入れられますか",
    "1号は何人、2号は何人まで受け入れられますか",
])
def test_a_list_asked_about_is_not_held(text: str) -> None:
    assert not _held(text)


@pytest.mark.parametrize("turns,said", [
    (("We have 52 full-time employees. How many No.1 and No.2 trainees can we have at once?",
      "We currently have 6 in year 1 and 3 in year 2. If 3 of our full-time staff retire, are we over the limit?"),
     ["1 over the No.1 limit of 5", "within the No.2 limit of 10"]),
    (("常勤の従業員は52人です。1号と2号は同時に何人までですか。", "今、1年目が6人、2年目が3人います。3人退職したら枠を超えますか。"),
     ["第1号6人は枠を1人超えます。常勤職員49人では第2号の枠は10人なので、いまの第2号3人は枠内です"]),
])
def test_the_reply_compares_each_stage_with_its_limit(bot, turns: tuple[str, str], said: list[str]) -> None:
    from support import converse

    reply = converse(bot, *turns)
    assert all(words in reply.answer for words in said)
