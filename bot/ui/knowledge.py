"""The Knowledge tab: which documents the bot answers from, their program, as-of date and chunk count."""

from __future__ import annotations

import logging

import gradio as gr

from bot.ui.render import DOCUMENT_COLUMNS, render_documents
from bot.ui.services import Services

log = logging.getLogger(__name__)


def document_rows(services: Services) -> list[list]:
    try:
        return render_documents(services.store.documents())
    except Exception:  # noqa: BLE001 - an unreachable index shows an empty table, not a traceback
        log.exception("listing documents failed")
        return []


def build_knowledge_tab(services: Services) -> gr.Dataframe:
    gr.Markdown(
        "The bot answers only from these documents (and the rule tables of the calculators). "
        "Check the **as of** date: rules change, and an old document may be out of date."
    )
    def documents() -> list[list]:  # called on every page load, so a re-index shows up without a restart
        return document_rows(services)

    table = gr.Dataframe(
        value=documents,
        headers=DOCUMENT_COLUMNS,
        datatype=["str", "str", "str", "number", "str"],
        column_widths=["50%", "12%", "12%", "8%", "18%"],
        interactive=False,
        wrap=True,
        elem_id="documents-table",
    )
    refresh = gr.Button("Refresh", size="sm")
    refresh.click(documents, None, [table], api_visibility="private")
    return table
