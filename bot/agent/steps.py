"""The typed steps of one turn of the built-in brain: what a decision needs (Turn), what it decided (Plan) and
what it returns (Reply, or CallTools with the Plan for the second step).

The policy's modules (bot/agent/policy.py and those it names) take these from here; nothing in this module decides.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from bot.agent import compose, nlu
from bot.agent.conversation import DialogueState


_TASKS: Any = None



def default_tasks() -> Any:
    """The repository's task registry (for callers that pass none)."""
    global _TASKS
    if _TASKS is None:
        from pathlib import Path

        from bot.agent.tasks import TaskRegistry

        _TASKS = TaskRegistry.load(Path(__file__).resolve().parents[2] / "knowledge" / "tasks.yaml")
    return _TASKS



@dataclass
class Turn:
    """What one decision needs besides the messages: understanding, wording, and the reply language."""

    understander: Any = None
    responses: Any = None
    answer_language: str = "auto"
    lang: str = "en"
    task_registry: Any = None
    selector: Any = None  # bot.agent.selection.SentenceSelector (None: the lexical one over the analyzer)

    @property
    def tasks(self) -> Any:
        return self.task_registry or default_tasks()

    def say(self, key: str, **values: Any) -> str:
        return self.r.say(key, self.lang, **values)

    @property
    def r(self) -> Any:
        return self.responses or compose.default_responses()

    @property
    def english(self) -> Any:
        """The English reader (the Understander's, else the repository's)."""
        reader = getattr(self.understander, "english", None)
        return reader if reader is not None else nlu.default_reader()

    def parse(self, text: str) -> nlu.Parse:
        parsed = self.understander.parse(text) if self.understander is not None else self.english.parse(text)
        self.lang = self.answer_language if self.answer_language in ("en", "ja") else parsed.language
        return parsed

    def pack(self, language: str) -> Any:
        """The language pack of ``language`` (None without an understander: the English fallback has none)."""
        return self.understander.pack(language) if self.understander is not None else None

    def read(self, text: str) -> nlu.Parse:
        """``text`` parsed without changing the reply's language (a part of the message read for what it states)."""
        lang = self.lang
        parsed = self.parse(text)
        self.lang = lang
        return parsed



