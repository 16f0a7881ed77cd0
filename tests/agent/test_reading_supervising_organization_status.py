"""The supervising organization's excellence is its own slot, read beside the implementing organization's own.

The supervising organisation's own status (一般監理団体 / ippan kanri dantai / excellent (general) supervising
organization = true, 特定監理団体 / tokutei kanri dantai / not excellent = false), also when the writer is it and a word is
replaced inside a longer message ("一般監理団体ではなく特定監理団体です"), reaches the quota.

The supervising organization's type: specified / tokutei (特定監理団体, "not ippan") is not excellent, general / ippan
(一般監理団体) is; it reaches the quota as supervisor_excellent."""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calls_named, slots_of
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text,excellent,supervisor", [
    ("We are an excellent implementing organization and our supervising organization is an excellent one too. "
     "310 full-time employees.", True, True),
    ("Excellent company, supervising org also excellent, 200 full-time staff: trainee limits?", True, True),
    ("We are excellent but our supervising organization is not. 150 full-time employees.", True, False),
    ("当社は優良な実習実施者で、監理団体も一般監理団体です。常勤職員250人です。", True, True),
    ("優良認定を受けていますが、監理団体は特定監理団体です。常勤100人。", True, False),
])
def test_supervising_organization_excellence_is_read(text: str, excellent: bool, supervisor: bool) -> None:
    slots = slots_of(text)
    assert slots.get("excellent") is excellent, slots
    assert slots.get("supervisor_excellent") is supervisor, slots


@pytest.mark.parametrize("text, value", [
    ("One of our member companies has 350 full-time employees and is certified as an excellent implementing "
     "organization, and we ourselves are an excellent (general) supervising organization. Limits?", True),
    ("We have 120 full-time employees, we are excellent, and our supervising organization is an ippan kanri dantai "
     "(the excellent kind).", True),
    ("We have 80 full-time staff; our supervising organization is a tokutei kanri dantai.", False),
    ("監理団体の職員です。受入れ企業は常勤職員７５名で、企業自体は優良な実習実施者の要件を満たしています。ただ、当団体は"
     "一般監理団体ではなく特定監理団体です。第１号・第２号は何名までになりますか。", False),
    ("常勤職員50名、優良な実習実施者です。当団体は特定監理団体ではなく一般監理団体です。受入れ人数は？", True),
])
def test_the_supervising_organisations_status_is_read(text: str, value: bool) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.slots.get("supervisor_excellent") is value
    assert parsed.slots.get("excellent") is True or "tokutei" in text
    assert isinstance(parsed.slots.get("full_time_employees"), int)


def test_a_supervisor_not_excellent_runs_the_quota(bot) -> None:
    reply = converse(bot, "監理団体の職員です。受入れ企業は常勤職員７５名で、企業自体は優良な実習実施者の要件（得点6割以上）を満たして"
                          "います。ただ、当団体は一般監理団体ではなく特定監理団体です。第１号・第２号は何名までになりますか。")
    (call,) = calls_named(reply, "trainee_quota")
    assert call.args["full_time_employees"] == 75 and call.args["supervisor_excellent"] is False


def test_trainees_named_before_how_many_is_the_quota_asked(bot) -> None:
    reply = converse(bot, "We're thinking of taking in foreign technical intern trainees at our plant. How many could "
                          "we accept?",
                     "We have 120 full-time employees. We were certified as an excellent implementing organization "
                     "last year, and our supervising organization is an ippan kanri dantai (the excellent kind).")
    (call,) = calls_named(reply, "trainee_quota")
    assert call.args["full_time_employees"] == 120 and call.args["supervisor_excellent"] is True


@pytest.mark.parametrize(("text", "value"), [
    ("We got yuryo certification this year, but our kanri dantai is only 'tokutei' type, not ippan. We are 75 "
     "full-time employees. How many No.1 and No.2 can we have?", False),
    ("We are an excellent implementing organization with 75 full-time employees. Our supervising organization is a "
     "specified one. How many No.3 trainees can we take?", False),
    ("We are excellent, 75 full-time employees, and we use a specified supervising organization. How many trainees "
     "can we take?", False),
    ("We are excellent and have 75 full-time employees. Our supervising organization is not ippan. How many No.3 "
     "trainees can we take?", False),
    ("We are excellent, 75 full-time employees, our supervising organization is a general supervising organization. "
     "How many trainees can we take?", True),
    ("優良認定を受けています。常勤職員75人です。監理団体は一般ではなく特定です。何人受け入れられますか", False),
    ("優良認定を受けています。常勤職員75人です。監理団体は特定監理団体です。3号は何人受け入れられますか", False),
    ("優良な実習実施者で、常勤職員は75人です。監理団体は一般監理団体です。何人受け入れられますか", True),
])
def test_the_supervising_organizations_type_is_read(text: str, value: bool) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.slots.get("supervisor_excellent") is value, parsed.slots
    assert parsed.slots.get("full_time_employees") == 75
    assert parsed.slots.get("excellent") is True
    assert "occupation" not in parsed.slots or parsed.slots["occupation"] == "general"


def test_a_specified_supervising_organization_reaches_the_quota(bot) -> None:
    reply = converse(bot, "We got yuryo certification this year (scored 65% in the self-assessment sheet), but our "
                          "kanri dantai is only 'tokutei' type, not ippan. We are 75 full-time employees. Can we take "
                          "No.3 trainees now? And how many No.1 and No.2 can we have?")
    calls = [c for c in reply.tool_calls if c.name == "trainee_quota"]
    assert calls and calls[0].args.get("supervisor_excellent") is False, reply.tool_calls
