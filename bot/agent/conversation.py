"""Per-conversation state, owned by the caller (the app keeps it in gr.State, the CLI keeps one).

Plain data only (strings, numbers, lists, dicts) so it can be copied, deep-copied and pickled, and so
twenty users never share anything: the Bot object itself holds no per-user state.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, Field


class DialogueState(BaseModel):
    """What the policy remembers between turns: the open task, its slots and what it asked last.

    ``slots`` is keyed by task so switching topics never leaks one task's arguments into another, while
    coming back to a task still finds what the user told us earlier. Passed explicitly to the policy and
    returned by it; it never travels in chat-model message metadata.
    """

    intent: str | None = None
    asked: list[str] = Field(default_factory=list)
    slots: dict[str, dict[str, Any]] = Field(default_factory=dict)
    last_slot: str | None = None
    last_topic: str | None = None
    last_task: str | None = None  # the calculator a knowledge question was about ("how much per day in person?")
    # per task, the words the user named its parts by ("welding" -> required_hours): read as those parts later
    part_names: dict[str, dict[str, str]] = Field(default_factory=dict)
    # per task, its parts in the order the user wrote them ("required ..., related ..., peripheral ..."): a later row of
    # bare values ("and with 950 / 400 / 650?") fills them in that order
    part_order: dict[str, list[str]] = Field(default_factory=dict)
    # per task, a plan told by its weekdays, day by day ({"kinds": {weekday: slot}, "hours": {weekday: hours}}): a
    # later message moving a day to another kind of work ("wednesday is also cleaning") moves that day's hours
    plan_weeks: dict[str, dict[str, Any]] = Field(default_factory=dict)
    # other people checked beside the user ("and my friend Amina ... is she?"): who they are to the user, the name said
    # and their own facts, so a later message naming them ("Amina is 38, not 43. what about her?") checks them again
    people: list[dict[str, Any]] = Field(default_factory=list)
    # the country the user said they live in ("I live in Germany now"): their residence, its own fact, so a later message
    # only naming that country ("does Germany count against me?") never replaces the nationality they stated
    residence_country: str = ""
    # the sentences in which the user stated a fact about themselves that a document sets a criterion on and no
    # calculator checks ("I just graduated in civil engineering."): kept, so the check run on a later turn's values
    # quotes the criterion on it (a graduate's documents), as when both came in one message
    about_user: list[str] = Field(default_factory=list)
    # per task, the numbers the user wants asked against its limit (claims with ``wanted``: 「技能実習生を2人同時に受け入れた
    # いのですが、可能でしょうか？」) while the facts for it are still asked: the calculation run on a later turn's facts
    # answers them first, as when both came in one message
    claims: dict[str, list[dict[str, Any]]] = Field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return copy.deepcopy(self.model_dump())

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> "DialogueState":
        return cls.model_validate(copy.deepcopy(data or {}))


@dataclass
class Conversation:
    """One chat session: bounded history of (role, content) turns plus the dialogue state."""

    max_history_turns: int = 20
    history: list[dict[str, str]] = field(default_factory=list)
    dialogue: DialogueState = field(default_factory=DialogueState)
    turns: int = 0

    def add_turn(self, user: str, assistant: str) -> None:
        """Record one exchange and drop the oldest ones beyond the bound (a turn = user + assistant)."""
        self.history.append({"role": "user", "content": user})
        self.history.append({"role": "assistant", "content": assistant})
        self.turns += 1
        excess = len(self.history) - 2 * self.max_history_turns
        if excess > 0:
            del self.history[:excess]

    def reset(self) -> None:
        self.history.clear()
        self.dialogue = DialogueState()
        self.turns = 0

    def copy(self) -> "Conversation":
        return copy.deepcopy(self)
