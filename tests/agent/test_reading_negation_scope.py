"""A negation binds to the organization it names, not to the whole message (batch f, class 3): "the implementing
organization is certified excellent, but its supervising organization is NOT an excellent supervising organization"
is excellent=True, supervisor_excellent=False. The class, generated over both subjects' values, the order they are
named in, the forms of the negation, and both languages (pack ``scoped``: the spans about the supervising
organization are blanked before the implementing organization's own excellence is read).
"""

from __future__ import annotations

import itertools

import pytest

from bot.agent import nlu
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

OWN = {
    True: ["the implementing organization is certified excellent", "we are an excellent implementing organization",
           "our company is rated excellent", "we are yuryo"],
    False: ["we are not excellent", "the implementing organization is NOT excellent", "we're a normal company"],
}
SUPERVISOR = {
    True: ["our supervising organization is excellent", "our supervising organization is an excellent one",
           "we are under an excellent supervising organization"],
    False: ["its supervising organization is NOT an excellent supervising organization (not 一般監理団体)",
            "our supervising organization isn't excellent", "the supervising org is not excellent",
            "our kanri dantai is not yuryo"],
}
QUESTION = "120 full-time employees. What are the No.1 and No.2 limits, and is No.3 allowed?"


def _cases():
    for own, sup in itertools.product((True, False), (True, False)):
        for a, b in itertools.product(OWN[own], SUPERVISOR[sup]):
            yield f"{a}, but {b}. {QUESTION}", own, sup
            yield f"{QUESTION} {b[0].upper() + b[1:]}; {a}.", own, sup


@pytest.mark.parametrize("text,own,supervisor", list(_cases()))
def test_each_negation_binds_to_its_organization(text: str, own: bool, supervisor: bool) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert nlu.QUOTA in parsed.intents + parsed.implied
    assert parsed.slots.get("excellent") is own, text
    assert parsed.slots.get("supervisor_excellent") is supervisor, text


@pytest.mark.parametrize("text", [
    "our supervising organization is not excellent. we have 120 staff, how many trainees can we accept?",
    "we have 120 staff under an excellent supervising organization. how many trainees can we accept?",
])
def test_the_supervisor_alone_says_nothing_of_the_implementing_organization(text: str) -> None:
    assert "excellent" not in UNDERSTANDER.parse(text).slots


JA_OWN = {True: ["当社は優良です", "優良な実習実施者です", "うちは優良"], False: ["当社は優良ではありません", "うちは一般の実習実施者"]}
JA_SUPERVISOR = {True: ["監理団体は一般監理団体です", "監理団体も優良です"],
                 False: ["監理団体は優良ではありません", "監理団体は優良ではない", "監理団体は特定監理団体です"]}


@pytest.mark.parametrize("own,supervisor", list(itertools.product((True, False), (True, False))))
def test_each_negation_binds_to_its_organization_in_japanese(own: bool, supervisor: bool) -> None:
    for a, b in itertools.product(JA_OWN[own], JA_SUPERVISOR[supervisor]):
        if not own and b.startswith("監理団体も"):
            continue  # "も" (also) presupposes the implementing organization is excellent
        text = f"{a}が、{b}。常勤職員は120人です。技能実習生は何人受け入れられますか？"
        parsed = UNDERSTANDER.parse(text)
        assert parsed.slots.get("excellent") is own, text
        assert parsed.slots.get("supervisor_excellent") is supervisor, text
    parsed = UNDERSTANDER.parse("優良だが監理団体は優良ではない。常勤120人で何人受け入れられますか")
    assert parsed.slots.get("excellent") is True and parsed.slots.get("supervisor_excellent") is False
