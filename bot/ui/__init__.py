"""The Gradio user interface. ``build_app(services)`` lays out the tabs around services it is given and
returns the Blocks with the options ``launch()`` needs (theme, CSS, head script, the i18n catalogue); it
never builds a store, a retriever or a bot itself (bot/ui/server.py and app.py do that once).

Labels go through ``gr.I18n``: the browser shows them in the visitor's language (navigator.language, or the
language picked in Gradio's settings panel), from knowledge/ui/<lang>.yaml.
"""

from __future__ import annotations

from typing import Any

import gradio as gr

from bot.ui.calculators import build_calculators_tab
from bot.ui.chat import build_chat_tab
from bot.ui.i18n import UiText
from bot.ui.knowledge import build_knowledge_tab
from bot.ui.services import Services
from bot.ui.staff import build_staff_tab
from bot.ui.theme import CSS, HEAD, build_theme

TITLE = "Japan foreign-talent programs guide"


def build_app(services: Services) -> tuple[gr.Blocks, dict[str, Any]]:
    """(the Blocks, keyword arguments for launch()) for these services."""
    text = UiText.load(services.settings.knowledge_dir)
    i18n = gr.I18n()  # only makes keys here; the catalogue given to launch() translates them
    with gr.Blocks(title=TITLE, analytics_enabled=False) as demo:
        gr.Markdown(i18n("heading"), elem_id="app-title")
        gr.Markdown(i18n("intro"), elem_id="app-intro")
        with gr.Tabs():
            with gr.Tab(i18n("tab_chat"), id="chat"):
                build_chat_tab(services, text, i18n)
            with gr.Tab(i18n("tab_calculators"), id="calculators"):
                build_calculators_tab(services, text, i18n)
            with gr.Tab(i18n("tab_knowledge"), id="knowledge"):
                documents_table = build_knowledge_tab(services, demo, text)
            if services.settings.staff_enabled:  # no credentials configured: no staff tab at all
                with gr.Tab(i18n("tab_staff"), id="staff"):
                    build_staff_tab(services, documents_table, text)
    return demo, {"css": CSS, "head": HEAD, "theme": build_theme(), "i18n": text.i18n()}


def build_ui(services: Services) -> gr.Blocks:
    return build_app(services)[0]


__all__ = ["CSS", "TITLE", "Services", "build_app", "build_ui"]
