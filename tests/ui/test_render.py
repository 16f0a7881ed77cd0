"""Rendering: every text from documents, users and tools is escaped; cards and sources show what they must."""

from __future__ import annotations

from bot.contracts import BotReply, Citation, ToolCallRecord
from bot.ui.render import (
    escape_text,
    render_citations,
    render_documents,
    render_reply,
    render_report_summary,
    render_tool_card,
    render_user_message,
    stream_prefixes,
)

SCRIPT = "<script>window.__xss=1</script>"
IMG = '<img src=x onerror="window.__xss=2">'


def test_escape_text_neutralises_markup_and_quotes():
    out = escape_text(f"{SCRIPT}{IMG}")
    assert "<" not in out and ">" not in out and '"' not in out
    assert "&lt;script&gt;" in out


def test_user_message_is_text_not_html():
    out = render_user_message(f"hello {SCRIPT} {IMG} **bold**")
    assert "<script" not in out and "<img" not in out
    assert "**bold**" in out  # Markdown still works


def test_reply_escapes_answer_citations_and_tool_results():
    reply = BotReply(
        answer=f"Answer {SCRIPT}",
        follow_up=f"How many staff? {IMG}",
        citations=[
            Citation(
                doc_id="d1",
                title=f"Title {IMG}",
                section=f"Sec {SCRIPT}",
                snippet=f"quote {SCRIPT}\n\nsecond paragraph",
                as_of="2024-01",
            )
        ],
        tool_calls=[
            ToolCallRecord(
                name="trainee_quota",
                args={"full_time_employees": 45, "occupation": SCRIPT},
                result={
                    "no1_per_year": 5,
                    "explanation": f"because {IMG}",
                    "rules_used": [{"rule_id": "quota-41-50", "text": SCRIPT, "source": "Ordinance", "confidence": "H"}],
                    "notes": [IMG],
                },
            )
        ],
    )
    html = render_reply(reply)
    assert "<script" not in html and "<img" not in html
    assert "&lt;script&gt;" in html and "&lt;img" in html
    assert "<details" in html and "Sources (1)" in html
    assert "as of 2024-01" in html
    assert "quota-41-50" in html and "Ordinance" in html
    assert "no1 per year" in html and ">5<" in html
    # A blank line would end the HTML block and let Markdown re-interpret the rest: none inside blocks.
    details = html[html.index("<details") :]
    assert "\n\n" not in details


def test_search_tool_calls_are_not_shown_as_cards():
    reply = BotReply(answer="x", tool_calls=[ToolCallRecord(name="search_knowledge", args={"query": "q"}, result={"a": 1})])
    assert "tool-card" not in render_reply(reply)


def test_follow_up_shown_once():
    reply = BotReply(answer="How many full-time staff do you have?", follow_up="How many full-time staff do you have?")
    assert render_reply(reply).count("How many full-time") == 1
    reply = BotReply(answer="I need one number.", follow_up="How many staff?")
    assert "How many staff?" in render_reply(reply)


def test_citations_unknown_as_of_and_empty():
    assert render_citations([]) == ""
    html = render_citations([Citation(doc_id="d", title="", snippet="")])
    assert "as-of date unknown" in html and ">d<" in html


def test_tool_card_without_mapping_result():
    html = render_tool_card("x", None, f"plain {SCRIPT}")
    assert "&lt;script&gt;" in html and "<script" not in html


def test_stream_prefixes_grow_to_the_full_text_and_never_cut_entities():
    text = escape_text("one two three four five six seven eight nine ten eleven <b>twelve</b> thirteen")
    steps = stream_prefixes(text, words_per_step=3)
    assert steps[-1] == text
    assert all(b.startswith(a) for a, b in zip(steps, steps[1:]))
    for step in steps:
        assert not step.rstrip().endswith("&lt")  # an entity is never split
    assert stream_prefixes("") == [""]


def test_documents_rows_and_report_summary():
    rows = render_documents(
        [
            {"doc_id": "b", "title": "B", "program": "titp", "as_of": None, "chunks": 3},
            {"doc_id": "a", "title": "A", "program": "jip", "as_of": "FY2024", "chunks": 7},
        ]
    )
    assert rows == [["A", "jip", "FY2024", 7, "a"], ["B", "titp", "unknown", 3, "b"]]
    summary = dict(render_report_summary({"cases": 10, "passed": 9, "mrr": 0.81234, "tool_accuracy": None, "other": 1}))
    assert summary == {"cases": "10", "passed": "9", "mrr": "0.812", "tool_accuracy": "—"}
