"""The asks of one message: the sentences of a message and its asking parts, each a question of its own (a numbered
or lettered ask, a question among statements, a clause of a sentence of several questions, an item of a colon list
of asks), and the words of the question itself (``asked_text``: without the English keywords a Japanese search puts
before it).

``AskingParts`` is the part of the unit ranker (bot/answers/select.py) that cuts a message into its asks; it reads
each part's type with the ranker's answer types and the sentences with the retriever's analyzer.
"""

from __future__ import annotations

import re
from typing import Any

from bot.answers.types import AnswerTypes
from bot.query import lettered_asks, numbered_asks
from bot.text import has_cjk

# (", and how ...", " and what is its purpose?": a question word after "and" opens a second question of the sentence)
_WH_JOIN = re.compile(r"(?:,\s*|\s+)and\s+(?=(?:how|who|whom|what|when|where|which|why)(?:'?s)?\s+\w)", re.IGNORECASE)
# ("whats the period, and how do we submit it?": a question word with its verb run on, whats / what's, opens one)
_WH_OPEN = re.compile(r"(?:how|who|whom|what|when|where|which|why)(?:'?s)?\b", re.IGNORECASE)
_SENTENCES = re.compile(r"(?<=[.?!])\s+")
# The clauses of a Japanese sentence (each ends in its comma, kept with it): "…いつまでで、" / "どのような方法で…か。"
_JA_CLAUSES = re.compile(r"(?<=[、，])")
# A frame before a question's question word: "For the 2017 Re-Skills course certification, " / "About JIP, " /
# the point in time it asks from ("After getting the ID, what are the steps, ...?").
# (a condition before the first ask frames it too: "If our attachments are too big to upload, what is the address ...")
_FRAME = re.compile(r"^(?:for|about|regarding|concerning|on|as for|in|with|after|before|once|if|in case)\b[^,?]{1,80},\s*",
                    re.IGNORECASE)
# The joints of an English sentence of several asks: a comma (with its "and"/"also"), or a plain "and"/"also".
_CLAUSE_JOIN = re.compile(r",\s*(?:(?:and|also|and also)\s+)?|\s+(?:and|also|and also)\s+(?=\w)", re.IGNORECASE)
# What opens a question of its own: a wh-word, an auxiliary before its subject, or a condition followed by one
# ("if the documents are too big can they send them by post").
_AUX = (r"(?:is|are|was|were|can|could|do|does|did|will|would|should|shall|may|might|must|has|have)\s+"
        r"(?:i|you|we|they|he|she|it|there|my|our|their|his|her|the|a|an|this|that|these|those)\b")
# (a preposition may come before the question word: "since what date ...", "in how many industries ...")
_ASK_OPEN = re.compile(rf"(?:(?:(?:since|from|until|till|by|in|for|to|at|on|under|with)\s+)?"
                       rf"(?:how|who|whom|what|when|where|which|why)(?:'?s)?\b|{_AUX}|if\b.*\b{_AUX})",
                       re.IGNORECASE)
_ASKS = re.compile(r",\s*(?:and\s+)?|\s+and\s+(?=(?:how|who|whom|what|when|where|which|why)\b)", re.IGNORECASE)

