"""Citation check: does each cited passage really contain the text that supports the answer?

Definition (the ``citation_precision`` metric)
----------------------------------------------
Texts are compared as sequences of word tokens: Unicode NFKC, case-folded, every run of characters
that are not letters or digits treated as one separator, and list markers at the start of a line
(``-``, ``*``, ``1.``, ``2)``) dropped. So whitespace, case, punctuation and Markdown markup (``**``,
bullets, numbered-list markers, ``#`` headings, table pipes) never matter, but the words and their order do.
A snippet that starts or ends with an ellipsis (``...`` or ``…``) was cut by the bot: its first / last
token may be partial and is dropped.

A citation of a reply is *precise* when both hold:

1. **grounded**: its snippet is non-empty, its ``doc_id`` is a known document, and the snippet's tokens
   occur contiguously in that document's tokens (title + body): the cited passage really says this;
2. **supporting**: the snippet backs the answer: either the answer quotes the whole snippet (contiguous
   token match), or at least ``min_overlap`` (default 0.5) of the snippet's distinct content tokens
   (tokens of 3+ characters, any number, any non-Latin-script word) also occur in the answer.

``citation_precision`` = precise citations / all citations, over the last reply of every case
(multi-turn cases are judged on their last reply, like every other expectation). Cases whose last reply
has no citations do not count; with no citations at all the metric is ``None`` (not measured).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping

from pydantic import BaseModel

from bot.contracts import BotReply, Citation

_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
_LIST_MARKER = re.compile(r"^[ \t]*(?:[-*+•]|\d{1,3}[.)])[ \t]+", re.MULTILINE)
_ELLIPSIS = ("...", "…")


def tokens(text: str) -> list[str]:
    # A numbered-list marker is layout, not content: a snippet joining two list items must still match.
    return _TOKEN.findall(_LIST_MARKER.sub(" ", unicodedata.normalize("NFKC", text)).casefold())


def _joined(toks: list[str]) -> str:
    # Surrounding spaces make the substring test respect token boundaries ("5" never matches inside "15").
    return " " + " ".join(toks) + " "


def contains_tokens(haystack: list[str], needle: list[str]) -> bool:
    return bool(needle) and _joined(needle) in _joined(haystack)


def snippet_tokens(snippet: str) -> list[str]:
    text = snippet.strip()
    toks = tokens(text)
    if text.endswith(_ELLIPSIS) and len(toks) > 1:
        toks = toks[:-1]
    if text.startswith(_ELLIPSIS) and len(toks) > 1:
        toks = toks[1:]
    return toks


def _is_content(token: str) -> bool:
    return len(token) >= 3 or token.isdigit() or not token.isascii()


class CitationVerdict(BaseModel):
    doc_id: str
    snippet: str
    grounded: bool
    supports: bool
    precise: bool
    reason: str = ""


class CitationChecker:
    """Judges citations against the documents' text (a doc id -> text lookup passed in)."""

    def __init__(self, doc_texts: Mapping[str, str], min_overlap: float = 0.5) -> None:
        self._doc_tokens = {doc_id: tokens(text) for doc_id, text in doc_texts.items()}
        self._min_overlap = min_overlap

    def judge(self, citation: Citation, answer: str) -> CitationVerdict:
        snip = snippet_tokens(citation.snippet)
        doc = self._doc_tokens.get(citation.doc_id)
        reasons = []
        if not snip:
            grounded = False
            reasons.append("empty snippet")
        elif doc is None:
            grounded = False
            reasons.append(f"unknown document {citation.doc_id!r}")
        else:
            grounded = contains_tokens(doc, snip)
            if not grounded:
                reasons.append("snippet not found in the cited document")
        supports = self._supports(snip, tokens(answer))
        if snip and not supports:
            reasons.append("answer neither quotes nor overlaps the snippet")
        return CitationVerdict(
            doc_id=citation.doc_id,
            snippet=citation.snippet,
            grounded=grounded,
            supports=supports,
            precise=grounded and supports,
            reason="; ".join(reasons),
        )

    def _supports(self, snip: list[str], answer: list[str]) -> bool:
        if not snip:
            return False
        if contains_tokens(answer, snip):
            return True
        content = {t for t in snip if _is_content(t)}
        if not content:
            return False
        overlap = len(content & set(answer)) / len(content)
        return overlap >= self._min_overlap

    def judge_reply(self, reply: BotReply) -> list[CitationVerdict]:
        return [self.judge(citation, reply.answer) for citation in reply.citations]
