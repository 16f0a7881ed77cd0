"""A negated mention never sets the value it negates: "living in Dhaka (not in Japan)" is not residing in Japan (it
was read as residing, a wrong verdict), and "the online internship (オンライン), not in-person" is online (the
negated mode cancelled the stated one, so a correction kept the old mode)."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

WHO = ["Bangladeshi national, 26 years old", "Vietnamese, 25", "I am Nepali, age 30,"]
ABROAD = ["living in Dhaka (not in Japan)", "living in Hanoi, not in Japan", "based in Kathmandu (not in Japan)",
          "I live in Manila, not in Japan"]


@pytest.mark.parametrize("abroad", ABROAD)
@pytest.mark.parametrize("who", WHO)
def test_not_in_japan_is_never_residing_in_japan(who: str, abroad: str) -> None:
    text = f"{who}, {abroad}, IELTS 7.0, never joined before. Am I eligible for JIP FY2024?"
    assert UNDERSTANDER.parse(text).slots.get("residing_in_japan") is False


@pytest.mark.parametrize("stated,negated,mode", [
    ("the online internship (オンライン)", "not in-person", "online"),
    ("online", "not in person", "online"),
    ("an online one", "not on-site", "online"),
    ("in-person", "not online", "in_person"),
    ("on-site", "not remote", "in_person"),
])
@pytest.mark.parametrize("frame", ["My apologies, the candidate will do {s}, {n}. Same 20 days.",
                                   "Correction: it is {s}, {n}, for 20 days.",
                                   "Please calculate the support funds: {s}, {n}, 20 days."])
def test_a_negated_mode_never_sets_the_mode(frame: str, stated: str, negated: str, mode: str) -> None:
    parsed = UNDERSTANDER.parse(frame.format(s=stated, n=negated))
    assert parsed.slots.get("mode") == mode
    assert parsed.slots.get("days") == 20


@pytest.mark.parametrize("text", ["online instead of in-person, 20 days", "in-person rather than online, 20 days"])
def test_instead_of_and_rather_than_negate(text: str) -> None:
    assert UNDERSTANDER.parse(text).slots.get("mode") == text.split()[0].replace("-", "_")


@pytest.mark.parametrize("turns,mode", [
    (("Please calculate the activity support funds for an in-person internship of 20 days.",
      "My apologies, the candidate will do the online internship (オンライン), not in-person. Same 20 days."), "online"),
    (("Please calculate the activity support funds for an online internship of 20 days.",
      "Sorry, it is in-person, not online. Same 20 days."), "in_person"),
])
def test_a_correction_with_the_old_mode_negated_takes_the_new_mode(bot, turns: tuple[str, str], mode: str) -> None:
    from support import converse

    reply = converse(bot, *turns)
    calls = [c for c in reply.tool_calls if c.name == "jip_support_funds"]
    assert calls and calls[-1].args["mode"] == mode and calls[-1].args["days"] == 20
