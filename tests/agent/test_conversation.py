"""Conversation state: bounded, copyable, picklable, nothing shared between instances."""

from __future__ import annotations

import copy
import pickle

from bot.agent import Conversation, DialogueState


def test_history_is_bounded_by_turns() -> None:
    conversation = Conversation(max_history_turns=3)
    for i in range(10):
        conversation.add_turn(f"question {i}", f"answer {i}")
    assert len(conversation.history) == 6
    assert conversation.history[0]["content"] == "question 7"
    assert conversation.turns == 10


def test_deepcopy_and_pickle_keep_everything_and_share_nothing() -> None:
    conversation = Conversation()
    conversation.dialogue.slots["trainee_quota"] = {"full_time_employees": 45}
    conversation.add_turn("hi", "hello")
    clone = copy.deepcopy(conversation)
    restored = pickle.loads(pickle.dumps(conversation))
    assert restored == conversation == clone
    clone.dialogue.slots["trainee_quota"]["full_time_employees"] = 1
    assert conversation.dialogue.slots["trainee_quota"]["full_time_employees"] == 45


def test_two_conversations_never_share_slots() -> None:
    a, b = Conversation(), Conversation()
    a.dialogue.slots["x"] = {"y": 1}
    assert b.dialogue.slots == {}


def test_dialogue_state_round_trip() -> None:
    state = DialogueState(intent="trainee_quota", asked=["full_time_employees"], slots={"trainee_quota": {}})
    assert DialogueState.from_dict(state.to_dict()) == state
    assert DialogueState.from_dict(None) == DialogueState()
