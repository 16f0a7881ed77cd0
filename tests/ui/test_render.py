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
    render_partial,
    render_user_message,
    split_answer,
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
    assert "No1 per year" in html and ">5<" in html
    # A blank line would end the HTML block and let Markdown re-interpret the rest: none in the message.
    assert "\n\n" not in html


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


def test_partial_answer_is_escaped_markdown_without_rule_ids():
    html = render_partial(f"You may accept **5** trainees `titp.quota.basic.41-50` (H) {SCRIPT}")
    assert "<strong>5</strong>" in html and "titp.quota" not in html
    assert "&lt;script&gt;" in html and "<script" not in html
    assert render_partial("").count("…") == 1  # nothing yet: the placeholder


# --- answer first, working folded, shown once --------------------------------------------------------

QUOTA_ANSWER = """**Technical intern trainee quota**

With 45 full-time employees your basic number is 5. You may accept up to 5 No.1 trainees per year.

Checked with: full-time employees: 45; occupation: general; excellent organization: no.

_Note: Count only full-time staff._

Assumed: a general occupation (not nursing care).

Rules used: `titp.fte.excludes_trainees` (H), `titp.quota.basic.41-50` (H).

From the source document: “The number of full-time employees does not include technical intern trainees.” [1]

_Note: From 2027-04-01 the system is replaced. [`updates.titp.replaced-2027` (M)]_"""

QUOTA_RESULT = {
    "explanation": "With 45 full-time employees your basic number is 5. You may accept up to 5 No.1 trainees per year.",
    "rules_used": [{"id": "titp.quota.basic.41-50", "text": "41 to 50: 5", "source": "Ordinance art. 16", "confidence": "H"}],
    "notes": ["Count only full-time staff."],
    "basic_number": 5,
    "table_row_id": "titp.quota.basic.41-50",
    "no1_per_year": 5,
}


def quota_reply(**extra) -> BotReply:
    return BotReply(
        answer=QUOTA_ANSWER,
        citations=[Citation(doc_id="titp", title="TITP", snippet="The number of full-time employees ...")],
        tool_calls=[ToolCallRecord(name="trainee_quota", args={"full_time_employees": 45}, result=QUOTA_RESULT)],
        **extra,
    )


def main_and_fold(html: str) -> tuple[str, str]:
    cut = html.index('<details class="working">')
    return html[:cut], html[cut:]


def test_working_paragraphs_and_rule_ids_leave_the_main_text():
    main, fold = main_and_fold(render_reply(quota_reply()))
    assert "basic number is 5" in main
    for working in ("Checked with", "Assumed", "Rules used", "Count only", "From the source document", "titp.", "updates."):
        assert working not in main, working
    assert "How this was worked out" in fold and "Checked with" in fold and "titp.quota.basic.41-50" in fold


def test_every_text_is_shown_once():
    html = render_reply(quota_reply())
    assert html.count("basic number is 5") == 1  # the tool's explanation is not repeated in the card
    assert html.count("Count only full-time staff") == 1  # nor its notes
    assert html.count("Sources (1)") == 1 and html.count("How this was worked out") == 1
    assert "table_row_id" not in html and "Table row id" not in html  # no raw internal fields


def test_details_from_the_core_go_into_the_fold():
    reply = BotReply(
        answer="You can take up to 5 No.1 trainees a year. [1]",
        details="Values used: 45 full-time employees.\n\n| rule | source |\n|---|---|\n| `titp.quota.basic.41-50` | Ordinance |",
        citations=[Citation(doc_id="titp", title="TITP", snippet="quote")],
    )
    main, fold = main_and_fold(render_reply(reply, key="k"))
    assert "up to 5 No.1" in main and "Values used" not in main
    assert "Values used: 45" in fold and "<table>" in fold
    assert '<a class="cite-ref" href="#cite-k-1"' in main and 'id="cite-k-1"' in fold


def test_markers_link_only_to_existing_sources():
    reply = BotReply(answer="See [1] and [7].", citations=[Citation(doc_id="d", title="T")])
    html = render_reply(reply, key="z")
    assert 'href="#cite-z-1"' in html and "#cite-z-7" not in html and "[7]" in html


def test_split_answer_keeps_the_follow_up_in_the_main_text():
    main, working = split_answer("Verdict.\n\nAssumed: x.\n\nHow old are you?", "How old are you?", ["Assumed:"])
    assert main == "Verdict.\n\nHow old are you?" and working == "Assumed: x."


def test_japanese_reply_uses_japanese_labels():
    html = render_reply(quota_reply(language="ja"))
    assert "どのように求めたか" in html and "出典 (1)" in html and 'lang="ja"' in html


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
