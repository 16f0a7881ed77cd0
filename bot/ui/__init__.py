"""The Gradio user interface. ``build_ui(services)`` lays out the tabs around services it is given;
it never builds a store, a retriever or a bot itself (bot/ui/server.py and app.py do that once)."""

from __future__ import annotations

import gradio as gr

from bot.ui.calculators import build_calculators_tab
from bot.ui.chat import build_chat_tab
from bot.ui.knowledge import build_knowledge_tab
from bot.ui.services import Services
from bot.ui.staff import build_staff_tab

TITLE = "Japan foreign-talent programs guide"

# Passed to launch() (Gradio 6 takes css there, not in Blocks()).
CSS = """
.tool-card {border: 1px solid #d0d7de; border-radius: 8px; padding: 8px 10px; margin: 6px 0; font-size: 0.92em;}
.tool-card .tool-name {font-weight: 600; margin-bottom: 4px;}
.tool-card table {border-collapse: collapse; margin: 4px 0; width: 100%;}
.tool-card th, .tool-card td {border: 1px solid #e5e7eb; padding: 2px 6px; text-align: left; vertical-align: top;}
.tool-card .tool-args th, .tool-card .tool-result th {width: 45%; font-weight: 500;}
.tool-card caption {text-align: left; font-size: 0.85em; color: #57606a;}
.tool-error {border-color: #d1242f;}
details.citations {margin-top: 6px; font-size: 0.92em;}
details.citations summary {cursor: pointer; font-weight: 600;}
details.citations blockquote {margin: 2px 0 6px 0; padding-left: 8px; border-left: 3px solid #d0d7de; color: #444;}
.cite-meta {color: #57606a;}
.field-error {color: #d1242f; min-height: 0;}
"""


def build_ui(services: Services) -> gr.Blocks:
    with gr.Blocks(title=TITLE, analytics_enabled=False) as demo:
        gr.Markdown(
            f"# {TITLE}\nGuidance on the Technical Intern Training Program, Specified Skilled Worker, METI "
            "Re-Skills courses and the METI Japan Internship Program. Answers come from the documents listed "
            "under **Knowledge** (with sources) or from the rule-based **Calculators**. This is guidance, "
            "not legal advice: check with the official bodies before you decide."
        )
        with gr.Tabs():
            with gr.Tab("Chat", id="chat"):
                build_chat_tab(services)
            with gr.Tab("Calculators", id="calculators"):
                build_calculators_tab(services)
            with gr.Tab("Knowledge", id="knowledge"):
                documents_table = build_knowledge_tab(services)
            if services.settings.staff_enabled:  # no credentials configured: no staff tab at all
                with gr.Tab("Staff", id="staff"):
                    build_staff_tab(services, documents_table)
    return demo


__all__ = ["CSS", "TITLE", "Services", "build_ui"]
