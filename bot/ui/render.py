"""Turn bot replies, tool results and document lists into safe Markdown/HTML for the Gradio page.

Every piece of text that comes from a document, a user or a tool is escaped here, so a ``<script>`` or an
``<img onerror>`` in a document or a message is shown as text and never becomes markup. The Chatbot's
own sanitizer is a second line of defence, not the first.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from bot.contracts import BotReply, Citation, ToolCallRecord

# Result keys shown elsewhere in the card (or internal): everything else is a number/verdict row.
_CARD_SPECIAL_KEYS = {"explanation", "rules_used", "notes"}
_WS = re.compile(r"\s+")


def escape_text(text: object) -> str:
    """Escape text for HTML (quotes included, so it is also safe inside attribute values)."""
    return html.escape("" if text is None else str(text), quote=True)


def escape_markdown_text(text: object) -> str:
    """Escape a Markdown answer so raw HTML in it shows as text while Markdown (bold, lists) still works.

    Quotes stay as they are: outside an attribute they cannot start markup, and an escaped apostrophe
    would show as ``&#x27;`` inside a Markdown code span.
    """
    return html.escape("" if text is None else str(text), quote=False)


def one_line(text: object, limit: int = 400) -> str:
    """Collapse whitespace (a blank line would end an HTML block in Markdown) and cut long text."""
    flat = _WS.sub(" ", "" if text is None else str(text)).strip()
    if len(flat) > limit:
        flat = flat[: limit - 1].rstrip() + "…"
    return flat


def format_value(value: Any) -> str:
    """A short, human-readable form of one argument or result value (returned escaped)."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return escape_text(f"{value:g}")
    if value is None:
        return "—"
    if isinstance(value, (list, tuple)):
        return ", ".join(format_value(v) for v in value) or "—"
    if isinstance(value, Mapping):
        return "; ".join(f"{escape_text(k)}: {format_value(v)}" for k, v in value.items()) or "—"
    return escape_text(one_line(value, 300))


def label_of(key: str) -> str:
    return escape_text(key.replace("_", " "))


def render_rules_table(rules_used: Iterable[Mapping[str, Any]]) -> str:
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
    return (
        '<table class="rules-table"><thead><tr><th>rule</th><th>text</th><th>source</th>'
        "<th>confidence</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table>"
    )


def render_tool_card(name: str, args: Mapping[str, Any] | None, result: Any) -> str:
    """One calculator result as a small HTML card: inputs, the numbers/verdicts, the rule rows used.

    Used both under a chat answer and on the Calculators tab, so a person sees the same thing in both.
    """
    parts = [f'<div class="tool-card"><div class="tool-name">{escape_text(name)}</div>']
    if args:
        arg_rows = "".join(
            f"<tr><th>{label_of(str(k))}</th><td>{format_value(v)}</td></tr>" for k, v in args.items()
        )
        parts.append(f'<table class="tool-args"><caption>inputs</caption><tbody>{arg_rows}</tbody></table>')
    if isinstance(result, Mapping):
        value_rows = "".join(
            f"<tr><th>{label_of(str(k))}</th><td>{format_value(v)}</td></tr>"
            for k, v in result.items()
            # an input echoed back in the result is already in the inputs table
            if k not in _CARD_SPECIAL_KEYS and not (args and k in args and args[k] == v)
        )
        if value_rows:
            parts.append(
                f'<table class="tool-result"><caption>result</caption><tbody>{value_rows}</tbody></table>'
            )
        if result.get("explanation"):
            parts.append(f'<p class="tool-explanation">{escape_text(one_line(result["explanation"], 1200))}</p>')
        rules_table = render_rules_table(result.get("rules_used") or [])
        if rules_table:
            parts.append(rules_table)
        notes = result.get("notes") or []
        if notes:
            items = "".join(f"<li>{escape_text(one_line(n, 600))}</li>" for n in notes)
            parts.append(f'<ul class="tool-notes">{items}</ul>')
    elif result is not None:
        parts.append(f'<p class="tool-explanation">{escape_text(one_line(result, 1200))}</p>')
    parts.append("</div>")
    return "".join(parts)


def render_tool_error(name: str, error: str) -> str:
    return (
        f'<div class="tool-card tool-error"><div class="tool-name">{escape_text(name)}</div>'
        f"<p>⚠ {escape_text(one_line(error, 1000))}</p></div>"
    )


def render_citations(citations: Sequence[Citation]) -> str:
    """A collapsible block listing each source: title, section, as-of date and the quoted snippet."""
    if not citations:
        return ""
    items = []
    for c in citations:
        meta = [escape_text(one_line(c.section, 200))] if c.section else []
        meta.append(f"as of {escape_text(c.as_of)}" if c.as_of else "as-of date unknown")
        quote = f"<blockquote>{escape_text(one_line(c.snippet, 600))}</blockquote>" if c.snippet else ""
        items.append(
            f'<li><span class="cite-title">{escape_text(one_line(c.title or c.doc_id, 200))}</span> '
            f'<span class="cite-meta">({" · ".join(meta)})</span>{quote}</li>'
        )
    return (
        f'<details class="citations"><summary>Sources ({len(citations)})</summary>'
        f'<ol>{"".join(items)}</ol></details>'
    )


def render_tool_calls(tool_calls: Sequence[ToolCallRecord]) -> str:
    """Cards for the calculator tools the bot ran (the knowledge search is shown as citations instead)."""
    cards = [
        render_tool_card(call.name, call.args, call.result)
        for call in tool_calls
        if call.name != "search_knowledge" and call.result is not None
    ]
    return "".join(cards)


def render_reply(reply: BotReply) -> str:
    """The full assistant message: escaped answer, follow-up question, tool cards, then the sources."""
    blocks = [escape_markdown_text(reply.answer.strip()) or "…"]
    follow_up = (reply.follow_up or "").strip()
    if follow_up and follow_up not in reply.answer:
        blocks.append(f"**{escape_markdown_text(follow_up)}**")
    cards = render_tool_calls(reply.tool_calls)
    if cards:
        blocks.append(cards)
    citations = render_citations(reply.citations)
    if citations:
        blocks.append(citations)
    return "\n\n".join(blocks)


def render_user_message(text: str) -> str:
    return escape_markdown_text(text)


def stream_prefixes(text: str, words_per_step: int = 6) -> list[str]:
    """The growing prefixes of ``text`` shown while an answer streams in (whole words, never cut mid-entity)."""
    tokens = re.findall(r"\S+\s*", text)
    if not tokens:
        return [text]
    steps = [
        "".join(tokens[: i + words_per_step]) for i in range(0, len(tokens), words_per_step)
    ]
    return steps


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
