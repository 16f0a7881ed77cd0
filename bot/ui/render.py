"""Turn bot replies, tool results and document lists into safe HTML for the Gradio page.

A reply is laid out answer first: the answer's text (one plain sentence that answers, a few supporting
lines, the follow-up question), then two folded blocks, each shown once: "How this was worked out" (the
reply's ``details``, the calculator tables with rule ids and sources) and "Sources" (the citations, each
with an anchor the [n] markers in the text link to). Until the core fills ``details``, paragraphs of the
answer that are working (values checked, assumptions, rule ids, notes, extra quotes: the
``working_markers`` of the UI strings) are moved into the fold.

Markdown is rendered here with markdown-it with raw HTML off, so a ``<script>`` or an ``<img onerror>`` in
a document, a message or a tool result is shown as text and never becomes markup; everything else is
escaped by hand. The Chatbot's own sanitizer is a second line of defence, not the first.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from typing import Any

from markdown_it import MarkdownIt

from bot.contracts import BotReply, Citation, ToolCallRecord
from bot.ui.i18n import DEFAULT_LANGUAGE, UiText

# Result keys shown elsewhere (explanation/notes are in the answer and its details) or internal.
_CARD_SKIPPED_KEYS = {"explanation", "rules_used", "notes", "missing"}
_WS = re.compile(r"\s+")
_BLANK_LINES = re.compile(r"\n\s*\n")
# Internal rule ids in text: `titp.quota.basic.41-50` (H), optionally inside [ ... ].
_RULE_ID = re.compile(r"\s*\[?`[a-z0-9_]+(?:\.[A-Za-z0-9_\-]+)+`(?:\s*\((?:H|M|L|UNCONFIRMED)\))?\]?")
_MARKER = re.compile(r"\[(\d{1,2})\]")


@lru_cache(maxsize=1)
def default_text() -> UiText:
    return UiText.load()


@lru_cache(maxsize=1)
def _markdown() -> MarkdownIt:
    # commonmark with raw HTML off: any tag in the text is escaped; tables for the core's details.
    return MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False}).enable("table")


def escape_text(text: object) -> str:
    """Escape text for HTML (quotes included, so it is also safe inside attribute values)."""
    return html.escape("" if text is None else str(text), quote=True)


def escape_markdown_text(text: object) -> str:
    """Escape a Markdown text so raw HTML in it shows as text while Markdown (bold, lists) still works."""
    return html.escape("" if text is None else str(text), quote=False)


def one_line(text: object, limit: int = 400) -> str:
    """Collapse whitespace (a blank line would end an HTML block in Markdown) and cut long text."""
    flat = _WS.sub(" ", "" if text is None else str(text)).strip()
    if len(flat) > limit:
        flat = flat[: limit - 1].rstrip() + "…"
    return flat


def markdown_html(text: str) -> str:
    """Markdown to HTML with raw HTML escaped, as one block without blank lines (so the Chatbot's own
    Markdown pass leaves it whole)."""
    return _BLANK_LINES.sub("\n", _markdown().render(text or "")).strip()


def humanise(name: str) -> str:
    """A field or key name in words: ``full_time_employees`` -> ``Full time employees``."""
    words = name.replace("_", " ").strip()
    return words[:1].upper() + words[1:]


def format_value(value: Any, text: UiText | None = None, lang: str = DEFAULT_LANGUAGE) -> str:
    """A short, human-readable form of one argument or result value (returned escaped)."""
    text = text or default_text()
    if isinstance(value, bool):
        return escape_text(text.get("yes" if value else "no", lang))
    if isinstance(value, float):
        return escape_text(f"{value:g}")
    if value is None:
        return "—"
    if isinstance(value, (list, tuple)):
        return ", ".join(format_value(v, text, lang) for v in value) or "—"
    if isinstance(value, Mapping):
        return "; ".join(f"{label_of(str(k))}: {format_value(v, text, lang)}" for k, v in value.items()) or "—"
    return escape_text(one_line(value, 300))


def label_of(key: str) -> str:
    return escape_text(humanise(key))


def strip_rule_ids(text: str) -> str:
    """Remove internal rule ids (`titp.quota.basic.41-50` (H)) from text meant for the main answer."""
    return _RULE_ID.sub("", text)


def split_answer(answer: str, follow_up: str | None, markers: Sequence[str]) -> tuple[str, str]:
    """(main, working): paragraphs that start with a working marker go to the fold; the rest, and the
    follow-up question, stay in the main text in their order."""
    main: list[str] = []
    working: list[str] = []
    follow = (follow_up or "").strip()
    for paragraph in _BLANK_LINES.split(answer.strip()):
        stripped = paragraph.strip()
        if not stripped:
            continue
        if stripped != follow and any(stripped.startswith(m) for m in markers):
            working.append(stripped)
        else:
            main.append(stripped)
    return "\n\n".join(main), "\n\n".join(working)


def link_markers(html_text: str, key: str, count: int) -> str:
    """Turn [n] markers (n = 1..count) into links to source n of this reply."""

    def _link(match: re.Match[str]) -> str:
        n = int(match.group(1))
        if not 1 <= n <= count:
            return match.group(0)
        return f'<a class="cite-ref" href="#cite-{key}-{n}" data-cite="{n}">[{n}]</a>'

    return _MARKER.sub(_link, html_text)


def render_rules_table(
    rules_used: Iterable[Mapping[str, Any]], text: UiText | None = None, lang: str = DEFAULT_LANGUAGE
) -> str:
    text = text or default_text()
    rows = []
    for rule in rules_used:
        rows.append(
            "<tr>"
            f"<td><code>{escape_text(rule.get('rule_id') or rule.get('id') or '')}</code></td>"
            f"<td>{escape_text(one_line(rule.get('text', ''), 300))}</td>"
            f"<td>{escape_text(one_line(rule.get('source', ''), 200))}</td>"
            f"<td>{escape_text(rule.get('confidence', ''))}</td>"
            "</tr>"
        )
    if not rows:
        return ""
    head = "".join(f"<th>{escape_text(text.get(k, lang))}</th>" for k in ("rule", "rule_text", "rule_source", "rule_confidence"))
    return f'<table class="rules-table"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'


def _shown_result_item(key: str, value: Any, args: Mapping[str, Any] | None) -> bool:
    if key in _CARD_SKIPPED_KEYS or key.endswith("_id") or value is None or value == [] or value == {}:
        return False
    return not (args and key in args and args[key] == value)  # an input echoed back is in the inputs table


def render_tool_card(
    name: str,
    args: Mapping[str, Any] | None,
    result: Any,
    *,
    text: UiText | None = None,
    lang: str = DEFAULT_LANGUAGE,
    with_explanation: bool = True,
    title: str | None = None,
) -> str:
    """One calculator result as a small HTML card: inputs, the numbers/verdicts, the rule rows used.

    The Calculators tab shows it with the explanation and notes (it has no other text); under a chat
    answer those are already in the answer or its details, so they are left out there.
    """
    text = text or default_text()
    title = title or text.get("calc_titles", lang).get(name) or humanise(name)
    parts = [f'<div class="tool-card"><div class="tool-name">{escape_text(title)}</div>']
    if isinstance(result, Mapping) and with_explanation and result.get("explanation"):
        parts.append(f'<p class="tool-explanation">{escape_text(one_line(result["explanation"], 1200))}</p>')
    if args:
        arg_rows = "".join(
            f"<tr><th>{label_of(str(k))}</th><td>{format_value(v, text, lang)}</td></tr>" for k, v in args.items()
        )
        parts.append(
            f'<table class="tool-args"><caption>{escape_text(text.get("inputs", lang))}</caption>'
            f"<tbody>{arg_rows}</tbody></table>"
        )
    if isinstance(result, Mapping):
        value_rows = "".join(
            f"<tr><th>{label_of(str(k))}</th><td>{format_value(v, text, lang)}</td></tr>"
            for k, v in result.items()
            if _shown_result_item(str(k), v, args)
        )
        if value_rows:
            parts.append(
                f'<table class="tool-result"><caption>{escape_text(text.get("result", lang))}</caption>'
                f"<tbody>{value_rows}</tbody></table>"
            )
        rules_table = render_rules_table(result.get("rules_used") or [], text, lang)
        if rules_table:
            parts.append(rules_table)
        notes = result.get("notes") or []
        if notes and with_explanation:
            items = "".join(f"<li>{escape_text(one_line(n, 600))}</li>" for n in notes)
            parts.append(f'<ul class="tool-notes">{items}</ul>')
    elif result is not None and with_explanation:
        parts.append(f'<p class="tool-explanation">{escape_text(one_line(result, 1200))}</p>')
    parts.append("</div>")
    return "".join(parts)


def render_tool_error(name: str, error: str, *, title: str | None = None) -> str:
    return (
        f'<div class="tool-card tool-error" role="alert"><div class="tool-name">{escape_text(title or humanise(name))}</div>'
        f"<p>⚠ {escape_text(one_line(error, 1000))}</p></div>"
    )


def render_citations(
    citations: Sequence[Citation], *, key: str = "r", text: UiText | None = None, lang: str = DEFAULT_LANGUAGE
) -> str:
    """A folded block listing each source (title, section, as-of date, quoted snippet), numbered like the
    [n] markers, each with an anchor ``cite-<key>-<n>``."""
    if not citations:
        return ""
    text = text or default_text()
    items = []
    for n, c in enumerate(citations, start=1):
        meta = [escape_text(one_line(c.section, 200))] if c.section else []
        meta.append(
            escape_text(text.get("as_of", lang, date=c.as_of)) if c.as_of else escape_text(text.get("as_of_unknown", lang))
        )
        quote = f"<blockquote>{escape_text(one_line(c.snippet, 600))}</blockquote>" if c.snippet else ""
        items.append(
            f'<li id="cite-{key}-{n}"><span class="cite-title">{escape_text(one_line(c.title or c.doc_id, 200))}</span> '
            f'<span class="cite-meta">({" · ".join(meta)})</span>{quote}</li>'
        )
    summary = f"{escape_text(text.get('sources', lang))} ({len(citations)})"
    return f'<details class="citations"><summary>{summary}</summary><ol>{"".join(items)}</ol></details>'


def render_tool_calls(
    tool_calls: Sequence[ToolCallRecord], *, text: UiText | None = None, lang: str = DEFAULT_LANGUAGE
) -> str:
    """Cards for the calculator tools the bot ran (the knowledge search is shown as citations instead)."""
    return "".join(
        render_tool_card(call.name, call.args, call.result, text=text, lang=lang, with_explanation=False)
        for call in tool_calls
        if call.name != "search_knowledge" and call.result is not None
    )


def reply_parts(reply: BotReply, text: UiText | None = None) -> tuple[str, str]:
    """(main Markdown, working Markdown) of a reply: ``details`` when the core gives them, else the working
    paragraphs of the answer. The follow-up question is part of the main text."""
    text = text or default_text()
    lang = reply.language or DEFAULT_LANGUAGE
    markers = list(text.get("working_markers", lang)) + list(text.get("working_markers", DEFAULT_LANGUAGE))
    main, working = split_answer(reply.answer or "", reply.follow_up, markers)
    if reply.details.strip():
        working = "\n\n".join(p for p in (working, reply.details.strip()) if p)
    follow_up = (reply.follow_up or "").strip()
    if follow_up and follow_up not in main:
        main = f"{main}\n\n**{follow_up}**" if main else f"**{follow_up}**"
    return strip_rule_ids(main).strip(), working


def render_main(reply: BotReply, *, key: str = "r", text: UiText | None = None) -> str:
    """The answer part of a reply as HTML, [n] markers linked."""
    main, _ = reply_parts(reply, text)
    return link_markers(markdown_html(main or "…"), key, len(reply.citations))


def render_reply(reply: BotReply, *, key: str = "r", text: UiText | None = None) -> str:
    """The full assistant message: the answer, then "How this was worked out" and "Sources", folded."""
    text = text or default_text()
    lang = reply.language or DEFAULT_LANGUAGE
    main, working = reply_parts(reply, text)
    count = len(reply.citations)
    blocks = [f'<div class="answer">{link_markers(markdown_html(main or "…"), key, count)}</div>']
    fold = []
    if working:
        fold.append(f'<div class="working-text">{link_markers(markdown_html(working), key, count)}</div>')
    cards = render_tool_calls(reply.tool_calls, text=text, lang=lang)
    if cards:
        fold.append(cards)
    if fold:
        blocks.append(
            f'<details class="working"><summary>{escape_text(text.get("worked_out", lang))}</summary>'
            f'{"".join(fold)}</details>'
        )
    citations = render_citations(reply.citations, key=key, text=text, lang=lang)
    if citations:
        blocks.append(citations)
    return f'<div class="reply" lang="{escape_text(lang)}">' + "".join(blocks) + "</div>"


def render_partial(answer_so_far: str) -> str:
    """A streaming answer as far as it has come (a configured LLM's tokens), before the full reply."""
    return f'<div class="reply"><div class="answer">{markdown_html(strip_rule_ids(answer_so_far) or "…")}</div></div>'


def plain_text(reply: BotReply, text: UiText | None = None) -> str:
    """The answer as plain text (what a copy gives): the main text without Markdown markup or rule ids."""
    main, _ = reply_parts(reply, text)
    return re.sub(r"[*_`]+", "", main).strip()


def render_user_message(text: str) -> str:
    return escape_markdown_text(text)


def render_documents(documents: Iterable[Mapping[str, Any]]) -> list[list[Any]]:
    """Rows for the Knowledge tab table (a Dataframe shows cells as text, so no escaping is needed)."""
    rows = []
    for doc in sorted(documents, key=lambda d: (str(d.get("program", "")), str(d.get("doc_id", "")))):
        rows.append(
            [
                str(doc.get("title") or doc.get("doc_id", "")),
                str(doc.get("program") or "—"),
                str(doc.get("as_of") or "unknown"),
                int(doc.get("chunks", 0) or 0),
                str(doc.get("doc_id", "")),
            ]
        )
    return rows


DOCUMENT_COLUMNS = ["title", "program", "as of", "chunks", "id"]


def render_report_summary(report: Mapping[str, Any]) -> list[list[Any]]:
    """Metric rows of an eval report (report.json) for a small table."""
    keys = [
        "cases",
        "passed",
        "answer_accuracy",
        "retrieval_hit_at_5",
        "mrr",
        "tool_accuracy",
        "refusal_accuracy",
        "latency_p50_ms",
        "latency_p95_ms",
    ]
    rows = []
    for key in keys:
        if key in report:
            value = report[key]
            text = "—" if value is None else f"{value:.3f}" if isinstance(value, float) else str(value)
            rows.append([key, text])
    return rows