@dataclass
class Plan:
    """What the policy decided for the current user message (carried by CallTools to the second step)."""

    intent: str
    state: dict[str, Any]
    query: str = ""
    assumptions: list[str] = field(default_factory=list)
    prefix: str = ""
    follow_up: str | None = None  # set when the search only gives context and we still ask for a value
    args: dict[str, Any] = field(default_factory=dict)  # the calculator's arguments, shown in the answer
    user_text: str = ""  # the message as understood (used to choose the supporting quote)
    # what the user said of themselves in earlier turns that a criterion is on ("I just graduated."): read with
    # user_text when the supporting quote is chosen, never as an ask of this message
    about_user: list[str] = field(default_factory=list)
    lang: str = "en"
    # the user's self-introduction before the question ("we are an industry association, ..."): what they are or lack,
    # for the yes/no lead of a knowledge answer (the question alone is searched)
    context: str = ""
    # the message's own request was injected (reveal the instructions, confirm what the bot is told to): declined
    # (refused) even when the factual point it holds is answered from a tool
    declined: bool = False
    # a change between two counts ("grows from 50 to 51 staff"): one calculator call per scenario, in this order, each
    # {"slot": ..., "value": ...}; the reply gives each result
    scenarios: list[dict[str, Any]] = field(default_factory=list)
    # the training plan was given in percentages: the calculator ran on parts of a whole, and the reply says "of the
    # whole plan", never the stand-in total of 100 hours
    percent_plan: bool = False
    # the training plan was given in another unit than hours (days, weeks, months: note reading.plan_unit): the
    # calculator ran on the figures as typed, and the reply says the plan's unit ("of N months"), never hours
    plan_unit: str = ""
    # the rule book's own statement of what a knowledge question asks (who counts as a full-time employee): shown after
    # the documents' answer, before its notes; alone when the documents say nothing on it
    rule_text: str = ""
    # the other calculators the message asks for besides ``intent`` ("can I apply for JIP? and how much are the funds
    # for N days in person?"): each {"intent", "tool", "args", "assumptions"}, run beside it, its answer after its own
    more: list[dict[str, Any]] = field(default_factory=list)
    # the message's knowledge asks beside its calculators ("... also is the flight ticket paid?"): each searched on
    # its own (its query here) and answered under the calculated answer by the unit its search returns
    further: list[dict[str, str]] = field(default_factory=list)
    # values the message gave that could not be read ({slot: [as written, reason]}) for a calculator that computes a
    # verdict with them unknown: asked for only when the verdict is not decided without them
    unread: dict[str, list[str]] = field(default_factory=dict)
    # other people whose own eligibility the message asks beside the user's: each {"who", "args", "assumptions"}, one
    # call of the same calculator after the user's, its answer under whom it is for
    others: list[dict[str, Any]] = field(default_factory=list)
    # several establishments of the company, each with its count (bot/agent/establishments.py): {"how": "each" (one
    # call per site, each answer under the site's name) or "sum" (one call on the company's total), "sites": [{"name",
    # "count"}]}; the reply says which rule counted them
    sites: dict[str, Any] = field(default_factory=dict)
    # figures the user asks to confirm ("so the basic quota is 6, right?", 「基本人数枠は6名ですよね？」): each {"field": the
    # result's field, "value": as typed}; the reply opens with yes or no and the right figure
    claims: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "lang": self.lang,
            "intent": self.intent,
            "state": self.state,
            "query": self.query,
            "assumptions": self.assumptions,
            "prefix": self.prefix,
            "follow_up": self.follow_up,
            "args": self.args,
            "user_text": self.user_text,
            "about_user": self.about_user,
            "context": self.context,
            "declined": self.declined,
            "scenarios": self.scenarios,
            "percent_plan": self.percent_plan,
            "plan_unit": self.plan_unit,
            "rule_text": self.rule_text,
            "more": self.more,
            "further": self.further,
            "unread": self.unread,
            "others": self.others,
            "sites": self.sites,
            "claims": self.claims,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Plan":
        return cls(
            intent=data["intent"],
            state=data.get("state") or {},
            query=data.get("query", ""),
            assumptions=list(data.get("assumptions") or []),
            prefix=data.get("prefix", ""),
            follow_up=data.get("follow_up"),
            args=dict(data.get("args") or {}),
            user_text=data.get("user_text", ""),
            about_user=list(data.get("about_user") or []),
            lang=data.get("lang", "en"),
            context=data.get("context", ""),
            declined=bool(data.get("declined", False)),
            scenarios=list(data.get("scenarios") or []),
            percent_plan=bool(data.get("percent_plan")),
            plan_unit=str(data.get("plan_unit") or ""),
            rule_text=data.get("rule_text", ""),
            more=list(data.get("more") or []),
            further=list(data.get("further") or []),
            unread=dict(data.get("unread") or {}),
            others=list(data.get("others") or []),
            sites=dict(data.get("sites") or {}),
            claims=list(data.get("claims") or []),
        )



class Reply(BaseModel):
    """The last step of a turn: what the user reads, and the dialogue state to keep."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    kind: Literal["answer", "ask", "refuse"]
    text: str
    state: DialogueState
    follow_up: str | None = None
    refused: bool = False
    cited: list[dict[str, str]] = Field(default_factory=list)
    details: str = ""
    lang: str = "en"



class CallTools(BaseModel):
    """A step that needs tool results first: the calls, and the plan to answer from them."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    kind: Literal["call_tools"] = "call_tools"
    calls: list[dict[str, Any]]
    plan: Any  # Plan



Step = Reply | CallTools



def final(
    answer: str,
    state: DialogueState | dict[str, Any],
    *,
    follow_up: str | None = None,
    refused: bool = False,
    cited: list[dict[str, str]] | None = None,
    details: str = "",
    lang: str = "en",
) -> Reply:
    """The policy's last step of a turn."""
    state = state if isinstance(state, DialogueState) else DialogueState.from_dict(state)
    if follow_up and follow_up not in answer:
        answer = f"{answer}\n\n{follow_up}" if answer else follow_up
    kind = "refuse" if refused else "ask" if follow_up else "answer"
    return Reply(kind=kind, text=answer, state=state, follow_up=follow_up, refused=refused, cited=cited or [],
                 details=details, lang=lang)



def tool_call(name: str, args: dict[str, Any]) -> dict[str, Any]:
    return {"name": name, "args": args, "id": f"call_{uuid.uuid4().hex[:12]}", "type": "tool_call"}