class AskingParts:
    """Cuts a message into its asks (mixed into ``UnitRanker``, which holds the two readers it uses)."""

    analyzer: Any  # the retriever's TextAnalyzer (its ``asking_parts``)
    types: AnswerTypes  # the answer types (questions, requests and the types each part asks)

    def _asking_parts(self, query: str) -> tuple[list[str], list[str]]:
        """The sentences of the message and its asking parts, each a question of its own (a numbered ask, a
        question among statements, a clause of a sentence of several questions)."""
        every, parts = self.analyzer.asking_parts(asked_text(query), unmarked=True)
        lettered = lettered_asks(asked_text(query))
        if lettered:
            # a lettered list of asks ("Can you tell me: (a) the period, (b) which system, ... (d) the address?"):
            # each letter's text is an ask, whatever the sentences the letters cut the message into
            return every, lettered
        # an English question the user did not mark beside a marked one ("...the full period? also when was the
        # system started") asks as the marked ones do: it is read with its mark
        unmarked = {p: f"{p.rstrip(' .!')}?" for p in parts if not has_cjk(p) and not p.rstrip().endswith("?")
                    and len(parts) > 1}
        every, parts = [unmarked.get(p, p) for p in every], [unmarked.get(p, p) for p in parts]
        if parts:
            # a sentence the catalog reads as a question without a question mark ("…対象でしたか。"), or a request
            # that asks for a type of its own ("申請方法もあわせて教えてください。" after the dates asked)
            # (a sentence that only tells the background, "…の認定申請を検討しております。", asks nothing); a request
            # among the asking parts asks for what it names, whatever its type ("支援を一通り教えてください。" before
            # the age asked: the list of supports, not left to the age's unit), unless it only names the topic of
            # the questions ("…の認定申請について教えてください。最初の募集の受付期間は…")
            parts = [p for p in every if self.types.is_question(p)
                     or ((p in parts or self.types.is_request(p)) and self.types.classify(p).types)
                     or (p in parts and self.types.is_request(p) and not self.types.is_topic_request(p))]
        if len(parts) < 2:
            # one asking sentence of two questions ("when did it start and what is its purpose? my uncle says
            # ..."): its questions, whatever statement follows it
            single = parts[0] if parts else asked_text(query)
            parts = (numbered_asks(single) or list_of_asks(single) or list_of_asks(asked_text(query))
                     or self._clause_asks(single))
        elif not has_cjk(asked_text(query)):
            # a sentence of two questions among others ("When was the period and how did you have to submit it?
            # paper or online?"): each of its questions is a part (the method is not left to the period's part)
            parts = [ask for part in parts for ask in (list_of_asks(part) or [part])]
        else:
            # ... and in Japanese, a yes/no added after a clause that asks a value (それぞれ何年いられるのか、また建設
            # 分野は2号に移れるのかについても教えてください): its own part
            parts = [ask for part in parts for ask in (self._added_asks(part) or [part])]
        return every, parts
    def _clause_asks(self, sentence: str) -> list[str]:
        """The asks of one Japanese sentence whose clauses each ask a kind of answer of their own (受付期間はいつから
        いつまでで、どのような方法で申請するのでしょうか: the period, then the procedure): clauses are joined until they
        ask a type, and a clause that asks only the type of the one before it stays with it. None for one ask."""
        if not has_cjk(sentence):
            return []
        asks: list[str] = []
        types: list[frozenset[str]] = []
        pending = ""
        for clause in _JA_CLAUSES.split(sentence):
            for piece, joined in self._joined_phrases(clause):
                pending += piece
                asked = self.types.classify(pending).types
                # a noun phrase joined to the next ask (対象分野と、) asks even a list of its own
                own = (asked - {"list", "condition"}) or (asked - {"condition"} if joined else frozenset())
                if not own:
                    if asks and self.types.opens_added_ask(pending):
                        # a yes/no added after the asks before it (それと実習生は従業員なのか、): an ask of its own
                        asks.append(pending)
                        types.append(frozenset())
                        pending = ""
                    continue
                if types and own <= types[-1]:
                    asks[-1] += pending
                else:
                    asks.append(pending)
                    types.append(frozenset(own))
                pending = ""
        if pending and asks:
            asks[-1] += pending
        return asks if len(asks) >= 2 else []
    def _added_asks(self, sentence: str) -> list[str]:
        """A Japanese sentence cut before a clause that adds an ask (``added_ask``: また…のかについても教えてください)
        after a clause that asks a type; none when it adds none."""
        clauses = [c for c in _JA_CLAUSES.split(sentence) if c]
        for at in range(1, len(clauses)):
            rest = "".join(clauses[at:])
            if self.types.opens_added_ask(rest) and self.types.classify("".join(clauses[:at])).types:
                return ["".join(clauses[:at]), rest]
        return []
    def _joined_phrases(self, clause: str) -> list[tuple[str, bool]]:
        """``clause`` cut after each joint of two noun-phrase asks (``AnswerTypes.ask_joints``), each piece with
        whether a joint ends it."""
        joints = [c for c in self.types.ask_joints(clause) if c > 0] if hasattr(self.types, "ask_joints") else []
        starts = [0, *[c for c in joints if c < len(clause)]]
        ends = [*starts[1:], len(clause)]
        return [(clause[a:b], b in joints) for a, b in zip(starts, ends) if a < b]


