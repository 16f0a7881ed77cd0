"""A total split into listed other parts with "the rest" as the counted staff ("常勤職員は25人で、そのうち事務員が3人、
看護師が2人、残りは介護職員です", "25 staff: 3 clerks, 2 nurses, the rest are care workers"): every listed part is
subtracted (it subtracted only the first), and the reply's assumption line says the subtraction."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

CASES = [
    ("特別養護老人ホームを運営しています。常勤職員は25人で、そのうち事務員が3人、看護師（看護業務）が2人、残りは介護職員です。"
     "介護職種で技能実習生を受け入れる場合、何人までになりますか。", 20),
    ("介護施設です。常勤30人のうち、事務2人、調理3人、送迎1人で、残りの職員は全員介護です。技能実習生は何人まで？", 24),
    ("常勤職員40名、内訳は事務4名、看護師3名、その他は介護職員です。介護の実習生の人数枠は？", 33),
    ("介護施設で常勤20人、うち事務2人、看護1人、あとは全員介護職員です。実習生は何人？", 17),
    ("We run a nursing home with 25 full-time staff: 3 are office clerks, 2 are nurses and the rest are care workers. "
     "How many nursing care trainees can we take?", 20),
    ("Our care facility has 40 full-time employees. 4 work in the office, 3 in the kitchen, 1 driver; the rest are "
     "caregivers. Nursing care trainee quota?", 32),
    ("Nursing care home, 30 full-time staff, of whom 2 are admin and 3 are nurses; the remaining staff are all care "
     "workers. How many technical intern trainees?", 25),
]


@pytest.mark.parametrize(("text", "count"), CASES)
def test_every_listed_part_is_subtracted(text: str, count: int) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.slots["full_time_employees"] == count
    assert [key for key, _ in parsed.notes] == ["reading.rest_of_parts"]


@pytest.mark.parametrize("text", [
    "常勤職員は25人で、そのうち事務員が3人です。介護職種で実習生は何人まで？",
    "We have 25 full-time staff, 3 of them are office staff. How many nursing care trainees?",
])
def test_one_part_without_the_rest_is_as_before(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.slots["full_time_employees"] == 22
    assert "reading.rest_of_parts" not in [key for key, _ in parsed.notes]


@pytest.mark.parametrize(("text", "line"), [
    (CASES[0][0], "25 − 3 − 2 = 20"),
    (CASES[4][0], "25 − 3 − 2 = 20"),
])
def test_the_reply_says_the_subtraction(bot, text: str, line: str) -> None:
    from support import converse

    reply = converse(bot, text)
    assert reply.tool_calls and reply.tool_calls[0].args["full_time_employees"] == 20
    assert line in reply.answer
