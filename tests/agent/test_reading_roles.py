"""Staff in other roles in a nursing-care count (fresh batch e: enf6-mt-nursing-25-to-20), EN and JA.

The class: for a nursing-care quota only full-time staff whose main job is care count. A message naming part of the
count as another role ("5 of those 25 are office staff", "25人のうち5人は事務職") takes that part out, in the same
message or as a correction of the count given before, and the reply says so; a care-staff count stated on its own
("The care workers are 20", "介護職員は20人") is the count itself. Outside nursing care the same words change nothing.
"""

from __future__ import annotations

import pytest

from support import converse

EN_FIRST = "A care home I support has {total} full-time staff and is a standard organization. How many nursing care trainees can it accept?"
JA_FIRST = "介護施設で常勤職員{total}人、一般の実習実施者です。介護の技能実習生は何人受け入れられますか？"
EN_CORRECTIONS = [
    "Correction: {part} of those {total} are office staff. The care workers are {care}.",
    "Correction: {part} of those {total} are office staff.",
    "sorry, {part} of them work in the kitchen",
    "Actually the care workers are {care}.",
    "oops, only {care} are care staff, the rest are admin",
]
JA_CORRECTIONS = [
    "訂正です。{total}人のうち{part}人は事務職です。介護職員は{care}人です。",
    "訂正です。{total}人のうち{part}人は事務職です。",
    "すみません、そのうち{part}人は調理員でした。",
    "訂正です、介護職員は{care}人です。",
]
FIGURES = [(25, 5), (40, 8), (18, 3)]


def _employees(reply):
    calls = [c for c in reply.tool_calls if c.name == "trainee_quota"]
    assert calls, ("no quota call", reply.answer[:300])
    return calls[-1].args["full_time_employees"], calls[-1].args.get("occupation")


@pytest.mark.parametrize("frame", EN_CORRECTIONS)
@pytest.mark.parametrize("total,part", FIGURES)
def test_english_other_roles_do_not_count_for_nursing_care(bot, frame, total, part) -> None:
    reply = converse(bot, EN_FIRST.format(total=total), frame.format(total=total, part=part, care=total - part))
    assert _employees(reply) == (total - part, "nursing_care")


@pytest.mark.parametrize("frame", JA_CORRECTIONS)
@pytest.mark.parametrize("total,part", FIGURES)
def test_japanese_other_roles_do_not_count_for_nursing_care(bot, frame, total, part) -> None:
    reply = converse(bot, JA_FIRST.format(total=total), frame.format(total=total, part=part, care=total - part))
    assert _employees(reply) == (total - part, "nursing_care")


@pytest.mark.parametrize("text,expected", [
    ("Our care home has 30 full-time staff, 6 of whom are office staff. How many nursing care trainees can we take?", 24),
    ("介護施設で常勤職員30人、そのうち6人は事務職です。介護の技能実習生は何人受け入れられますか？", 24),
])
def test_in_one_message_the_part_comes_out_and_the_reply_says_so(bot, text, expected) -> None:
    reply = converse(bot, text)
    assert _employees(reply) == (expected, "nursing_care")
    assert "6" in reply.answer.split("Assumed:" if "Assumed:" in reply.answer else "前提：")[1]


@pytest.mark.parametrize("first,second", [
    ("We have 25 full-time staff. How many trainees can we accept?", "Correction: 5 of those 25 are office staff."),
    ("常勤職員25人の会社です。技能実習生は何人受け入れられますか？", "訂正です。25人のうち5人は事務職です。"),
])
def test_outside_nursing_care_other_roles_still_count(bot, first, second) -> None:
    count, _ = _employees(converse(bot, first, second))
    assert count == 25