def list_of_asks(question: str) -> list[str]:
    """The items of a colon list of asks ("...: the window, how to file, and who to call for the system ID?"),
    each an asking part of its own; none for a question that is no such list."""
    head, colon, rest = question.rpartition(": ")
    if not colon and not has_cjk(question):
        # two questions of their own in one sentence ("How do we file ..., and who do we call ...?"): each
        # clause opens with a question word
        last = [s for s in _SENTENCES.split(question.strip()) if s.strip()][-1:] or [""]
        items = [i.strip(" ?") for i in _WH_JOIN.split(last[0]) if i.strip(" ?")]
        # the first question may open with what both are about ("For the 2017 Re-Skills course certification, when
        # was the application period and how do we apply?"): the frame stays with it
        if (len(items) >= 2 and all(_WH_OPEN.match(_FRAME.sub("", i, count=1) if n == 0 else i)
                                    for n, i in enumerate(items)) and last[0].rstrip().endswith("?")):
            return [f"{i}?" for i in items]
        return _joined_asks(last[0])
    if not colon or has_cjk(question) or not rest.rstrip().endswith("?"):
        return []
    items = [i.strip(" ?") for i in _ASKS.split(rest) if i.strip(" ?")]
    if len(items) < 2 or any(len(i.split()) > 10 for i in items):
        # a colon before questions of their own, each opening with a question word ("... from the activity log: when
        # did they attend the briefing, which office did they visit (and which month), and when was the first
        # visit?"): each is an ask (what a bracket adds stays with its question)
        return [_PAREN_MASKED.sub(_unmask, a) for a in _joined_asks(_PAREN.sub(_mask, rest))]
    return [f"{i}?" for i in items]


# A bracket inside a question ("(and which month)") is masked while its sentence is cut into asks: its joints are not.
_PAREN = re.compile(r"\([^()]*\)")
_PAREN_MASKED = re.compile(r"\(\x00[^()]*\)")


def _mask(match: re.Match[str]) -> str:
    return "(\x00" + match.group(0)[1:-1].replace(",", "\x01").replace(" ", "\x02") + ")"


def _unmask(match: re.Match[str]) -> str:
    return match.group(0).replace("\x00", "").replace("\x01", ",").replace("\x02", " ")


def _joined_asks(sentence: str) -> list[str]:
    """The asks of one English question sentence whose clauses, joined by commas, "and" or "also", each open a
    question of their own ("when was the first period, how do they submit, and if the documents are too big can
    they send them by post?"): a wh-word, an auxiliary before its subject, or a condition before one. A clause that
    opens none belongs to the ask before it (a frame before the first ask belongs to it). None for one ask."""
    if not sentence.rstrip().endswith("?"):
        return []
    asks: list[str] = []
    pending = ""
    for piece in _CLAUSE_JOIN.split(sentence.strip()):
        piece = piece.strip(" ?")
        if not piece:
            continue
        if _ASK_OPEN.match(piece) and (asks or pending == "" or _FRAME.match(f"{pending}, ")):
            asks.append(f"{pending}, {piece}" if pending else piece)
            pending = ""
        elif asks:
            asks[-1] += f", {piece}"
        else:
            pending = f"{pending}, {piece}" if pending else piece
    return [f"{a}?" for a in asks] if len(asks) >= 2 and not pending else []


def asked_text(query: str) -> str:
    """The words of the question itself: a Japanese question is searched with English keywords put before it
    (bot/agent/policy.search_query), and those keywords ("maximum period years ...") must not decide what the
    question asks for. An English message that quotes a Japanese term ("an industry association (一般社団法人) in
    Osaka, ...") is no Japanese question: its text from the term on is mostly Latin, and it is read whole."""
    first = next((i for i, ch in enumerate(query) if has_cjk(ch)), None)
    if first is None:
        return query
    start = query.rfind(" ", 0, first) + 1
    rest = [ch for ch in query[start:] if ch.isalnum()]
    if sum(1 for ch in rest if has_cjk(ch)) * 2 < len(rest):
        return query
    return query[start:]
